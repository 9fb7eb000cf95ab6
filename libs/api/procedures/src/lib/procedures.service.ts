import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProcedureStatus, ProcedureVersion, ProcedureVersionSummary, PublishProcedure } from '@ladder/contracts';
import { Clock, DomainException } from '@ladder/api/common';
import { reviewDueDate } from '@ladder/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import { lockPublishing, nextVersionNumber, supersedePrevious } from './procedure-publishing';
import { checkReferences } from './procedure-references';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { toProcedureVersion, toProcedureVersionSummary } from './procedure-version.mapper';

/** What the version list shows unless asked otherwise: the versions escalations ran or run under. */
const LISTED_BY_DEFAULT: ProcedureStatus[] = ['published', 'retired'];
/** Definitions that can no longer change, so they may be cached. */
const IMMUTABLE: ReadonlySet<ProcedureStatus> = new Set(['published', 'retired', 'discarded']);

@Injectable()
export class ProceduresService {
  /** Published (and retired) versions never change, so each is read once per process. Drafts are not cached. */
  private readonly published = new Map<string, ProcedureVersion>();

  constructor(
    @InjectRepository(ProcedureVersionEntity) private readonly versions: Repository<ProcedureVersionEntity>,
    private readonly clock: Clock,
  ) {}

  /**
   * The direct way to publish (admins, process owners, API clients): the definition becomes the next version at
   * once, without review, and supersedes the newest published one. What it names (teams, calendars) must exist.
   */
  async publish(body: PublishProcedure, publisherId: string | null = null): Promise<ProcedureVersion> {
    const saved = await this.versions.manager.transaction(async (m) => {
      await lockPublishing(m);
      await checkReferences(m, body.definition);
      const now = this.clock.now();
      const version = await m.save(
        m.create(ProcedureVersionEntity, {
          version: await nextVersionNumber(m),
          name: body.name,
          status: 'published',
          definition: body.definition,
          publishedAt: now,
          authorId: publisherId,
          approvedBy: publisherId,
          approvedAt: now,
          reviewDueAt: reviewDueDate(now, 6),
        }),
      );
      await supersedePrevious(m, version.id, now);
      return version;
    });
    return this.byId(saved.id);
  }

  /** Versions of the given statuses (published and retired by default) without their definitions, newest first. */
  async list(statuses: ProcedureStatus[] = LISTED_BY_DEFAULT): Promise<ProcedureVersionSummary[]> {
    const versions = await this.versions.find({
      select: {
        id: true,
        version: true,
        name: true,
        publishedAt: true,
        status: true,
        submittedAt: true,
        reviewDueAt: true,
        author: { id: true, name: true },
      },
      relations: { author: true },
      where: { status: In(statuses) },
      order: { version: 'DESC' },
    });
    return versions.map(toProcedureVersionSummary);
  }

  /** The newest published version: the one new escalations follow. */
  /** `m`: a transaction to read in, for callers holding one (the embedded engine has a single session). */
  async current(m?: EntityManager): Promise<ProcedureVersion> {
    const latest = await (m?.getRepository(ProcedureVersionEntity) ?? this.versions).findOne({
      select: { id: true },
      where: { status: 'published' },
      order: { version: 'DESC' },
    });
    if (!latest) throw new DomainException('not_found', 'No procedure version is published yet');
    return this.byId(latest.id, m);
  }

  /** `m`: read inside the caller's transaction (a second connection may not be free: the embedded engine has one). */
  async byId(id: string, m?: EntityManager): Promise<ProcedureVersion> {
    const cached = this.published.get(id);
    if (cached) return cached;
    const entity = await (m?.getRepository(ProcedureVersionEntity) ?? this.versions).findOneBy({ id });
    if (!entity) throw new DomainException('not_found', `Procedure version ${id} does not exist`);
    const version = toProcedureVersion(entity);
    if (IMMUTABLE.has(entity.status)) this.published.set(id, version);
    return version;
  }
}
