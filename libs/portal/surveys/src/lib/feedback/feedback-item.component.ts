import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Feedback, FeedbackStatus } from '@ladder/contracts';
import { escalationNumber } from '@ladder/portal/ui';
import { FEEDBACK_STATUSES, STATUS_LABEL, TOPIC_LABEL } from './feedback-labels';
import { FeedbackReviewStore } from './feedback-review.store';

/** One suggestion; process owners and admins set its status and a note, managers read them. */
@Component({
  selector: 'ladder-feedback-item',
  imports: [DatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-item.component.html',
  styleUrl: './feedback-item.component.scss',
})
export class FeedbackItemComponent {
  readonly item = input.required<Feedback>();
  readonly canReview = input(false);
  private readonly store = inject(FeedbackReviewStore);

  protected readonly status = signal<FeedbackStatus>('new');
  protected readonly note = signal('');
  /** Set once the user changes something; a reloaded item then leaves their values alone. */
  private readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal('');

  protected readonly statuses = FEEDBACK_STATUSES;
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly topicLabel = TOPIC_LABEL;
  protected readonly escalationNumber = escalationNumber;
  protected readonly headingId = computed(() => `feedback-${this.item().id}`);
  protected readonly author = computed(() => {
    const item = this.item();
    if (item.source === 'staff') return item.authorName ?? 'A colleague';
    return item.authorName ? `${item.authorName} (stakeholder)` : 'A stakeholder';
  });

  constructor() {
    effect(() => {
      const item = this.item();
      if (untracked(() => this.dirty())) return;
      this.status.set(item.status);
      this.note.set(item.reviewNote ?? '');
    });
  }

  protected setStatus(status: FeedbackStatus): void {
    this.dirty.set(true);
    this.status.set(status);
  }

  protected typed(event: Event): void {
    this.dirty.set(true);
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.message.set('');
    const note = this.note().trim();
    const outcome = await this.store.review(this.item(), { status: this.status(), reviewNote: note || null });
    this.saving.set(false);
    if (outcome.saved) this.dirty.set(false);
    else this.message.set(outcome.message);
  }
}
