import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateProcedureDraft, Me, ProcedureVersionDetail, UpdateProcedureDraft } from '@ladder/contracts';
import { Clock, DomainException } from '@ladder/api/common';
import { mayApprove, mayEdit, reviewDueDate } from '@ladder/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ProcedureDetailReader } from './procedure-detail.reader';
import {
  lockPublishing,
  lockVersion,
  newestPublished,
  nextVersionNumber,
  supersedePrevious,
  transitionTo,
} from './procedure-publishing';
import { checkReferences } from './procedure-references';
import { ProcedureReviewCommentEntity, ProcedureVersionEntity } from './procedure-version.entity';
import { ProceduresService } from './procedures.service';

/**
 * Drafts and their way to publication. Every change locks the version's row, asks the domain whether the
 * transition is allowed (409 illegal_transition when not) and increments the row version; a refusal writes nothing.
 */
@Injectable()
export class ProcedureLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly reader: ProcedureDetailReader,
    private readonly clock: Clock,
  ) {}

  /** A copy of `basedOnId` (the current version when absent), written by the caller. */
  async createDraft(body: CreateProcedureDraft, me: Me): Promise<ProcedureVersionDetail> {
    const source = body.basedOnId ? await this.procedures.byId(body.basedOnId) : await this.procedures.current();
    const id = await this.dataSource.transaction(async (m) => {
      await lockPublishing(m);
      const basedOn = await m.getRepository(ProcedureVersionEntity).findOneByOrFail({ id: source.id });
      const draft = await m.save(
        m.create(ProcedureVersionEntity, {
          version: await nextVersionNumber(m),
          name: body.name,
          status: 'draft',
          definition: source.definition,
          authorId: me.id,
          basedOnId: source.id,
          reviewEveryMonths: basedOn.reviewEveryMonths,
        }),
      );
      return draft.id;
    });
    return this.reader.detail(id);
  }

  async update(id: string, body: UpdateProcedureDraft): Promise<ProcedureVersionDetail> {
    return this.change(id, async (m, row) => {
      if (!mayEdit(row.status)) {
        throw new DomainException('illegal_transition', `cannot edit a procedure version that is ${row.status}`);
      }
      if (row.rowVersion !== body.rowVersion) {
        throw new DomainException(
          'stale_version',
          `the draft was changed meanwhile (now at ${row.rowVersion}, the edit is based on ${body.rowVersion}); reload it`,
        );
      }
      await checkReferences(m, body.definition);
      return {
        name: body.name,
        changeNote: body.changeNote,
        definition: body.definition,
        reviewEveryMonths: body.reviewEveryMonths,
      };
    });
  }

  submit(id: string): Promise<ProcedureVersionDetail> {
    return this.change(id, (_m, row) => ({
      status: transitionTo(row.status, 'submit'),
      submittedAt: this.clock.now(),
    }));
  }

  /** Back to draft, with the reviewer's reasons as a comment. */
  requestChanges(id: string, body: string, me: Me): Promise<ProcedureVersionDetail> {
    return this.change(id, async (m, row) => {
      const status = transitionTo(row.status, 'request-changes');
      await this.addComment(m, id, body, me);
      return { status, submittedAt: null };
    });
  }

  /** Another process owner, a manager or an admin publishes it; the newest published version is superseded. */
  approve(id: string, me: Me): Promise<ProcedureVersionDetail> {
    return this.change(id, async (m, row) => {
      if (!mayApprove({ actor: me, authorId: row.authorId ?? '' })) {
        throw new DomainException('forbidden', 'a procedure version is approved by someone other than its author');
      }
      const status = transitionTo(row.status, 'approve-and-publish');
      const now = this.clock.now();
      await supersedePrevious(m, id, now);
      return {
        status,
        publishedAt: now,
        approvedBy: me.id,
        approvedAt: now,
        reviewDueAt: reviewDueDate(now, row.reviewEveryMonths),
      };
    });
  }

  discard(id: string): Promise<ProcedureVersionDetail> {
    return this.change(id, (_m, row) => ({ status: transitionTo(row.status, 'discard') }));
  }

  /** Takes a published version out of use; the one new escalations follow stays until another supersedes it. */
  retire(id: string): Promise<ProcedureVersionDetail> {
    return this.change(id, async (m, row) => {
      const status = transitionTo(row.status, 'retire');
      if ((await newestPublished(m))?.id === id) {
        throw new DomainException(
          'illegal_transition',
          'cannot retire the version new escalations follow; publish its successor instead',
        );
      }
      return { status, retiredAt: this.clock.now() };
    });
  }

  /** A review comment on any version that is not discarded. */
  async comment(id: string, body: string, me: Me): Promise<ProcedureVersionDetail> {
    await this.dataSource.transaction(async (m) => {
      const row = await lockVersion(m, id);
      if (row.status === 'discarded') {
        throw new DomainException('illegal_transition', 'cannot comment on a discarded procedure version');
      }
      await this.addComment(m, id, body, me);
    });
    return this.reader.detail(id);
  }

  /**
   * Locks the row, lets `decide` work out the change (or refuse it), writes it with the next row version. The
   * publishing lock comes first, as in every path that publishes, so two of them never wait on each other.
   */
  private async change(
    id: string,
    decide: (
      m: EntityManager,
      row: ProcedureVersionEntity,
    ) => Partial<ProcedureVersionEntity> | Promise<Partial<ProcedureVersionEntity>>,
  ): Promise<ProcedureVersionDetail> {
    await this.dataSource.transaction(async (m) => {
      await lockPublishing(m);
      const row = await lockVersion(m, id);
      const change = await decide(m, row);
      await m.getRepository(ProcedureVersionEntity).update(id, { ...change, rowVersion: row.rowVersion + 1 });
    });
    return this.reader.detail(id);
  }

  private async addComment(m: EntityManager, id: string, body: string, me: Me): Promise<void> {
    await m.insert(ProcedureReviewCommentEntity, {
      procedureVersionId: id,
      authorId: me.id,
      body,
      createdAt: this.clock.now(),
    });
  }
}
