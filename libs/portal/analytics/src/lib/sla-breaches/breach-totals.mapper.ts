import type { SlaBreachesReport } from '@ladder/contracts';
import { BREACH_KINDS } from '@ladder/contracts/values';
import type { CellLink, DataTable, TableColumn, TableRow } from '@ladder/portal/ui';
import type { DrillLink } from '../shared/drill';
import { counted, oneDecimal, percent } from '../shared/figures';
import { rangeText } from '../shared/periods';
import { BREACH_KIND_LABELS, tallyOf } from './breach-kinds';

const COMPARISON_COLUMNS: TableColumn[] = [
  { key: 'comparisonBreached', label: 'Comparison breached', numeric: true },
  { key: 'comparisonShare', label: 'Comparison share (%)', numeric: true, decimals: 1 },
  { key: 'change', label: 'Change in breached', numeric: true },
  { key: 'shareChange', label: 'Change in share (points)', numeric: true, decimals: 1 },
];

/** Breaches of each kind over the whole period, beside the comparison period's when there is one. */
export function breachTotalsTable(
  report: SlaBreachesReport,
  comparison: SlaBreachesReport | null,
  link: DrillLink,
): DataTable {
  return {
    caption: 'Escalations that breached each kind of target',
    columns: [
      { key: 'kind', label: 'Target' },
      { key: 'breached', label: 'Breached', numeric: true },
      { key: 'share', label: 'Share of escalations (%)', numeric: true, decimals: 1 },
      ...(comparison ? COMPARISON_COLUMNS : []),
    ],
    rows: BREACH_KINDS.map((kind): TableRow => {
      const tally = tallyOf(report.totals, kind);
      const share = percent(tally.rate);
      const links: Record<string, CellLink> = {};
      if (tally.count > 0) links['breached'] = link({ target: { basis: 'breaches', kind } });
      if (!comparison) return { cells: { kind: BREACH_KIND_LABELS[kind], breached: tally.count, share }, links };
      const compared = tallyOf(comparison.totals, kind);
      const comparedShare = percent(compared.rate);
      if (compared.count > 0) {
        const range = { from: comparison.from, to: comparison.to };
        links['comparisonBreached'] = link({ target: { basis: 'breaches', kind }, range });
      }
      return {
        cells: {
          kind: BREACH_KIND_LABELS[kind],
          breached: tally.count,
          share,
          comparisonBreached: compared.count,
          comparisonShare: comparedShare,
          change: tally.count - compared.count,
          shareChange: share === null || comparedShare === null ? null : oneDecimal(share - comparedShare),
        },
        links,
      };
    }),
  };
}

const opened = (report: SlaBreachesReport) =>
  `${counted(report.totals.escalations, 'escalation')} opened from ${rangeText(report)}`;

/** Whom the shares are of: "Of 120 escalations opened from … to … (comparison: 98 … )". */
export function breachTotalsSubtitle(report: SlaBreachesReport, comparison: SlaBreachesReport | null): string {
  const compared = comparison ? `; comparison: ${opened(comparison)}` : '';
  return `Of ${opened(report)}${compared}. An escalation counts once in each kind it breached.`;
}
