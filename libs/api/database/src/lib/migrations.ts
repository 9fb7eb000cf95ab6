import { InitialSchema1764115200000 } from '../migrations/1764115200000-initial-schema';
import { LoginAttemptIpIndex1764201600000 } from '../migrations/1764201600000-login-attempt-ip-index';
import { EscalationActFunction1764208800000 } from '../migrations/1764208800000-escalation-act-function';
import { SlaJobsNotifications1764460800000 } from '../migrations/1764460800000-sla-jobs-notifications';
import { EscalationActReason1764460800001 } from '../migrations/1764460800001-escalation-act-reason';
import { StintBusinessTime1764547200000 } from '../migrations/1764547200000-stint-business-time';
import { Imports1764547200001 } from '../migrations/1764547200001-imports';
import { StintDailyRollup1764547200002 } from '../migrations/1764547200002-stint-daily-rollup';
import { EscalationBreachFacts1764547200003 } from '../migrations/1764547200003-escalation-breach-facts';
import { AnalyticsReadIndexes1764547200004 } from '../migrations/1764547200004-analytics-read-indexes';
import { StintMonthlyRollup1764547200005 } from '../migrations/1764547200005-stint-monthly-rollup';
import { StintMoves1764547200006 } from '../migrations/1764547200006-stint-moves';
import { DurationQuartiles1764547200007 } from '../migrations/1764547200007-duration-quartiles';
import { OverviewIndexes1764547200008 } from '../migrations/1764547200008-overview-indexes';
import { Surveys1764633600000 } from '../migrations/1764633600000-surveys';
import { ProcedureLifecycle1764720000000 } from '../migrations/1764720000000-procedure-lifecycle';
import { Registers1764806400000 } from '../migrations/1764806400000-registers';
import { ProcedureAcknowledgements1764806400001 } from '../migrations/1764806400001-procedure-acknowledgements';
import { ProcessReviews1764806400002 } from '../migrations/1764806400002-process-reviews';
import { EscalationProcedureVersionIndex1764806400003 } from '../migrations/1764806400003-escalation-procedure-version-index';
import { SimilarEscalations1764892800000 } from '../migrations/1764892800000-similar-escalations';
import { TriageSuggestions1764892800001 } from '../migrations/1764892800001-triage-suggestions';
import { AlertIntake1764979200000 } from '../migrations/1764979200000-alert-intake';
import { ArrivalSpikes1764979200001 } from '../migrations/1764979200001-arrival-spikes';
import { EscalationActOneRow1764979200002 } from '../migrations/1764979200002-escalation-act-one-row';
import { LevelStintMovesIndex1765065600000 } from '../migrations/1765065600000-level-stint-moves-index';
import { BreachQueueAlways1765108800000 } from '../migrations/1765108800000-breach-queue-always';

/** Every migration, oldest first. Append new ones here (files in ../migrations, later timestamps). */
export const MIGRATIONS = [
  InitialSchema1764115200000,
  LoginAttemptIpIndex1764201600000,
  EscalationActFunction1764208800000,
  SlaJobsNotifications1764460800000,
  EscalationActReason1764460800001,
  StintBusinessTime1764547200000,
  Imports1764547200001,
  StintDailyRollup1764547200002,
  EscalationBreachFacts1764547200003,
  AnalyticsReadIndexes1764547200004,
  StintMonthlyRollup1764547200005,
  StintMoves1764547200006,
  DurationQuartiles1764547200007,
  OverviewIndexes1764547200008,
  Surveys1764633600000,
  ProcedureLifecycle1764720000000,
  Registers1764806400000,
  ProcedureAcknowledgements1764806400001,
  ProcessReviews1764806400002,
  EscalationProcedureVersionIndex1764806400003,
  SimilarEscalations1764892800000,
  TriageSuggestions1764892800001,
  AlertIntake1764979200000,
  ArrivalSpikes1764979200001,
  EscalationActOneRow1764979200002,
  LevelStintMovesIndex1765065600000,
  BreachQueueAlways1765108800000,
];
