import { Module } from '@nestjs/common';
import { ProceduresModule } from '@ladder/api/procedures';
import { AnalyticsController } from './analytics.controller';
import { BottlenecksService } from './bottlenecks.service';
import { DrillDownService } from './drill-down.service';
import { ReadModelRefresher } from './read-models/read-model.refresher';
import { FlowService } from './flow.service';
import { LoadService } from './load.service';
import { OverviewService } from './overview.service';
import { SlaBreachesService } from './sla-breaches.service';
import { ProcedureComparisonController } from './procedure-comparison/procedure-comparison.controller';
import { ProcedureComparisonService } from './procedure-comparison/procedure-comparison.service';
import { SurveysService } from './surveys.service';
import { SurvivalService } from './survival.service';
import { TimeAtLevelService } from './time-at-level.service';

@Module({
  imports: [ProceduresModule],
  controllers: [AnalyticsController, ProcedureComparisonController],
  providers: [
    TimeAtLevelService,
    SurvivalService,
    FlowService,
    LoadService,
    DrillDownService,
    SlaBreachesService,
    BottlenecksService,
    OverviewService,
    SurveysService,
    ProcedureComparisonService,
    ReadModelRefresher,
  ],
  exports: [ReadModelRefresher, OverviewService, SlaBreachesService, BottlenecksService],
})
export class AnalyticsModule {}
