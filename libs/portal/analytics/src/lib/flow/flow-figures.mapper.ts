import type { FlowFigures, FlowReport } from '@ladder/contracts';
import type { CellLink, DataTable, TableRow } from '@ladder/portal/ui';
import type { DrillLink } from '../shared/drill';
import { oneDecimal, percent } from '../shared/figures';

interface Figure {
  label: string;
  /** The figure as shown, rounded once here; null where there is nothing to measure. */
  value: (figures: FlowFigures) => number | null;
  /** Escalations opened link to their list; the other figures are means and shares of it. */
  drills?: true;
}

const FIGURES: readonly Figure[] = [
  { label: 'Escalations opened', value: (f) => f.escalations, drills: true },
  { label: 'Resolved', value: (f) => f.resolved },
  { label: 'First-level resolution rate (%)', value: (f) => percent(f.firstLevelResolutionRate) },
  { label: 'Mean time to acknowledge, MTTA (minutes)', value: (f) => oneDecimal(f.mttaMinutes) },
  {
    label: 'Mean time to resolve, MTTR (hours)',
    value: (f) => oneDecimal(f.mttrMinutes === null ? null : f.mttrMinutes / 60),
  },
];

/** The headline figures; with a comparison, the other period's beside them and the change (this minus that). */
export function flowFiguresTable(report: FlowReport, comparison: FlowReport | null, link: DrillLink): DataTable {
  return {
    caption: 'Headline figures of the escalations opened in the period',
    columns: [
      { key: 'figure', label: 'Figure' },
      { key: 'value', label: comparison ? 'This period' : 'Value', numeric: true, decimals: 1 },
      ...(comparison
        ? [
            { key: 'comparison', label: 'Comparison period', numeric: true, decimals: 1 },
            { key: 'change', label: 'Change', numeric: true, decimals: 1 },
          ]
        : []),
    ],
    rows: FIGURES.map((figure): TableRow => {
      const value = figure.value(report);
      const links: Record<string, CellLink> = {};
      if (figure.drills && value) links['value'] = link({ target: { basis: 'opened' } });
      if (!comparison) return { cells: { figure: figure.label, value }, links };
      const compared = figure.value(comparison);
      if (figure.drills && compared) {
        links['comparison'] = link({
          target: { basis: 'opened' },
          range: { from: comparison.from, to: comparison.to },
        });
      }
      return {
        cells: {
          figure: figure.label,
          value,
          comparison: compared,
          change: value === null || compared === null ? null : oneDecimal(value - compared),
        },
        links,
      };
    }),
  };
}
