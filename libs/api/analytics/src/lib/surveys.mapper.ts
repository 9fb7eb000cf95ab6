import type {
  Csat,
  ProcedureDefinition,
  SatisfactionDriver,
  SurveyComment,
  SurveyGroup,
  SurveyResponseRate,
} from '@ladder/contracts';
import { welchDifference } from './welch-difference';
import type { SurveyCommentRow, SurveyDriverRow, SurveyGroupRow } from './surveys.sql';

/** A group with fewer responses is shown but flagged; a driver's side with fewer is too. */
export const MIN_GROUP_RESPONSES = 5;
export const MIN_DRIVER_RESPONSES = 10;

type Counts = Omit<SurveyGroupRow, 'key' | 'label'>;

const ratio = (part: number, whole: number) => (whole ? part / whole : null);

/** The sum of the groups' counts: every invitation falls in exactly one group. */
export function totalOf(groups: readonly Counts[]): Counts {
  const total = (pick: (row: Counts) => number) => groups.reduce((sum, row) => sum + pick(row), 0);
  return {
    invited: total((g) => g.invited),
    pending: total((g) => g.pending),
    answered: total((g) => g.answered),
    expired: total((g) => g.expired),
    withdrawn: total((g) => g.withdrawn),
    opted_out: total((g) => g.opted_out),
    responses: total((g) => g.responses),
    satisfied: total((g) => g.satisfied),
    score_sum: total((g) => g.score_sum),
  };
}

export function toResponseRate(counts: Counts): SurveyResponseRate {
  return {
    invited: counts.invited,
    pending: counts.pending,
    answered: counts.answered,
    expired: counts.expired,
    withdrawn: counts.withdrawn,
    optedOut: counts.opted_out,
    rate: ratio(counts.answered, counts.answered + counts.expired + counts.opted_out),
  };
}

export function toCsat(counts: Counts): Csat {
  return {
    responses: counts.responses,
    satisfied: counts.satisfied,
    csat: ratio(counts.satisfied, counts.responses),
    mean: ratio(counts.score_sum, counts.responses),
  };
}

/** "L2 Team Lead" from the procedure's level names, or "L2" for a level it does not name. */
export const levelLabel =
  (definition: ProcedureDefinition) =>
  (level: number): string => {
    const name = definition.levels.find((rung) => rung.level === level)?.name;
    return name ? `L${level} ${name}` : `L${level}`;
  };

/** A group's row; `label` names the level groups, whose SQL label is null. */
export function toSurveyGroup(row: SurveyGroupRow, label: (level: number) => string): SurveyGroup {
  return {
    key: row.key,
    label: row.label ?? label(Number(row.key)),
    invited: row.invited,
    answered: row.answered,
    responseRate: toResponseRate(row).rate,
    ...toCsat(row),
    tooFew: row.responses < MIN_GROUP_RESPONSES,
  };
}

const FACTORS: readonly SurveyDriverRow['factor'][] = ['levels-climbed', 'time-at-level', 'breach', 'update-cadence'];

function driverLabel(row: Pick<SurveyDriverRow, 'factor' | 'level'>, hoursAtLevel: number): string {
  switch (row.factor) {
    case 'levels-climbed':
      return `reached L${row.level} or higher`;
    case 'time-at-level':
      return `waited over ${hoursAtLevel} h at L${row.level}`;
    case 'breach':
      return 'missed the response or resolution target';
    case 'update-cadence':
      return 'missed the update cadence';
  }
}

/**
 * One driver per factor and level the rows hold, in the order of FACTORS then level: the scores with the factor
 * against those without, their difference when both sides have a response and its 95 % interval (Welch) when both
 * have two or more.
 */
export function toDrivers(rows: readonly SurveyDriverRow[], hoursAtLevel: number): SatisfactionDriver[] {
  const drivers = new Map<string, { factor: SurveyDriverRow['factor']; level: number | null }>();
  for (const row of rows) drivers.set(`${row.factor}:${row.level}`, { factor: row.factor, level: row.level });
  const sorted = [...drivers.values()].sort(
    (a, b) => FACTORS.indexOf(a.factor) - FACTORS.indexOf(b.factor) || (a.level ?? 0) - (b.level ?? 0),
  );
  return sorted.map((driver) => {
    const side = (exposed: boolean) =>
      rows.find((row) => row.factor === driver.factor && row.level === driver.level && row.exposed === exposed) ?? {
        n: 0,
        mean: 0,
        variance: 0,
      };
    const exposed = side(true);
    const spared = side(false);
    const interval = welchDifference(exposed, spared);
    return {
      factor: driver.factor,
      level: driver.level,
      label: driverLabel(driver, hoursAtLevel),
      with: { n: exposed.n, mean: exposed.n ? exposed.mean : null },
      without: { n: spared.n, mean: spared.n ? spared.mean : null },
      difference: exposed.n && spared.n ? exposed.mean - spared.mean : null,
      ciLow: interval?.ciLow ?? null,
      ciHigh: interval?.ciHigh ?? null,
      tooFew: Math.min(exposed.n, spared.n) < MIN_DRIVER_RESPONSES,
    };
  });
}

export function toComment(row: SurveyCommentRow): SurveyComment {
  return {
    respondedAt: new Date(row.responded_at).toISOString(),
    escalationId: row.escalation_id,
    number: row.number,
    title: row.title,
    teamName: row.team_name,
    severity: row.severity,
    highestLevel: row.highest_level,
    score: row.score,
    question: row.question,
    text: row.text,
    respondent: row.respondent_email === null ? null : { name: row.respondent_name, email: row.respondent_email },
  };
}
