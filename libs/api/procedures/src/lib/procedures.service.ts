import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  ProcedureDefinition,
  ProcedureVersion,
  ProcedureVersionSummary,
  PublishProcedure,
} from '@ladder/contracts';
import { Clock, DomainException } from '@ladder/api/common';
import { Repository, type EntityManager } from 'typeorm';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { toProcedureVersion, toProcedureVersionSummary } from './procedure-version.mapper';

@Injectable()
export class ProceduresService {
  /** Published versions never change, so each is read once per process. Drafts are not cached. */
  private readonly published = new Map<string, ProcedureVersion>();

  constructor(
    @InjectRepository(ProcedureVersionEntity) private readonly versions: Repository<ProcedureVersionEntity>,
    private readonly clock: Clock,
  ) {}

  /** Publishes the definition as the next version; what it names (teams, calendars) must exist. */
  async publish(body: PublishProcedure): Promise<ProcedureVersion> {
    const saved = await this.versions.manager.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('ladder:publish-procedure'))`);
      await checkReferences(m, body.definition);
      const [{ next }] = (await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM procedure_version`)) as [
        { next: number },
      ];
      const version = m.create(ProcedureVersionEntity, {
        version: next,
        name: body.name,
        status: 'published',
        definition: body.definition,
        publishedAt: this.clock.now(),
      });
      return m.save(version);
    });
    return this.byId(saved.id);
  }

  /** Every version without its definition, newest first. */
  async list(): Promise<ProcedureVersionSummary[]> {
    const versions = await this.versions.find({
      select: { id: true, version: true, name: true, publishedAt: true },
      order: { version: 'DESC' },
    });
    return versions.map(toProcedureVersionSummary);
  }

  /** The newest published version: the one new escalations follow. */
  async current(): Promise<ProcedureVersion> {
    const latest = await this.versions.findOne({
      select: { id: true },
      where: { status: 'published' },
      order: { version: 'DESC' },
    });
    if (!latest) throw new DomainException('not_found', 'No procedure version is published yet');
    return this.byId(latest.id);
  }

  /** `m`: read inside the caller's transaction (a second connection may not be free: the embedded engine has one). */
  async byId(id: string, m?: EntityManager): Promise<ProcedureVersion> {
    const cached = this.published.get(id);
    if (cached) return cached;
    const entity = await (m?.getRepository(ProcedureVersionEntity) ?? this.versions).findOneBy({ id });
    if (!entity) throw new DomainException('not_found', `Procedure version ${id} does not exist`);
    const version = toProcedureVersion(entity);
    if (entity.status !== 'draft') this.published.set(id, version);
    return version;
  }
}

/** 400 for a team id or calendar name that does not exist, naming where in the definition it is. */
async function checkReferences(m: EntityManager, definition: ProcedureDefinition): Promise<void> {
  const teams = new Set(((await m.query(`SELECT id FROM team`)) as { id: string }[]).map((t) => t.id));
  const calendars = new Set(((await m.query(`SELECT name FROM calendar`)) as { name: string }[]).map((c) => c.name));
  const problems: { path: string; message: string }[] = [];
  definition.levels.forEach((level, i) =>
    level.teamIds.forEach((id, j) => {
      if (!teams.has(id)) problems.push({ path: `levels.${i}.teamIds.${j}`, message: `no team ${id}` });
    }),
  );
  definition.routes.forEach((route, i) => {
    if (!teams.has(route.teamId)) problems.push({ path: `routes.${i}.teamId`, message: `no team ${route.teamId}` });
  });
  definition.severities.forEach((target, i) => {
    if (target.calendar !== 'team' && !calendars.has(target.calendar)) {
      problems.push({ path: `severities.${i}.calendar`, message: `no calendar named "${target.calendar}"` });
    }
  });
  if (problems.length) {
    throw new DomainException('validation_failed', problems.map((p) => `${p.path}: ${p.message}`).join('; '), {
      problems,
    });
  }
}
