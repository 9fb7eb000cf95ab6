import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import type { LoadReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick } from '@ladder/portal/ui/charts';
import { horizontalChartHeight } from '../shared/horizontal-bars';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { capacityData, capacityOptions, capacityTable, teamCapacityRows, teamQueueLink } from './team-capacity.mapper';

/** Each team's open escalations now against its staffed agents; a click opens the team's queue. */
@Component({
  selector: 'ladder-team-capacity-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="Team capacity"
      subtitle="Open escalations now (not in the period) against staffed agents"
      type="bar"
      [status]="status()"
      [view]="view()"
      fileName="team-capacity"
      emptyText="No team matches these filters."
      (pick)="open($event)"
    />
  `,
})
export class TeamCapacitySection {
  private readonly context = inject(ReportContext);
  private readonly router = inject(Router);

  readonly load = input.required<ReportLoad<LoadReport> | null>();

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.teams.length === 0));
  protected readonly view = computed(() => {
    const report = this.load()?.report;
    if (!report) return null;
    const rows = teamCapacityRows(report);
    return {
      rows,
      data: capacityData(rows),
      options: capacityOptions(rows, this.context.animate),
      label:
        'Horizontal bar chart of open escalations and staffed agents per team, now. Open per agent and the figures are in the table view.',
      table: capacityTable(rows, (teamId) => this.queueLink(teamId)),
      // A row of 44 px per team, and never shorter than 240 px.
      height: Math.max(240, horizontalChartHeight(rows.length, 44)),
    };
  });

  protected open(pick: ChartPick): void {
    const row = this.view()?.rows[pick.index];
    if (!row) return;
    const link = this.queueLink(row.teamId);
    void this.router.navigate([link.path], { queryParams: link.queryParams });
  }

  private queueLink(teamId: string) {
    return teamQueueLink(teamId, this.context.filters().severity);
  }
}
