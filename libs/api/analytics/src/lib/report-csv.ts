import type {
  FlowReport,
  LoadReport,
  OverviewFigures,
  OverviewReport,
  SurvivalReport,
  TimeAtLevelReport,
  TimeAtLevelRow,
} from '@ladder/contracts';

type Cell = string | number | null;

/** RFC 4180 text: CRLF line ends, fields with a comma, quote or line break quoted, numbers to two decimals at most. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (cell: Cell) => {
    if (cell === null) return '';
    const text = typeof cell === 'number' ? String(Number(cell.toFixed(cell % 1 === 0 ? 0 : 6))) : cell;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** wall_total_mean_minutes .. business_handling_p95_minutes: every figure of a time-at-level row. */
const STAY_COLUMNS = (['wallClock', 'businessHours'] as const).flatMap((clock) =>
  (['total', 'waiting', 'handling'] as const).flatMap((part) =>
    (['mean', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const).map((stat) => ({
      name: `${clock === 'wallClock' ? 'wall' : 'business'}_${part}_${stat}_minutes`,
      value: (row: TimeAtLevelRow) => row[clock][part][`${stat}Minutes`],
    })),
  ),
);

/** Each report's main table, as the CSV download gives it. */
export const REPORT_CSV = {
  timeAtLevel: (r: TimeAtLevelReport) =>
    toCsv(
      ['level', 'level_name', r.groupBy, 'count', ...STAY_COLUMNS.map((c) => c.name)],
      r.rows.map((x) => [x.level, x.levelName, x.groupLabel, x.count, ...STAY_COLUMNS.map((c) => c.value(x))]),
    ),
  flow: (r: FlowReport) =>
    toCsv(
      ['from_level', 'to_level', 'count', 'median_dwell_minutes'],
      r.transitions.map((x) => [x.fromLevel, x.toLevel, x.count, x.medianDwellMinutes]),
    ),
  load: (r: LoadReport) =>
    toCsv(
      ['weekday', 'hour', 'arrivals'],
      r.byHourOfWeek.map((x) => [x.weekday, x.hour, x.count]),
    ),
  overview: (r: OverviewReport) => {
    const row = (period: string, from: string, to: string, f: OverviewFigures) => [
      period,
      from,
      to,
      f.escalations,
      f.resolved,
      f.firstLevelResolutionRate,
      f.mttaMinutes,
      f.mttrMinutes,
      f.slaBreached,
      f.slaBreachRate,
      f.surveyResponses,
      f.csat,
    ];
    return toCsv(
      [
        'period',
        'from',
        'to',
        'escalations',
        'resolved',
        'first_level_resolution_rate',
        'mtta_minutes',
        'mttr_minutes',
        'sla_breached',
        'sla_breach_rate',
        'survey_responses',
        'csat',
      ],
      [row('current', r.from, r.to, r.current), row('previous', r.previousFrom, r.previousTo, r.previous)],
    );
  },
  survival: (r: SurvivalReport) =>
    toCsv(
      ['severity', 'minutes', 'survival', 'at_risk', 'resolved', 'censored'],
      r.series.flatMap((s) =>
        s.points.map((p) => [s.severity, p.minutes, p.survival, p.atRisk, p.resolved, p.censored]),
      ),
    ),
};
