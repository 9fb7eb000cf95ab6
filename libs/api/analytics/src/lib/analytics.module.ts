import { Module } from '@nestjs/common';
import { ProceduresModule } from '@ladder/api/procedures';
import { AnalyticsController } from './analytics.controller';
import { FlowService } from './flow.service';
import { LoadService } from './load.service';
import { SurvivalService } from './survival.service';
import { TimeAtLevelService } from './time-at-level.service';

@Module({
  imports: [ProceduresModule],
  controllers: [AnalyticsController],
  providers: [TimeAtLevelService, SurvivalService, FlowService, LoadService],
})
export class AnalyticsModule {}
