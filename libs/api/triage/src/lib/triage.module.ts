import { Module } from '@nestjs/common';
import { TriageAcceptanceReader } from './triage-acceptance.reader';
import { TriageModelService } from './triage-model.service';
import { TriageController } from './triage.controller';

/**
 * Triage suggestions learned from the organisation's own resolved escalations (naive Bayes over their words, one
 * model per target), and the acceptance rate of the suggestions shown when escalations were opened.
 */
@Module({
  controllers: [TriageController],
  providers: [TriageModelService, TriageAcceptanceReader],
})
export class TriageModule {}
