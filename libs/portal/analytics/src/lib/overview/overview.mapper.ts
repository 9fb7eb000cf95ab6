import type { OverviewFigures, OverviewReport } from '@ladder/contracts';
import { formatMinutes, type ReportStatus } from '@ladder/portal/ui';
import type { Comparison } from '../filters/report-filters';
import { decimalText, oneDecimal, percent, plural } from '../shared/figures';
import type { ReportLoad } from '../shared/report-load';

/** The two periods a tile compares, with the figures of each. */
export interface ComparedPeriods {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  current: OverviewFigures;
  previous: OverviewFigures;
}

/**
 * The API compares a range with the period just before it. For "a year earlier" the overview is asked once more for
 * that period, and its `current` figures take the place of `previous` (its own `previous` is not used): one contract,
 * the same filters and definitions on both sides.
 */
export function comparedPeriods(report: OverviewReport, yearEarlier: OverviewReport | null): ComparedPeriods {
  if (!yearEarlier) return report;
  return {
    ...report,
    previousFrom: yearEarlier.from,
    previousTo: yearEarlier.to,
    previous: yearEarlier.current,
  };
}

/** The tiles wait for every answer they need (the year-earlier one too, when asked); empty when both periods are. */
export function overviewStatus(
  load: ReportLoad<OverviewReport> | null,
  yearEarlier: ReportLoad<OverviewReport> | null,
): ReportStatus {
  if (load?.status === 'error' || yearEarlier?.status === 'error') return 'error';
  if (!load?.report || (yearEarlier && !yearEarlier.report)) return 'loading';
  const periods = comparedPeriods(load.report, yearEarlier?.report ?? null);
  return periods.current.escalations > 0 || periods.previous.escalations > 0 ? 'ready' : 'empty';
}

type Kind = 'count' | 'rate' | 'minutes';
type Figure = 'escalations' | 'firstLevelResolutionRate' | 'mttaMinutes' | 'mttrMinutes' | 'slaBreachRate' | 'csat';

interface TileSpec {
  figure: Figure;
  label: string;
  kind: Kind;
  /**
   * Which way is an improvement. Neither, for the number of escalations: fewer can mean less trouble, or trouble no
   * longer reported; more can mean better reporting.
   */
  better: 'lower' | 'higher' | 'neither';
  report: { path: string; name: string };
  /** Whether the tile has anything to show for these periods; shown always when absent. */
  shownFor?: (periods: ComparedPeriods) => boolean;
}

const FLOW = { path: '/reports/flow', name: 'flow report' };
const BREACHES = { path: '/reports/sla-breaches', name: 'SLA breaches report' };
const SURVEYS = { path: '/reports/surveys', name: 'survey report' };

/** Only where surveys are answered: elsewhere a CSAT tile would only ever read "–". */
const hasSurveyResponses = (periods: ComparedPeriods) =>
  periods.current.surveyResponses > 0 || periods.previous.surveyResponses > 0;

const TILES: readonly TileSpec[] = [
  { figure: 'escalations', label: 'Escalations', kind: 'count', better: 'neither', report: FLOW },
  {
    figure: 'firstLevelResolutionRate',
    label: 'First-level resolution',
    kind: 'rate',
    better: 'higher',
    report: FLOW,
  },
  { figure: 'mttaMinutes', label: 'Mean time to acknowledge', kind: 'minutes', better: 'lower', report: FLOW },
  { figure: 'mttrMinutes', label: 'Mean time to resolve', kind: 'minutes', better: 'lower', report: FLOW },
  {
    figure: 'slaBreachRate',
    label: 'Response or resolution breached',
    kind: 'rate',
    better: 'lower',
    report: BREACHES,
  },
  {
    figure: 'csat',
    label: 'CSAT (rated 4 or 5)',
    kind: 'rate',
    better: 'higher',
    report: SURVEYS,
    shownFor: hasSurveyResponses,
  },
];

export type Direction = 'up' | 'down' | 'same';
export type Verdict = 'better' | 'worse' | 'same';

export interface OverviewTile {
  figure: Figure;
  label: string;
  value: string;
  previous: string;
  /** "+20 (+20%)", "−5 points", "No change"; null when either period has no figure. */
  change: string | null;
  direction: Direction | null;
  /** Whether the change is an improvement; null when there is no change to judge, or no way to judge it. */
  verdict: Verdict | null;
  reportPath: string;
  reportName: string;
}

const MINUS = '−';
const signed = (value: number, text: string) => `${value < 0 ? MINUS : '+'}${text}`;

/** Figures as shown, rounded once so the change is the difference of what the tile shows. */
function shown(kind: Kind, value: number): number {
  switch (kind) {
    case 'count':
      return value;
    case 'rate':
      return percent(value);
    case 'minutes':
      return Math.round(value);
  }
}

function text(kind: Kind, value: number): string {
  switch (kind) {
    case 'count':
      return decimalText(value);
    case 'rate':
      return `${decimalText(value)}%`;
    case 'minutes':
      return formatMinutes(value);
  }
}

function changeText(kind: Kind, current: number, previous: number): string {
  const diff = oneDecimal(current - previous);
  if (diff === 0) return 'No change';
  if (kind === 'rate') return signed(diff, `${decimalText(Math.abs(diff))} ${plural(Math.abs(diff), 'point')}`);
  const amount = kind === 'count' ? decimalText(Math.abs(diff)) : formatMinutes(Math.abs(diff));
  if (previous === 0) return signed(diff, amount);
  const relative = oneDecimal((diff / previous) * 100);
  return `${signed(diff, amount)} (${signed(relative, `${decimalText(Math.abs(relative))}%`)})`;
}

function verdict(spec: TileSpec, direction: Direction): Verdict | null {
  if (spec.better === 'neither') return null;
  if (direction === 'same') return 'same';
  return (spec.better === 'lower' ? direction === 'down' : direction === 'up') ? 'better' : 'worse';
}

function tile(spec: TileSpec, periods: ComparedPeriods): OverviewTile {
  const shownOf = (value: number | null) => (value === null ? null : shown(spec.kind, value));
  const textOf = (value: number | null) => (value === null ? '–' : text(spec.kind, value));
  const current = shownOf(periods.current[spec.figure]);
  const previous = shownOf(periods.previous[spec.figure]);
  const base = {
    figure: spec.figure,
    label: spec.label,
    value: textOf(current),
    previous: textOf(previous),
    reportPath: spec.report.path,
    reportName: spec.report.name,
  };
  if (current === null || previous === null) return { ...base, change: null, direction: null, verdict: null };
  const direction: Direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  return { ...base, change: changeText(spec.kind, current, previous), direction, verdict: verdict(spec, direction) };
}

/** The overview's tiles, in the order a review reads them; CSAT only when either period has survey responses. */
export function overviewTiles(periods: ComparedPeriods): OverviewTile[] {
  return TILES.filter((spec) => spec.shownFor?.(periods) ?? true).map((spec) => tile(spec, periods));
}

/** "2026-11-01 to 2026-11-30 against 2026-10-02 to 2026-10-31, the period before". */
export function periodsText(periods: ComparedPeriods, comparison: Comparison | null): string {
  const which = comparison === 'year' ? 'the same period a year earlier' : 'the period before';
  return `${periods.from} to ${periods.to} against ${periods.previousFrom} to ${periods.previousTo}, ${which}`;
}
