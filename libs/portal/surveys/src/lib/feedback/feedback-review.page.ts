import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { FEEDBACK_PAGE_SIZE } from './feedback-filter';
import { FeedbackItemComponent } from './feedback-item.component';
import { FEEDBACK_STATUSES, FEEDBACK_TOPICS, STATUS_LABEL, TOPIC_LABEL } from './feedback-labels';
import { FeedbackReviewStore } from './feedback-review.store';

/** Suggestions about the process from staff and stakeholders, filtered by status and topic. */
@Component({
  selector: 'ladder-feedback-review-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    EmptyStateComponent,
    FeedbackItemComponent,
    PageHeaderComponent,
  ],
  providers: [FeedbackReviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header heading="Process feedback" subtitle="Suggestions from colleagues and stakeholders">
      <a mat-stroked-button routerLink="/surveys/feedback">Suggest an improvement</a>
    </ladder-page-header>
    <div class="filters">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Status</mat-label>
        <mat-select [value]="store.filter().status" (selectionChange)="store.update({ status: $event.value })">
          <mat-option [value]="null">All statuses</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusLabel[s] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Topic</mat-label>
        <mat-select [value]="store.filter().topic" (selectionChange)="store.update({ topic: $event.value })">
          <mat-option [value]="null">All topics</mat-option>
          @for (t of topics; track t) {
            <mat-option [value]="t">{{ topicLabel[t] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading suggestions" />
    }
    @if (store.failed() && store.items().length === 0) {
      <ladder-empty-state heading="The suggestions could not be loaded"
        >The reason is shown at the bottom of the page.</ladder-empty-state
      >
    } @else if (!store.loading() && store.items().length === 0) {
      <ladder-empty-state heading="Nothing here">No suggestions match these filters.</ladder-empty-state>
    } @else {
      <p class="count" role="status">{{ store.total() }} {{ store.total() === 1 ? 'suggestion' : 'suggestions' }}</p>
      <div class="items">
        @for (f of store.items(); track f.id) {
          <ladder-feedback-item [item]="f" [canReview]="store.canReview()" />
        }
      </div>
      @if (pages() > 1) {
        <nav class="pages" aria-label="Pages">
          <button mat-button type="button" [disabled]="store.filter().page <= 1" (click)="go(-1)">Previous</button>
          <span>Page {{ store.filter().page }} of {{ pages() }}</span>
          <button mat-button type="button" [disabled]="store.filter().page >= pages()" (click)="go(1)">Next</button>
        </nav>
      }
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 16px;
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: 12px;
      max-width: 960px;
    }
    .pages {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-top: 16px;
    }
  `,
})
export class FeedbackReviewPage {
  protected readonly store = inject(FeedbackReviewStore);
  protected readonly statuses = FEEDBACK_STATUSES;
  protected readonly topics = FEEDBACK_TOPICS;
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly topicLabel = TOPIC_LABEL;
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.store.total() / FEEDBACK_PAGE_SIZE)));

  protected go(by: -1 | 1): void {
    this.store.update({ page: this.store.filter().page + by });
  }
}
