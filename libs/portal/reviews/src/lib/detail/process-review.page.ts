import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@ladder/portal/ui';
import { ReviewActionItemsSection } from './action-items.section';
import { ReviewFindingsSection } from './findings.section';
import { ProcessReviewStore } from './process-review.store';
import { ReviewSnapshotSection } from './snapshot.section';

/** One process review: its frozen snapshot, findings, action items and the draft revision it led to. */
@Component({
  selector: 'ladder-process-review-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ReviewSnapshotSection,
    ReviewFindingsSection,
    ReviewActionItemsSection,
  ],
  providers: [ProcessReviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.loading() && !store.review()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the review" />
    }
    @if (store.review(); as review) {
      <ladder-page-header
        [heading]="review.title"
        [subtitle]="review.from + ' to ' + review.to + (review.status === 'closed' ? ' · closed' : '')"
      >
        <a mat-stroked-button routerLink="/reviews">All reviews</a>
        @if (review.draftProcedure; as draft) {
          <a mat-stroked-button [routerLink]="['/procedure', draft.id]"
            >Draft revision: version {{ draft.version }} ({{ draft.status }})</a
          >
        } @else if (store.canDraft()) {
          <button mat-stroked-button type="button" (click)="startDraft()" [disabled]="store.busy()">
            Start a draft revision
          </button>
        }
        @if (store.canWrite() && review.status === 'open') {
          <button mat-flat-button type="button" (click)="store.close()" [disabled]="store.busy()">Close review</button>
        }
      </ladder-page-header>
      <p class="note">
        Covers procedure
        @for (version of review.procedureVersions; track version.id; let last = $last) {
          <a [routerLink]="['/procedure', version.id]">version {{ version.version }}</a
          >{{ last ? '' : ', ' }}
        }
        · created by {{ review.createdByName }}, {{ review.createdAt | date: 'medium' }}
        @if (review.closedAt) {
          · closed {{ review.closedAt | date: 'medium' }}
        }
      </p>
      <ladder-review-snapshot [snapshot]="review.snapshot" [period]="review" />
      <ladder-review-findings />
      <ladder-review-action-items />
    }
  `,
  styleUrl: '../shared/review-page.scss',
})
export class ProcessReviewPage {
  protected readonly store = inject(ProcessReviewStore);
  private readonly router = inject(Router);
  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  constructor() {
    effect(() => void this.store.load(this.id()));
  }

  protected async startDraft(): Promise<void> {
    const id = await this.store.startDraft();
    if (id) await this.router.navigate(['/procedure', id, 'edit']);
  }
}
