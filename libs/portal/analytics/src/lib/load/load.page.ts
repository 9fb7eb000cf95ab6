import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { busiestHour } from './arrivals-heatmap.mapper';
import { ArrivalsHeatmapSection } from './arrivals-heatmap.section';
import { ArrivalsPerDaySection } from './arrivals-per-day.section';
import { TeamCapacitySection } from './team-capacity.section';
import { browserTimeZone, timeZoneChoices, timeZoneFrom } from './time-zones';

/** When escalations arrive (hour of week, day) and how much open work each team carries against its capacity. */
@Component({
  selector: 'ladder-load-page',
  imports: [MatFormFieldModule, MatSelectModule, ArrivalsHeatmapSection, ArrivalsPerDaySection, TeamCapacitySection],
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
    <div class="grid">
      <ladder-arrivals-heatmap-section
        [load]="load()"
        [scaleMax]="scaleMax()"
        [heading]="comparisonRange() ? 'Arrivals by hour of week, this period' : 'Arrivals by hour of week'"
      />
      @if (comparisonRange(); as range) {
        <ladder-arrivals-heatmap-section
          [load]="comparisonLoad()"
          [range]="range"
          [scaleMax]="scaleMax()"
          heading="Arrivals by hour of week, comparison period"
        />
      }
      <!-- Beside the heatmap alone; below the two heatmaps and the days when comparing. -->
      <ladder-team-capacity-section [load]="load()" [class.last]="comparisonRange() !== null" />
      <ladder-arrivals-per-day-section class="wide" [load]="load()" [comparison]="comparisonLoad()?.report ?? null" />
    </div>
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
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
      align-items: start;
      gap: 16px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .last {
      order: 1;
    }
  `,
})
export class LoadPage {
  private readonly api = inject(AnalyticsApi);
  private readonly context = inject(ReportContext);
  private readonly browserZone = browserTimeZone();

  /** The API's own parameter, kept in the URL like the filters; hours are counted in the browser's zone by default. */
  protected readonly timeZone = computed(() => timeZoneFrom(this.context.params()['timeZone'], this.browserZone));
  protected readonly zones = computed(() => timeZoneChoices(this.timeZone(), this.browserZone));
  protected readonly comparisonRange = this.context.comparisonRange;

  protected readonly load = loadReport(
    () => ({ ...this.context.apiParams(), timeZone: this.timeZone() }),
    (params) => this.api.report('load', params),
  );
  protected readonly comparisonLoad = loadReport(
    () => {
      const params = this.context.comparisonParams();
      return params && { ...params, timeZone: this.timeZone() };
    },
    (params) => this.api.report('load', params),
  );
  /** One colour scale for both heatmaps, so a shade means the same count in each. */
  protected readonly scaleMax = computed(() => busiestHour([this.load()?.report, this.comparisonLoad()?.report]));

  protected setTimeZone(zone: string): void {
    this.context.update({ timeZone: zone });
  }
}
