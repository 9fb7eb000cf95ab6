import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { REVIEW_METRICS, type ReviewMetric } from '@ladder/contracts';
import { type FieldErrors, ReferenceStore } from '@ladder/portal/core';
import { ActionItemsTableComponent } from '../shared/action-items-table.component';
import { isRateMetric, METRIC_LABELS, targetToApi } from '../shared/review-words';
import { ProcessReviewStore } from './process-review.store';

const TIME_AT_LEVEL: ReviewMetric = 'time-at-level-p90-hours';

/** The review's action items; their status changes while the review is open or closed; new ones on an open review. */
@Component({
  selector: 'ladder-review-action-items',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ActionItemsTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="action-items-heading">
      <h2 id="action-items-heading">Action items</h2>
      <p class="note">
        Once an item's due date has passed, its metric is measured again over as many days as the review's period,
        ending on the due date (never before the period ends), and marked met or not met.
      </p>
      @if (store.staleNotice(); as notice) {
        <p class="notice" role="alert">{{ notice.message }}</p>
      }
      @if (items().length) {
        <ladder-action-items-table
          [items]="items()"
          [editable]="store.canWrite()"
          (statusChange)="store.setStatus($event.item, $event.status)"
        />
      } @else {
        <p>No action items yet.</p>
      }

      @if (store.canWrite() && store.isOpen()) {
        <h3>Add an action item</h3>
        <form class="form" [formGroup]="form" (ngSubmit)="add()">
          <mat-form-field class="wide">
            <mat-label>Action item</mat-label>
            <input matInput formControlName="title" maxlength="300" required />
            <mat-error>Name the action</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Owner</mat-label>
            <mat-select formControlName="ownerId" required>
              @for (user of owners(); track user.id) {
                <mat-option [value]="user.id">{{ user.name }}</mat-option>
              }
            </mat-select>
            <mat-error>Choose an owner</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Due date</mat-label>
            <input matInput type="date" formControlName="dueDate" required />
            @if (errors()['dueDate']; as error) {
              <mat-hint class="notice">{{ error }}</mat-hint>
            }
            <mat-error>Give a due date</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Metric to move</mat-label>
            <mat-select formControlName="metric">
              @for (metric of metrics; track metric) {
                <mat-option [value]="metric">{{ metricLabels[metric] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (metric() === timeAtLevel) {
            <mat-form-field>
              <mat-label>Level</mat-label>
              <input matInput type="number" min="1" max="20" formControlName="level" />
            </mat-form-field>
          }
          <mat-form-field>
            <mat-label>Target{{ rate() ? ' (%)' : '' }}</mat-label>
            <input matInput type="number" formControlName="target" required />
            <mat-hint>The baseline is read off the snapshot</mat-hint>
            <mat-error>Give a target</mat-error>
          </mat-form-field>
          @if (message()) {
            <p class="notice wide" role="alert">{{ message() }}</p>
          }
          <div class="wide">
            <button mat-flat-button type="submit" [disabled]="store.busy()">Add action item</button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: '../shared/review-page.scss',
})
export class ReviewActionItemsSection {
  protected readonly store = inject(ProcessReviewStore);
  private readonly reference = inject(ReferenceStore);
  protected readonly metrics = REVIEW_METRICS;
  protected readonly metricLabels = METRIC_LABELS;
  protected readonly timeAtLevel = TIME_AT_LEVEL;
  protected readonly errors = signal<FieldErrors>({});
  protected readonly message = signal('');

  protected readonly items = computed(() => this.store.review()?.actionItems ?? []);
  /** Anyone may own an action item, an agent who leads a team too. */
  protected readonly owners = this.reference.users;

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    ownerId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    dueDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    metric: new FormControl<ReviewMetric>('mttr-hours', { nonNullable: true }),
    level: new FormControl<number | null>(null),
    target: new FormControl<number | null>(null, { validators: [Validators.required] }),
  });
  protected readonly metric = toSignal(this.form.controls.metric.valueChanges, {
    initialValue: this.form.controls.metric.value,
  });
  protected readonly rate = computed(() => isRateMetric(this.metric()));

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected async add(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { title, ownerId, dueDate, metric, level, target } = this.form.getRawValue();
    const outcome = await this.store.addActionItem({
      title: title.trim(),
      ownerId,
      dueDate,
      metric,
      level: metric === TIME_AT_LEVEL ? level : null,
      target: targetToApi(metric, target ?? 0),
    });
    if (outcome.saved) {
      this.form.reset();
      this.errors.set({});
      this.message.set('');
    } else {
      this.errors.set(outcome.fieldErrors);
      this.message.set(outcome.message);
    }
  }
}
