import { Module } from '@nestjs/common';
import { ProceduresModule } from '@ladder/api/procedures';
import { CriticalServicesService } from './critical-services.service';
import { RegisterContextService } from './register-context.service';
import { RegistersController } from './registers.controller';
import { RisksService } from './risks.service';

/** Critical services and risks (no entities: plain SQL over the tables of migration Registers). */
@Module({
  imports: [ProceduresModule],
  controllers: [RegistersController],
  providers: [CriticalServicesService, RisksService, RegisterContextService],
})
export class RegistersModule {}
