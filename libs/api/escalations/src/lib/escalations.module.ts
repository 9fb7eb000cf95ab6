import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProceduresModule } from '@ladder/api/procedures';
import { ESCALATION_ENTITIES } from './entities/escalation-entities';
import { EscalationActionsController } from './escalation-actions.controller';
import { EscalationActionsService } from './escalation-actions.service';
import { EscalationAlertsReader } from './escalation-alerts.reader';
import { EscalationCreationService } from './escalation-creation.service';
import { EscalationQueriesService } from './escalation-queries.service';
import { EscalationPresenter } from './escalation.presenter';
import { EscalationsController } from './escalations.controller';
import { SimilarEscalationsController } from './similar/similar-escalations.controller';
import { SimilarEscalationsService } from './similar/similar-escalations.service';

@Module({
  imports: [TypeOrmModule.forFeature(ESCALATION_ENTITIES), ProceduresModule],
  controllers: [EscalationsController, EscalationActionsController, SimilarEscalationsController],
  providers: [
    EscalationPresenter,
    EscalationQueriesService,
    EscalationCreationService,
    EscalationActionsService,
    SimilarEscalationsService,
    EscalationAlertsReader,
  ],
  exports: [EscalationCreationService, EscalationPresenter],
})
export class EscalationsModule {}
