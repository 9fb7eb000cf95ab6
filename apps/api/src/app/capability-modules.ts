import { AnalyticsModule } from '@ladder/api/analytics';
import { ArrivalSpikesModule } from '@ladder/api/arrival-spikes';
import { EscalationsModule } from '@ladder/api/escalations';
import { IdentityModule } from '@ladder/api/identity';
import { ImportsModule } from '@ladder/api/imports';
import { IntakeModule } from '@ladder/api/intake';
import { NotificationsModule } from '@ladder/api/notifications';
import { ProceduresModule } from '@ladder/api/procedures';
import { RegistersModule } from '@ladder/api/registers';
import { ReviewsModule } from '@ladder/api/reviews';
import { SlaModule } from '@ladder/api/sla';
import { SurveysModule } from '@ladder/api/surveys';
import { TriageModule } from '@ladder/api/triage';

/** Every capability module with routes; AppModule serves them and the route-access test walks them all. */
export const CAPABILITY_MODULES = [
  IdentityModule,
  ProceduresModule,
  EscalationsModule,
  AnalyticsModule,
  NotificationsModule,
  SlaModule,
  ImportsModule,
  SurveysModule,
  RegistersModule,
  ReviewsModule,
  TriageModule,
  IntakeModule,
  ArrivalSpikesModule,
];
