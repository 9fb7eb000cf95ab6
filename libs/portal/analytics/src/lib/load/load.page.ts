import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { AnalyticsApi } from '../shared/analytics.api';
import { loadPageReports } from '../shared/page-reports';
import { ReportContext } from '../shared/report-context';
import { loadSettings } from '../shared/report-page-requests';
import { ReportGridComponent } from '../shared/report-grid.component';
import { loadReport } from '../shared/report-load';
import { ArrivalSpikesSection } from './arrival-spikes.section';
import { busiestHour } from './arrivals-heatmap.mapper';
import { ArrivalsHeatmapSection } from './arrivals-heatmap.section';
import { ArrivalsPerDaySection } from './arrivals-per-day.section';
import { TeamCapacitySection } from './team-capacity.section';
import { browserTimeZone, timeZoneChoices, timeZoneFrom } from './time-zones';

/**
 * When escalations arrive (hour of week, day), how much open work each team carries against its capacity, and the
 * hours that arrivals spiked.
 */
@Component({
  selector: 'ladder-load-page',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    ReportGridComponent,
    ArrivalsHeatmapSection,
    ArrivalsPerDaySection,
    TeamCapacitySection,
    ArrivalSpikesSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="controls">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Hours counted in</mat-label>
        <mat-select [value]="timeZone()" (selectionChange)="setTimeZone($event.value)">
          @for (zone of zones(); track zone.value) {
            <mat-option [value]="zone.value">{{ zone.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    <ladder-report-grid>
      <ladder-arrivals-heatmap-section
        [load]="arrivals.load()"
        [scaleMax]="scaleMax()"
        [heading]="comparisonRange() ? 'Arrivals by hour of week, this period' : 'Arrivals by hour of week'"
      />
      @if (comparisonRange(); as range) {
        <ladder-arrivals-heatmap-section
          [load]="arrivals.comparisonLoad()"
          [range]="range"
          [scaleMax]="scaleMax()"
          heading="Arrivals by hour of week, comparison period"
        />
      }
      <!-- Beside the heatmap alone; below the two heatmaps and the days when comparing. -->
      <ladder-team-capacity-section [load]="arrivals.load()" [class.last]="comparisonRange() !== null" />
      <ladder-arrivals-per-day-section class="wide" [load]="arrivals.load()" [comparison]="arrivals.comparison()" />
      <ladder-arrival-spikes-section class="wide spikes" [load]="spikes()" [timeZone]="timeZone()" />
    </ladder-report-grid>
  `,
  styles: `
    .controls {
      display: flex;
      gap: 12px;
      margin-bottom: 16px;
    }
    .controls mat-form-field {
      width: 280px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .last {
      order: 1;
    }
    /* Last, also when the team capacity moves down. */
    .spikes {
      order: 2;
    }
  `,
})
export class LoadPage {
  private readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);
  private readonly browserZone = browserTimeZone();

  /** The API's own parameter, kept in the URL like the filters; hours are counted in the browser's zone by default. */
  protected readonly timeZone = computed(() => timeZoneFrom(this.context.params()['timeZone'], this.browserZone));
  protected readonly zones = computed(() => timeZoneChoices(this.timeZone(), this.browserZone));
  protected readonly comparisonRange = this.context.comparisonRange;

  protected readonly arrivals = loadPageReports('load', () => loadSettings(this.context.params()));
  /** Over the period alone: spikes are recorded per category or service, whatever the filters. */
  protected readonly spikes = loadReport(
    () => ({ from: this.context.filters().from, to: this.context.filters().to }),
    (params) => this.api.report('arrival-spikes', params),
  );
  /** One colour scale for both heatmaps, so a shade means the same count in each. */
  protected readonly scaleMax = computed(() => busiestHour([this.arrivals.load()?.report, this.arrivals.comparison()]));

  protected setTimeZone(zone: string): void {
    this.context.update({ timeZone: zone });
  }
}
