import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { asOptions } from '../filters/filter-options';
import { loadPageReports } from '../shared/page-reports';
import { ReportContext } from '../shared/report-context';
import { BOTTLENECK_LIMITS, bottlenecksSettings, limitFrom } from '../shared/report-page-requests';
import { ReportSettingComponent } from '../shared/report-setting.component';
import { COMPARED_LIMIT } from './bottlenecks.mapper';
import { LevelMovesSection } from './level-moves.section';
import { OverBudgetSection } from './over-budget.section';
import { StuckSection } from './stuck.section';

/** Where the process loses time: hours over budget, ping-pong, skipped levels and stuck escalations. */
@Component({
  selector: 'ladder-bottlenecks-page',
  imports: [ReportSettingComponent, OverBudgetSection, LevelMovesSection, StuckSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-setting
      class="controls"
      label="Pairs ranked"
      [options]="limits"
      [value]="limit()"
      (choose)="context.update({ limit: $event })"
    />
    <div class="cards">
      <ladder-over-budget-section class="wide" [load]="bottlenecks.load()" [comparison]="bottlenecks.comparison()" />
      <ladder-level-moves-section
        kind="ping-pong"
        [load]="bottlenecks.load()"
        [comparison]="bottlenecks.comparison()"
      />
      <ladder-level-moves-section
        kind="skipped-levels"
        [load]="bottlenecks.load()"
        [comparison]="bottlenecks.comparison()"
      />
      <ladder-stuck-section class="wide" [load]="bottlenecks.load()" />
    </div>
  `,
  styles: `
    .controls {
      margin-bottom: 16px;
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

  protected readonly limits = asOptions(BOTTLENECK_LIMITS);
  protected readonly limit = computed(() => limitFrom(this.context.params()));

  // The compared ranking is asked long, so that most pairs ranked now find their figure in it.
  protected readonly bottlenecks = loadPageReports(
    'bottlenecks',
    () => bottlenecksSettings(this.context.params()),
    () => ({ limit: String(COMPARED_LIMIT) }),
  );
}
