import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { OverviewReport } from '@ladder/contracts';
import { EmptyStateComponent } from '@ladder/portal/ui';
import type { ReportLoad } from '../shared/report-load';
import {
  comparedPeriods,
  overviewStatus,
  overviewTiles,
  periodsText,
  type Direction,
  type Verdict,
} from './overview.mapper';

const ARROWS: Readonly<Record<Direction, string>> = { up: '↑', down: '↓', same: '→' };
const VERDICTS: Readonly<Record<Verdict, string>> = { better: 'better', worse: 'worse', same: 'unchanged' };

let nextId = 0;

/** The period's headline figures against the period compared with, each tile a way into its report. */
@Component({
  selector: 'ladder-overview-tiles-section',
  imports: [MatProgressBarModule, RouterLink, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId">
      <header>
        <h2 [id]="headingId">{{ heading() }}</h2>
        @if (subtitle()) {
          <p>{{ subtitle() }}</p>
        }
      </header>
      @switch (status()) {
        @case ('loading') {
          <div role="status">
            <mat-progress-bar mode="indeterminate" aria-label="Loading the overview" />
            <p>Loading the overview…</p>
          </div>
        }
        @case ('error') {
          <ladder-empty-state heading="The overview could not be loaded">
            The reason is shown at the bottom of the page; change a filter or try again.
          </ladder-empty-state>
        }
        @case ('empty') {
          <ladder-empty-state heading="No escalation was opened in either period with these filters.">
            Pick a wider date range or fewer filters.
          </ladder-empty-state>
        }
        @case ('ready') {
          <ul class="tiles">
            @for (tile of tiles(); track tile.figure) {
              <li class="tile">
                <h3>{{ tile.label }}</h3>
                <p class="value">{{ tile.value }}</p>
                <p class="previous">{{ previousLabel() }}: {{ tile.previous }}</p>
                @if (tile.change && tile.direction) {
                  <p class="change" [class.better]="tile.verdict === 'better'" [class.worse]="tile.verdict === 'worse'">
                    <span aria-hidden="true">{{ arrows[tile.direction] }}</span>
                    {{ tile.change }}
                    @if (tile.verdict) {
                      · <strong>{{ verdicts[tile.verdict] }}</strong>
                    }
                  </p>
                }
                <a [routerLink]="tile.reportPath" queryParamsHandling="preserve">Open the {{ tile.reportName }}</a>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    header {
      margin-bottom: 12px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    header p {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tile {
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
      break-inside: avoid;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    p {
      margin: 0;
    }
    .value {
      font: var(--mat-sys-headline-medium);
      font-variant-numeric: tabular-nums;
    }
    .previous {
      color: var(--mat-sys-on-surface-variant);
    }
    .change {
      font-variant-numeric: tabular-nums;
    }
    .better {
      color: #2e7d32;
    }
    .worse {
      color: #b3261e;
    }
    a {
      margin-top: auto;
    }
  `,
})
export class OverviewTilesSection {
  readonly load = input.required<ReportLoad<OverviewReport> | null>();
  /** The overview of the same period a year earlier, when that is the comparison asked for. */
  readonly yearEarlier = input<ReportLoad<OverviewReport> | null>(null);

  protected readonly headingId = `ladder-overview-${nextId++}`;
  protected readonly arrows = ARROWS;
  protected readonly verdicts = VERDICTS;

  protected readonly status = computed(() => overviewStatus(this.load(), this.yearEarlier()));
  private readonly periods = computed(() => {
    const report = this.load()?.report;
    return report ? comparedPeriods(report, this.yearEarlier()?.report ?? null) : null;
  });
  protected readonly tiles = computed(() => {
    const periods = this.periods();
    return periods ? overviewTiles(periods) : [];
  });
  protected readonly heading = computed(() =>
    this.yearEarlier() ? 'This period against a year earlier' : 'This period against the one before',
  );
  protected readonly previousLabel = computed(() => (this.yearEarlier() ? 'A year earlier' : 'Before'));
  protected readonly subtitle = computed(() => {
    const periods = this.periods();
    return periods && this.status() === 'ready' ? periodsText(periods, this.yearEarlier() ? 'year' : 'previous') : '';
  });
}
