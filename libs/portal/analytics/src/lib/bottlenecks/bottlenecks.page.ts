import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { COMPARED_LIMIT } from './bottlenecks.mapper';
import { LevelMovesSection } from './level-moves.section';
import { OverBudgetSection } from './over-budget.section';
import { StuckSection } from './stuck.section';

/** How many (level, team) pairs the ranking keeps. */
const LIMITS = ['10', '20', '50'] as const;

/** Where the process loses time: hours over budget, ping-pong, skipped levels and stuck escalations. */
@Component({
  selector: 'ladder-bottlenecks-page',
  imports: [MatButtonToggleModule, OverBudgetSection, LevelMovesSection, StuckSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="controls">
      <span id="bottlenecks-limit">Pairs ranked</span>
      <mat-button-toggle-group
        hideSingleSelectionIndicator
        aria-labelledby="bottlenecks-limit"
        [value]="limit()"
        (change)="context.update({ limit: $event.value })"
      >
        @for (limit of limits; track limit) {
          <mat-button-toggle [value]="limit">{{ limit }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
    </div>
    <div class="cards">
      <ladder-over-budget-section class="wide" [load]="load()" [comparison]="comparison()" />
      <ladder-level-moves-section kind="ping-pong" [load]="load()" [comparison]="comparison()" />
      <ladder-level-moves-section kind="skipped-levels" [load]="load()" [comparison]="comparison()" />
      <ladder-stuck-section class="wide" [load]="load()" />
    </div>
  `,
  styles: `
    .controls {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
      gap: 16px;
    }
    .wide {
      grid-column: 1 / -1;
    }
  `,
})
export class BottlenecksPage {
  protected readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);

  protected readonly limits = LIMITS;
  protected readonly limit = computed(() => this.context.setting('limit', LIMITS, '10'));

  protected readonly load = loadReport(
    () => ({ ...this.context.apiParams(), limit: this.limit() }),
    (params) => this.api.report('bottlenecks', params),
  );
  // The compared ranking is asked long, so that most pairs ranked now find their figure in it.
  private readonly comparisonLoad = loadReport(
    () => {
      const params = this.context.comparisonParams();
      return params && { ...params, limit: String(COMPARED_LIMIT) };
    },
    (params) => this.api.report('bottlenecks', params),
  );
  protected readonly comparison = computed(() => this.comparisonLoad()?.report ?? null);
}
