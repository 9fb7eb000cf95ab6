import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { RegisterContext, RegisterContextQuery } from '@ladder/contracts';
import { matchingGuidelines } from '@ladder/domain';
import { CriticalServicesService } from './critical-services.service';
import { RisksService } from './risks.service';

/** What the create form shows once category and service are chosen: the service entry, guidelines, open risks. */
@Injectable()
export class RegisterContextService {
  constructor(
    private readonly procedures: ProceduresService,
    private readonly services: CriticalServicesService,
    private readonly risks: RisksService,
  ) {}

  async context(q: RegisterContextQuery): Promise<RegisterContext> {
    const { definition } = await this.procedures.current();
    const guidelines = matchingGuidelines(definition.scenarios, q.category, q.affectedService);
    const service = await this.services.byName(q.affectedService, definition);
    const ids = guidelines.map((g) => g.id);
    return { service, guidelines, risks: await this.risks.openLinkedTo(service?.id ?? null, ids, definition) };
  }
}
