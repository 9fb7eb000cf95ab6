import type {
  ActionItem,
  ActionItemStatus,
  BreachKind,
  FindingKind,
  MeasureOutcome,
  ReviewFinding,
  ReviewMetric,
  ReviewSnapshot,
} from '@ladder/contracts';

export const METRIC_LABELS: Readonly<Record<ReviewMetric, string>> = {
  'mttr-hours': 'MTTR (hours)',
  'mtta-minutes': 'MTTA (minutes)',
  'first-level-resolution-rate': 'First-level resolution rate',
  'resolution-breach-rate': 'Resolution breach rate',
  'response-breach-rate': 'Response breach rate',
  'level-budget-breach-rate': 'Level-budget breach rate',
  'time-at-level-p90-hours': 'Time at level, p90 (hours)',
  csat: 'CSAT',
};

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  bottleneck: 'Bottleneck',
  'breach-pattern': 'Breach pattern',
  'survey-comments': 'Survey comments',
  other: 'Other',
};

export const STATUS_LABELS: Readonly<Record<ActionItemStatus, string>> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

export const OUTCOME_LABELS: Readonly<Record<MeasureOutcome, string>> = {
  met: 'Met',
  'not-met': 'Not met',
  'no-data': 'No data',
};

const BREACH_LABELS: Readonly<Record<BreachKind, string>> = {
  response: 'Response',
  resolution: 'Resolution',
  'level-budget': 'Level budget',
  'update-cadence': 'Update cadence',
};

const RATE_METRICS = new Set<ReviewMetric>([
  'first-level-resolution-rate',
  'resolution-breach-rate',
  'response-breach-rate',
  'level-budget-breach-rate',
  'csat',
]);

const percent = (rate: number) => `${(rate * 100).toFixed(1).replace(/\.0$/, '')} %`;
const decimal = (value: number) => value.toFixed(2).replace(/\.?0+$/, '');

/** A metric's value as people read it: rates in per cent, times with two decimals at most; "–" for none. */
export function formatMetric(metric: ReviewMetric, value: number | null): string {
  if (value === null) return '–';
  return RATE_METRICS.has(metric) ? percent(value) : decimal(value);
}

export function metricLabel(metric: ReviewMetric, level: number | null): string {
  return level === null ? METRIC_LABELS[metric] : `${METRIC_LABELS[metric]} at L${level}`;
}

export interface FigureTile {
  label: string;
  value: string;
}

const rateOrDash = (rate: number | null) => (rate === null ? '–' : percent(rate));
const minutesOrDash = (minutes: number | null) => (minutes === null ? '–' : `${decimal(minutes)} min`);
const hoursOrDash = (minutes: number | null) => (minutes === null ? '–' : `${decimal(minutes / 60)} h`);

/** The snapshot's headline figures, as tiles. */
export function snapshotTiles(snapshot: ReviewSnapshot): FigureTile[] {
  return [
    { label: 'Escalations', value: String(snapshot.escalations) },
    { label: 'First-level resolution', value: rateOrDash(snapshot.firstLevelResolutionRate) },
    { label: 'MTTA', value: minutesOrDash(snapshot.mttaMinutes) },
    { label: 'MTTR', value: hoursOrDash(snapshot.mttrMinutes) },
    { label: 'SLA breach rate', value: rateOrDash(snapshot.slaBreachRate) },
    { label: 'CSAT', value: rateOrDash(snapshot.csat) },
  ];
}

/** The breach rates and time at level, as rows of a small table. */
export function snapshotRows(snapshot: ReviewSnapshot): FigureTile[] {
  return [
    { label: 'Response breach rate', value: rateOrDash(snapshot.breachRates.response) },
    { label: 'Resolution breach rate', value: rateOrDash(snapshot.breachRates.resolution) },
    { label: 'Level-budget breach rate', value: rateOrDash(snapshot.breachRates.levelBudget) },
    { label: 'Update-cadence breach rate', value: rateOrDash(snapshot.breachRates.updateCadence) },
    { label: 'Survey responses', value: String(snapshot.surveyResponses) },
    ...snapshot.timeAtLevel.map((row) => ({
      label: `Time at L${row.level}, p90 (${row.stints} stays)`,
      value: `${decimal(row.p90Hours)} h`,
    })),
  ];
}

/** Where a finding leads: a report with the review's period, or the escalations it names. */
export interface FindingLink {
  label: string;
  path: string;
  queryParams?: Record<string, string>;
}

export function findingLinks(finding: ReviewFinding, period: { from: string; to: string }): FindingLink[] {
  switch (finding.kind) {
    case 'bottleneck':
      return [
        {
          label: `L${finding.link.level} bottleneck report`,
          path: '/reports/bottlenecks',
          queryParams: {
            from: period.from,
            to: period.to,
            level: String(finding.link.level),
            teamId: finding.link.teamId,
          },
        },
      ];
    case 'breach-pattern':
      return [
        {
          label: `${BREACH_LABELS[finding.link.breachKind]} breaches${finding.link.severity ? ` of ${finding.link.severity}` : ''}`,
          path: '/reports/sla-breaches',
          queryParams: {
            from: period.from,
            to: period.to,
            ...(finding.link.severity ? { severity: finding.link.severity } : {}),
          },
        },
      ];
    case 'survey-comments':
      return finding.link.escalationIds.map((id, i) => ({ label: `Escalation ${i + 1}`, path: `/escalations/${id}` }));
    case 'other':
      return [];
  }
}

/** An action item's metric line: baseline → target → measured, and the chip to show. */
export interface ActionItemView {
  metric: string;
  baseline: string;
  target: string;
  measured: string;
  outcome: { label: string; tone: 'good' | 'bad' | 'neutral' } | null;
  overdue: boolean;
}

export function actionItemView(item: ActionItem): ActionItemView {
  const format = (value: number | null) => formatMetric(item.metric, value);
  return {
    metric: metricLabel(item.metric, item.level),
    baseline: format(item.baseline),
    target: `${item.direction === 'decrease' ? '≤' : '≥'} ${format(item.target)}`,
    measured:
      item.outcome === null
        ? 'not yet'
        : `${format(item.measuredValue)} (${item.measuredFrom ?? ''} to ${item.measuredTo ?? ''})`,
    outcome:
      item.outcome === null
        ? null
        : {
            label: OUTCOME_LABELS[item.outcome],
            tone: item.outcome === 'met' ? 'good' : item.outcome === 'not-met' ? 'bad' : 'neutral',
          },
    overdue: item.overdue,
  };
}

/** What a rate target typed in per cent means to the API (a share), and back. */
export function targetToApi(metric: ReviewMetric, typed: number): number {
  return RATE_METRICS.has(metric) ? typed / 100 : typed;
}

export function isRateMetric(metric: ReviewMetric): boolean {
  return RATE_METRICS.has(metric);
}

export interface PeriodPreset {
  label: string;
  from: string;
  to: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** Whole UTC days ending yesterday: the last 30 and 90 days, and the previous calendar month. */
export function periodPresets(now: Date): PeriodPreset[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const yesterday = today - DAY_MS;
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const previousMonthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
  return [
    { label: 'Last 30 days', from: day(new Date(yesterday - 29 * DAY_MS)), to: day(new Date(yesterday)) },
    { label: 'Last 90 days', from: day(new Date(yesterday - 89 * DAY_MS)), to: day(new Date(yesterday)) },
    { label: 'Previous month', from: day(new Date(previousMonthStart)), to: day(new Date(monthStart - DAY_MS)) },
  ];
}
