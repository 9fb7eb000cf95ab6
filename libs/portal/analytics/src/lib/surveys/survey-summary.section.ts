import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { SurveyReport } from '@ladder/contracts';
import { EmptyStateComponent } from '@ladder/portal/ui';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { NO_RESPONSES_HINT, NO_RESPONSES_TEXT } from './survey-figures';
import { surveyNotes, surveySummaryTiles } from './survey-summary.mapper';

/** How many were asked and answered, and how satisfied they were, with what to keep in mind when reading. */
@Component({
  selector: 'ladder-survey-summary-section',
  imports: [MatProgressBarModule, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="survey-summary-heading">
      <h2 id="survey-summary-heading">Responses and satisfaction</h2>
      @switch (status()) {
        @case ('loading') {
          <div role="status">
            <mat-progress-bar mode="indeterminate" aria-label="Loading the survey responses" />
            <p class="note">Loading the survey responses…</p>
          </div>
        }
        @case ('error') {
          <ladder-empty-state heading="The survey report could not be loaded">
            The reason is shown at the bottom of the page; change a filter or try again.
          </ladder-empty-state>
        }
        @case ('empty') {
          <ladder-empty-state [heading]="emptyText">{{ emptyHint }}</ladder-empty-state>
        }
        @case ('ready') {
          <ul class="tiles">
            @for (tile of tiles(); track tile.label) {
              <li>
                <h3>{{ tile.label }}</h3>
                <p class="value">{{ tile.value }}</p>
                <p class="note">{{ tile.detail }}</p>
              </li>
            }
          </ul>
          @for (note of notes(); track note) {
            <p class="note">{{ note }}</p>
          }
        }
      }
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 12px;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
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
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SurveySummarySection {
  readonly load = input.required<ReportLoad<SurveyReport> | null>();

  protected readonly emptyText = NO_RESPONSES_TEXT;
  protected readonly emptyHint = NO_RESPONSES_HINT;
  protected readonly status = computed(() => cardStatus(this.load(), (r) => r.responseRate.invited === 0));
  protected readonly tiles = computed(() => {
    const report = this.load()?.report;
    return report ? surveySummaryTiles(report) : [];
  });
  protected readonly notes = computed(() => {
    const report = this.load()?.report;
    return report ? surveyNotes(report) : [];
  });
}
