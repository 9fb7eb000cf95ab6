import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProcedureVersion } from '@ladder/contracts';
import { DomainException } from '@ladder/api/common';
import { Repository } from 'typeorm';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { toProcedureVersion } from './procedure-version.mapper';

@Injectable()
export class ProceduresService {
  /** Published versions never change, so each is read once per process. Drafts are not cached. */
  private readonly published = new Map<string, ProcedureVersion>();

  constructor(
    @InjectRepository(ProcedureVersionEntity) private readonly versions: Repository<ProcedureVersionEntity>,
  ) {}

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

  async byId(id: string): Promise<ProcedureVersion> {
    const cached = this.published.get(id);
    if (cached) return cached;
    const entity = await this.versions.findOneBy({ id });
    if (!entity) throw new DomainException('not_found', `Procedure version ${id} does not exist`);
    const version = toProcedureVersion(entity);
    if (entity.status !== 'draft') this.published.set(id, version);
    return version;
  }
}
