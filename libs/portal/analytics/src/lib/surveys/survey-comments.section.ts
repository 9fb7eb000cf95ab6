import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { SurveyReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { commentFiltersText, commentsTable } from './survey-comments.mapper';
import { COMMENT_MAX_SCORES, type CommentMaxScore } from './survey-settings';

/** What a manager narrowed the comments to: the highest overall score, and words they contain. */
export interface CommentFilters {
  maxScore: CommentMaxScore;
  text: string;
}

/** The written answers, newest first, narrowed by score and text; each opens its escalation. */
@Component({
  selector: 'ladder-survey-comments-section',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="filters" role="search" aria-label="Filter the comments">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Overall score at most</mat-label>
        <mat-select [value]="filters().maxScore" (selectionChange)="changed.emit({ maxScore: $event.value })">
          @for (score of scores; track score) {
            <mat-option [value]="score">{{ score === 'any' ? 'Any score' : score }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="text">
        <mat-label>Comment contains</mat-label>
        <input matInput type="search" maxlength="100" [value]="filters().text" (change)="search($event)" />
        <mat-hint>Press Enter to search</mat-hint>
      </mat-form-field>
    </div>
    <ladder-report-card
      heading="Comments"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      fileName="survey-comments"
      [emptyText]="emptyText()"
      [emptyHint]="emptyHint()"
      [tableOnly]="true"
    />
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 16px;
      margin-bottom: 12px;
    }
    .text {
      flex: 1 1 240px;
      max-width: 420px;
    }
  `,
})
export class SurveyCommentsSection {
  readonly load = input.required<ReportLoad<SurveyReport> | null>();
  readonly filters = input.required<CommentFilters>();
  /** A filter changed; the page keeps it in the URL and asks again. */
  readonly changed = output<Partial<CommentFilters>>();

  protected readonly scores = COMMENT_MAX_SCORES;
  private readonly narrowed = computed(() => commentFiltersText(this.filters().maxScore, this.filters().text));
  protected readonly status = computed(() => cardStatus(this.load(), (r) => r.comments.length === 0));
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report ? commentsTable(report) : null;
  });
  protected readonly subtitle = computed(() => {
    const anonymous = this.load()?.report?.anonymous ? ' Surveys are anonymous: no respondent is shown.' : '';
    return `${this.narrowed() ?? 'All written answers'}, newest first (at most 200).${anonymous}`;
  });
  protected readonly emptyText = computed(() =>
    this.narrowed() ? 'No comments match these filters' : 'No written answers in this period',
  );
  protected search(event: Event): void {
    if (event.target instanceof HTMLInputElement) this.changed.emit({ text: event.target.value });
  }

  protected readonly emptyHint = computed(() =>
    this.narrowed()
      ? 'Allow a higher score or change the search.'
      : 'Stakeholders may leave a comment when they answer. Pick a wider date range or fewer filters.',
  );
}
