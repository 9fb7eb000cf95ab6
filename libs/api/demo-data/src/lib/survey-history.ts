import type { ProcedureDefinition } from '@ladder/contracts';
import { SURVEY_COMMENTS } from './demo-catalogue';
import type { DemoHistory } from './demo-history.types';
import type { Cell, TableRows, TableSpec } from './history.tables';
import { isoTime } from './iso-time';
import type { Random } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The seeded survey settings: sent an hour after the resolution, a reminder after 3 days, expiry after 14. */
const DELAY = HOUR;
const REMINDER = 3 * DAY;
const EXPIRY = 14 * DAY;
/** Over this long at one level counts as a long wait for the score model. */
const LONG_WAIT = 4 * HOUR;

/** One stakeholder's invitation after an escalation's last resolution, and their answers if they gave any. */
export interface DemoSurvey {
  invitationId: string;
  escalationId: string;
  email: string;
  name: string;
  status: 'scheduled' | 'sent' | 'answered' | 'expired' | 'opted-out';
  createdAt: number;
  sendAt: number;
  remindedAt: number | null;
  answeredAt: number | null;
  closedAt: number | null;
  /** Keyed as the seeded template's questions. */
  answers: Record<string, number | string | null> | null;
}

/** What about an escalation's handling moves the demo scores down. */
interface Handling {
  levelsClimbed: number;
  longWait: boolean;
  breached: boolean;
  cadenceMissed: boolean;
}

function handlingOf(history: DemoHistory, definition: ProcedureDefinition, resolvedAt: number): Handling {
  const { facts, state, stints, events } = history;
  const atLevel = new Map<number, number>();
  for (const s of stints) {
    const ms = (s.leftAt ?? resolvedAt) - s.enteredAt - s.pausedSeconds * 1000;
    atLevel.set(s.level, (atLevel.get(s.level) ?? 0) + ms);
  }
  const cadence = definition.severities.find((t) => t.severity === facts.severity)?.updateCadenceMinutes ?? Infinity;
  const marks = [
    facts.createdAt,
    ...events.filter((e) => e.type === 'stakeholder-update' && e.visibility === 'public').map((e) => e.at),
    resolvedAt,
  ].sort((a, b) => a - b);
  const longestGap = Math.max(...marks.slice(1).map((at, i) => at - (marks[i] as number)));
  return {
    levelsClimbed: Math.max(...stints.map((s) => s.level)) - 1,
    longWait: [...atLevel.values()].some((ms) => ms > LONG_WAIT),
    breached: (state.acknowledgedAt ?? resolvedAt) > facts.responseDueAt || resolvedAt > facts.resolutionDueAt,
    cadenceMissed: longestGap > cadence * MINUTE,
  };
}

const wholeSeconds = (ms: number) => Math.floor(ms / 1000) * 1000;
const clampScore = (score: number) => Math.min(5, Math.max(1, Math.round(score)));
/** A normal draw with mean 0 and the given spread, from the generator's log-normal. */
const noise = (rng: Random, sigma: number) => Math.log(rng.logNormal(1, sigma));

function answersFor(handling: Handling, rng: Random): NonNullable<DemoSurvey['answers']> {
  const penalty =
    0.45 * handling.levelsClimbed +
    (handling.longWait ? 0.8 : 0) +
    (handling.breached ? 0.7 : 0) +
    (handling.cadenceMissed ? 0.4 : 0);
  const overall = clampScore(4.6 - penalty + noise(rng, 0.8));
  const informed = clampScore(overall - (handling.cadenceMissed ? 1 : 0) + noise(rng, 0.6));
  const slow = handling.levelsClimbed >= 2 || handling.longWait;
  const draw = rng.float();
  const rightLevel = slow
    ? draw < 0.5
      ? 'no'
      : draw < 0.75
        ? 'not_sure'
        : 'yes'
    : draw < 0.75
      ? 'yes'
      : draw < 0.9
        ? 'not_sure'
        : 'no';
  const band = overall <= 2 ? 'low' : overall === 3 ? 'middle' : 'high';
  const comment = rng.chance(0.25) ? rng.pick(SURVEY_COMMENTS[band]) : null;
  return { overall, informed, right_level: rng.chance(0.9) ? rightLevel : null, comment };
}

/**
 * The invitations of a resolved (or closed) escalation, one per stakeholder address, as the survey dispatcher would
 * have left them at `now`: about 40 % answered, 3 % opted out, the rest expired or still open; scores lower the
 * more levels it climbed, after a long wait at a level, a response or resolution breach and a gap in updates.
 */
export function demoSurveys(
  history: DemoHistory,
  definition: ProcedureDefinition,
  rng: Random,
  now: number,
): DemoSurvey[] {
  const resolvedAt = history.state.resolvedAt;
  if (resolvedAt === null || !['resolved', 'closed'].includes(history.state.status)) return [];
  const handling = handlingOf(history, definition, resolvedAt);
  const emails = new Set<string>();
  const surveys: DemoSurvey[] = [];
  for (const { email, name } of history.facts.stakeholders) {
    if (emails.has(email)) continue;
    emails.add(email);
    const sendAt = resolvedAt + DELAY;
    const survey: DemoSurvey = {
      invitationId: rng.uuid(),
      escalationId: history.facts.id,
      email,
      name,
      status: 'scheduled',
      createdAt: resolvedAt,
      sendAt,
      remindedAt: null,
      answeredAt: null,
      closedAt: null,
      answers: null,
    };
    surveys.push(survey);
    if (sendAt > now) continue;
    const draw = rng.float();
    const answeredAt = sendAt + wholeSeconds(Math.min(EXPIRY - HOUR, rng.logNormal(20 * HOUR, 1.2)));
    const optedOutAt = sendAt + wholeSeconds(rng.logNormal(2 * HOUR, 1));
    if (draw < 0.03 && optedOutAt <= now) {
      Object.assign(survey, { status: 'opted-out', closedAt: optedOutAt });
    } else if (draw < 0.43 && answeredAt <= now) {
      Object.assign(survey, {
        status: 'answered',
        answeredAt,
        closedAt: answeredAt,
        answers: answersFor(handling, rng),
      });
    } else if (sendAt + EXPIRY <= now) {
      Object.assign(survey, { status: 'expired', closedAt: sendAt + EXPIRY });
    } else {
      survey.status = 'sent';
    }
    const remindAt = sendAt + REMINDER;
    if (remindAt <= Math.min(now, survey.closedAt ?? Infinity)) survey.remindedAt = remindAt;
  }
  return surveys;
}

/** Surveys are staged in a temporary table and moved in with their resolve event's id, known only once written. */
const SURVEY_STAGE: TableSpec = {
  name: 'demo_survey_stage',
  temporary: true,
  columns: [
    ['invitation_id', 'uuid'],
    ['escalation_id', 'uuid'],
    ['email', 'text'],
    ['name', 'text'],
    ['status', 'text'],
    ['created_at', 'timestamptz'],
    ['send_at', 'timestamptz'],
    ['reminded_at', 'timestamptz'],
    ['answered_at', 'timestamptz'],
    ['closed_at', 'timestamptz'],
    ['answers', 'jsonb'],
  ],
};

/**
 * Invitations against the seeded template (version 1) and the escalation's last resolution, with a token hash no
 * link can match; then the responses, with the overall score copied out as the survey module does.
 */
const MOVE_SURVEYS = [
  `INSERT INTO survey_invitation (id, escalation_id, resolve_event_id, template_id, email, name, token_hash, status,
     send_at, sent_at, remind_at, reminded_at, expires_at, answered_at, closed_at, created_at)
   SELECT d.invitation_id, d.escalation_id, x.id, t.id, d.email, d.name, md5('demo:' || d.invitation_id), d.status,
          d.send_at, CASE WHEN d.status <> 'scheduled' THEN d.send_at END,
          CASE WHEN d.status <> 'scheduled' THEN d.send_at + interval '3 days' END, d.reminded_at,
          CASE WHEN d.status <> 'scheduled' THEN d.send_at + interval '14 days' END, d.answered_at, d.closed_at,
          d.created_at
     FROM demo_survey_stage d
     CROSS JOIN (SELECT id FROM survey_template WHERE version = 1) t
     CROSS JOIN LATERAL (SELECT x.id FROM escalation_event x
                          WHERE x.escalation_id = d.escalation_id AND x.type = 'resolve'
                          ORDER BY x.at DESC LIMIT 1) x`,
  `INSERT INTO survey_response (invitation_id, template_id, answers, overall, submitted_at)
   SELECT d.invitation_id, i.template_id, d.answers, (d.answers ->> 'overall')::smallint, d.answered_at
     FROM demo_survey_stage d JOIN survey_invitation i ON i.id = d.invitation_id
    WHERE d.answers IS NOT NULL`,
];

/** The staged rows of a batch's surveys and the statements that move them into the survey tables. */
export function surveyRows(surveys: readonly DemoSurvey[]): TableRows {
  const iso = (at: number | null): Cell => (at === null ? null : isoTime(at));
  return {
    table: SURVEY_STAGE,
    rows: surveys.map((s) => [
      s.invitationId,
      s.escalationId,
      s.email,
      s.name,
      s.status,
      iso(s.createdAt),
      iso(s.sendAt),
      iso(s.remindedAt),
      iso(s.answeredAt),
      iso(s.closedAt),
      s.answers === null ? null : JSON.stringify(s.answers),
    ]),
    then: MOVE_SURVEYS,
  };
}
