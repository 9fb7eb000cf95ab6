import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { EscalationSla } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { loadSnapshots } from './scheduler/escalation-snapshots';
import { SlaPlanner } from './sla-planner.service';
import { toEscalationSla } from './sla.mapper';

/** An escalation's four clocks, read from its events at this instant. */
@Injectable()
export class SlaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly planner: SlaPlanner,
  ) {}

  async read(escalationId: string): Promise<EscalationSla> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const [planned] = await this.planner.plan(manager, await loadSnapshots(manager, [escalationId]), now);
    if (!planned) throw new DomainException('not_found', `escalation ${escalationId} does not exist`);
    return toEscalationSla(planned, now);
  }
}
