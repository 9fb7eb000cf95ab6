import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ArrivalSpikeList } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import type { ReportLoad } from '../shared/report-load';
import { arrivalSpikesStatus, arrivalSpikesTable, spikeRuleText } from './arrival-spikes.mapper';

/**
 * The arrival spikes managers were told of in the period. The queue filters by no category or service, so the rows
 * lead nowhere.
 */
@Component({
  selector: 'ladder-arrival-spikes-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      data-testid="arrival-spikes"
      heading="Arrival spikes"
      [subtitle]="'Managers are told of each spike as it happens. ' + rule + ' Only the date range applies.'"
      [status]="status()"
      [table]="table()"
      fileName="arrival-spikes"
      emptyText="No arrival spikes in this period: no category or affected service came in far above its usual hour."
      [emptyHint]="rule"
      [tableOnly]="true"
    />
  `,
})
export class ArrivalSpikesSection {
  readonly load = input.required<ReportLoad<ArrivalSpikeList> | null>();
  /** The zone the page counts hours in, for the spikes' hours too. */
  readonly timeZone = input.required<string>();

  protected readonly rule = spikeRuleText();
  protected readonly status = computed(() => arrivalSpikesStatus(this.load()));
  protected readonly table = computed(() => {
    const list = this.load()?.report;
    return list ? arrivalSpikesTable(list, this.timeZone()) : null;
  });
}
