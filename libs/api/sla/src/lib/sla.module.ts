import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@ladder/api/notifications';
import { ProceduresModule } from '@ladder/api/procedures';
import { SurveysModule } from '@ladder/api/surveys';
import { CalendarEntity } from './calendars/calendar.entity';
import { CalendarsController } from './calendars/calendars.controller';
import { CalendarsService } from './calendars/calendars.service';
import { DueActionsExecutor } from './scheduler/due-actions.executor';
import { SlaScheduler } from './scheduler/sla-scheduler.service';
import { SlaController } from './sla.controller';
import { SlaPlanner } from './sla-planner.service';
import { SlaService } from './sla.service';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarEntity]), ProceduresModule, NotificationsModule, SurveysModule],
  controllers: [SlaController, CalendarsController],
  providers: [SlaPlanner, SlaService, CalendarsService, DueActionsExecutor, SlaScheduler],
  exports: [SlaScheduler],
})
export class SlaModule {}
