import type { TriageAcceptance, TriageAcceptanceRow, TriageTarget } from '@ladder/contracts';
import type { DataTable } from '@ladder/portal/ui';
import { counted, percent } from '../shared/figures';
import type { ReportLoad } from '../shared/report-load';
import { cardStatus } from '../shared/report-load';

/** What each suggestion proposes, as the create form's fields name it. */
export const TRIAGE_TARGET_LABEL: Readonly<Record<TriageTarget, string>> = {
  category: 'Category',
  affectedService: 'Affected service',
  team: 'Resolving team',
  severity: 'Severity',
};

/** Empty until an escalation has been opened with a suggestion on screen. */
export const triageAcceptanceStatus = (load: ReportLoad<TriageAcceptance> | null) =>
  cardStatus(load, (report) => report.targets.every((row) => row.shown === 0));

/** "Agents opened 30 of 40 escalations (75%) with the suggested category.": a row's figures in words. */
export function acceptanceSentence(row: TriageAcceptanceRow): string {
  const what = TRIAGE_TARGET_LABEL[row.target].toLowerCase();
  if (row.acceptanceRate === null) return `No ${what} has been suggested yet.`;
  const rate = percent(row.acceptanceRate);
  return `Agents opened ${row.accepted} of ${counted(row.shown, 'escalation')} (${rate}%) with the suggested ${what}.`;
}

/** Per target: suggestions shown, kept, the acceptance rate in percent and the same in words. */
export function triageAcceptanceTable(report: TriageAcceptance): DataTable {
  return {
    caption: 'Triage suggestions shown while opening an escalation, and how often the suggested value was kept',
    columns: [
      { key: 'target', label: 'Suggestion for' },
      { key: 'shown', label: 'Shown', numeric: true },
      { key: 'accepted', label: 'Kept', numeric: true },
      { key: 'rate', label: 'Acceptance (%)', numeric: true, decimals: 1 },
      { key: 'meaning', label: 'In words' },
    ],
    rows: report.targets.map((row) => ({
      cells: {
        target: TRIAGE_TARGET_LABEL[row.target],
        shown: row.shown,
        accepted: row.accepted,
        rate: percent(row.acceptanceRate),
        meaning: acceptanceSentence(row),
      },
    })),
  };
}
