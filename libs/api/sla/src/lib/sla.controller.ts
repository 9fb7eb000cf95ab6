import { Controller, Get, Param } from '@nestjs/common';
import { Roles, UuidPipe } from '@ladder/api/common';
import type { EscalationSla } from '@ladder/contracts';
import { SlaService } from './sla.service';

@Controller('escalations')
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  @Get(':id/sla')
  @Roles('agent', 'manager', 'process_owner', 'admin')
  get(@Param('id', UuidPipe) id: string): Promise<EscalationSla> {
    return this.sla.read(id);
  }
}
