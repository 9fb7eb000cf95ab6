import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { firstValueFrom, map } from 'rxjs';
import { ActionItemsTableComponent } from '../shared/action-items-table.component';
import { NewReviewDialog, type NewReviewData } from './new-review.dialog';
import { ProcessReviewsStore } from './process-reviews.store';

/** Process reviews with their open and overdue action items; a tab lists the overdue items of every review. */
@Component({
  selector: 'ladder-process-reviews-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    EmptyStateComponent,
    PageHeaderComponent,
    ActionItemsTableComponent,
  ],
  providers: [ProcessReviewsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header
      heading="Process reviews"
      subtitle="Frozen metrics of a period, findings and action items, and whether they helped"
    >
      <button mat-flat-button type="button" (click)="newReview()">New review</button>
    </ladder-page-header>
    @if (store.loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the reviews" />
    }
    <mat-tab-group [selectedIndex]="tab()" (selectedIndexChange)="showTab($event)">
      <mat-tab label="Reviews">
        @if (store.reviews().length) {
          <table class="plain">
            <thead>
              <tr>
                <th scope="col">Review</th>
                <th scope="col">Period</th>
                <th scope="col">Status</th>
                <th scope="col" class="number">Open action items</th>
                <th scope="col" class="number">Overdue</th>
              </tr>
            </thead>
            <tbody>
              @for (review of store.reviews(); track review.id) {
                <tr [class.overdue]="review.overdueActionItems > 0">
                  <td>
                    <a [routerLink]="['/reviews', review.id]">{{ review.title }}</a>
                  </td>
                  <td>{{ review.from }} to {{ review.to }}</td>
                  <td>{{ review.status === 'open' ? 'Open' : 'Closed' }}</td>
                  <td class="number">{{ review.openActionItems }}</td>
                  <td class="number">{{ review.overdueActionItems }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else if (!store.loading()) {
          <ladder-empty-state heading="No reviews yet"><p>Start one with "New review".</p></ladder-empty-state>
        }
      </mat-tab>
      <mat-tab [label]="overdueLabel()">
        @if (store.staleNotice()) {
          <p class="notice" role="alert">{{ store.staleNotice() }}</p>
        }
        @if (store.overdue().length) {
          <ladder-action-items-table
            [items]="store.overdue()"
            [editable]="true"
            [showReview]="true"
            (statusChange)="store.setStatus($event.item, $event.status)"
          />
        } @else if (!store.loading()) {
          <ladder-empty-state heading="No overdue action items" />
        }
      </mat-tab>
    </mat-tab-group>
  `,
  styleUrl: '../shared/review-page.scss',
})
export class ProcessReviewsPage {
  protected readonly store = inject(ProcessReviewsStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The tab lives in the URL (`?view=overdue`), so the overdue list can be linked to. */
  protected readonly tab = toSignal(
    this.route.queryParamMap.pipe(map((params) => (params.get('view') === 'overdue' ? 1 : 0))),
    {
      initialValue: 0,
    },
  );
  protected readonly overdueLabel = computed(() => `Overdue action items (${this.store.overdue().length})`);

  constructor() {
    void this.store.load();
  }

  protected showTab(index: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { view: index === 1 ? 'overdue' : null },
      replaceUrl: true,
    });
  }

  protected async newReview(): Promise<void> {
    const versions = await this.store.procedureVersions();
    const data: NewReviewData = { versions, now: new Date(), create: (body) => this.store.create(body) };
    const ref = this.dialog.open<NewReviewDialog, NewReviewData, string>(NewReviewDialog, { data });
    const id = await firstValueFrom(ref.afterClosed());
    if (id) await this.router.navigate(['/reviews', id]);
  }
}
