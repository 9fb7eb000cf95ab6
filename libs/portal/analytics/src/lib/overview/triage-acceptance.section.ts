import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TriageAcceptance } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import type { ReportLoad } from '../shared/report-load';
import { triageAcceptanceStatus, triageAcceptanceTable } from './triage-acceptance.mapper';

/** How often agents opened escalations with what the triage model suggested, per suggestion. */
@Component({
  selector: 'ladder-triage-acceptance-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      data-testid="triage-acceptance"
      heading="Triage suggestions taken"
      subtitle="While an agent opens an escalation, the triage model suggests its category, affected service, resolving team and severity from the text. The acceptance rate is the share opened with the suggested value: high means the suggestions match how agents triage; low means agents override them and the model has not learned that part well yet. Counted over every escalation so far: the filters above do not apply."
      [status]="status()"
      [table]="table()"
      fileName="triage-acceptance"
      emptyText="No escalation has been opened with triage suggestions on screen yet"
      emptyHint="Suggestions appear on the new-escalation form once the model has learned from enough resolved escalations."
      [tableOnly]="true"
    />
  `,
})
export class TriageAcceptanceSection {
  readonly load = input.required<ReportLoad<TriageAcceptance> | null>();

  protected readonly status = computed(() => triageAcceptanceStatus(this.load()));
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report ? triageAcceptanceTable(report) : null;
  });
}
