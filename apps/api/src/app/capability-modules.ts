import { AnalyticsModule } from '@ladder/api/analytics';
import { EscalationsModule } from '@ladder/api/escalations';
import { IdentityModule } from '@ladder/api/identity';
import { ProceduresModule } from '@ladder/api/procedures';

/** Every capability module with routes; AppModule serves them and the route-access test walks them all. */
export const CAPABILITY_MODULES = [IdentityModule, ProceduresModule, EscalationsModule, AnalyticsModule];
