import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type ActionItem, type ActionItemStatus, ActionItemStatusSchema } from '@ladder/contracts';
import { actionItemView, STATUS_LABELS } from './review-words';

export interface StatusChange {
  item: ActionItem;
  status: ActionItemStatus;
}

/**
 * Action items with owner, due date, status and metric (baseline → target → measured, met / not met). Overdue rows
 * are highlighted. `showReview` adds a column linking each item's review.
 */
@Component({
  selector: 'ladder-action-items-table',
  imports: [RouterLink, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="plain">
      <thead>
        <tr>
          <th scope="col">Action item</th>
          @if (showReview()) {
            <th scope="col">Review</th>
          }
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">Metric</th>
          <th scope="col">Baseline → target → measured</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.item.id) {
          <tr [class.overdue]="row.view.overdue">
            <td>{{ row.item.title }}</td>
            @if (showReview()) {
              <td>
                <a [routerLink]="['/reviews', row.item.reviewId]">{{ row.item.reviewTitle }}</a>
              </td>
            }
            <td>{{ row.item.ownerName }}</td>
            <td>
              {{ row.item.dueDate }}
              @if (row.view.overdue) {
                <span class="chip overdue">Overdue</span>
              }
            </td>
            <td>
              @if (editable()) {
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>Status of {{ row.item.title }}</mat-label>
                  <mat-select
                    [value]="row.item.status"
                    (selectionChange)="statusChange.emit({ item: row.item, status: $event.value })"
                  >
                    @for (status of statuses; track status) {
                      <mat-option [value]="status">{{ statusLabels[status] }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
              } @else {
                {{ statusLabels[row.item.status] }}
              }
            </td>
            <td>{{ row.view.metric }}</td>
            <td>
              {{ row.view.baseline }} → {{ row.view.target }} → {{ row.view.measured }}
              @if (row.view.outcome; as outcome) {
                <span class="chip" [class]="'chip ' + outcome.tone">{{ outcome.label }}</span>
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './review-page.scss',
})
export class ActionItemsTableComponent {
  readonly items = input.required<readonly ActionItem[]>();
  readonly editable = input(false);
  readonly showReview = input(false);
  readonly statusChange = output<StatusChange>();

  protected readonly statuses = ActionItemStatusSchema.options;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly rows = computed(() => this.items().map((item) => ({ item, view: actionItemView(item) })));
}
