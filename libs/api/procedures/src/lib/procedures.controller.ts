import { Controller, Get } from '@nestjs/common';
import type { ProcedureVersion } from '@ladder/contracts';
import { SignedIn } from '@ladder/api/common';
import { ProceduresService } from './procedures.service';

@Controller('procedures')
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Get('current')
  @SignedIn()
  current(): Promise<ProcedureVersion> {
    return this.procedures.current();
  }
}
