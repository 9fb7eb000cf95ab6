import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { SubmitFeedback } from '@ladder/contracts';
import { SessionStore, toApiError } from '@ladder/portal/core';
import { PageHeaderComponent } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { FeedbackFormComponent } from './feedback-form.component';
import { FeedbackApi } from './feedback.api';

/** Any colleague's suggestion about the escalation process, for the process owners to review. */
@Component({
  selector: 'ladder-feedback-page',
  imports: [MatButtonModule, MatCardModule, RouterLink, FeedbackFormComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header heading="Suggest an improvement" subtitle="Ideas about the escalation process itself">
      @if (canReadReviews()) {
        <a mat-stroked-button routerLink="/surveys/feedback/review">Review suggestions</a>
      }
    </ladder-page-header>
    <mat-card appearance="outlined" class="card">
      <mat-card-content>
        <p class="intro">
          What slows escalations down, or what would help? The process owners read every suggestion and mark what they
          plan to do.
        </p>
        <div role="status">
          @if (sentCount()) {
            <p class="sent">Thank you, your suggestion has been sent. You can send another below.</p>
          }
        </div>
        <ladder-feedback-form [sending]="sending()" [error]="error()" (send)="send($event)" />
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      max-width: 720px;
    }
    .intro {
      margin-top: 0;
    }
    .sent {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class FeedbackPage {
  private readonly api = inject(FeedbackApi);
  private readonly session = inject(SessionStore);
  private readonly formComponent = viewChild.required(FeedbackFormComponent);

  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentCount = signal(0);
  protected readonly canReadReviews = computed(() => this.session.hasRole(['process_owner', 'manager', 'admin']));

  protected async send(feedback: SubmitFeedback): Promise<void> {
    this.sending.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.submit(feedback));
      this.sentCount.update((n) => n + 1);
      this.formComponent().reset();
    } catch (error) {
      this.error.set(`Your suggestion could not be sent. ${toApiError(error).message}`);
    } finally {
      this.sending.set(false);
    }
  }
}
