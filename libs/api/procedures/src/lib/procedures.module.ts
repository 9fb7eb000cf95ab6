import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcknowledgementsController } from './acknowledgements/acknowledgements.controller';
import { AcknowledgementsService } from './acknowledgements/acknowledgements.service';
import { ProcedureWatch } from './acknowledgements/procedure-watch';
import { ProcedureDetailReader } from './procedure-detail.reader';
import { ProcedureDiffService } from './procedure-diff.service';
import { ProcedureLifecycleController } from './procedure-lifecycle.controller';
import { ProcedureLifecycleService } from './procedure-lifecycle.service';
import { ProcedureReplayService } from './procedure-replay.service';
import { PROCEDURE_ENTITIES } from './procedure-version.entity';
import { ProceduresController } from './procedures.controller';
import { ProceduresService } from './procedures.service';

@Module({
  imports: [TypeOrmModule.forFeature(PROCEDURE_ENTITIES)],
  controllers: [ProceduresController, ProcedureLifecycleController, AcknowledgementsController],
  providers: [
    ProceduresService,
    ProcedureDetailReader,
    ProcedureLifecycleService,
    ProcedureDiffService,
    ProcedureReplayService,
    AcknowledgementsService,
    ProcedureWatch,
  ],
  exports: [ProceduresService, ProcedureLifecycleService],
})
export class ProceduresModule {}
