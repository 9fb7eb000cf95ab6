import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { toApiError } from '@ladder/portal/core';
import { PublicPageComponent } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { PublicSurveyApi } from './public-survey.api';
import { CLOSED_PAGES } from './public-survey-view';

type OptOutState = { kind: 'asking' } | { kind: 'working' } | { kind: 'done' } | { kind: 'failed'; message: string };

/** Confirms before opting out, so a link preview or a stray tap cannot stop someone's surveys. */
@Component({
  selector: 'ladder-opt-out-page',
  imports: [MatButtonModule, PublicPageComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-public-page brand="Ladder · your feedback">
      @let s = state();
      @if (s.kind === 'done') {
        <h1 #heading tabindex="-1">You will not receive more surveys</h1>
        <p>We have noted your choice. You will still get updates about escalations that concern you.</p>
      } @else {
        <h1>Stop receiving surveys?</h1>
        <p>
          After a resolved escalation we sometimes ask how it went. If you stop, we will not send you any more of these
          surveys, and this survey link will no longer take answers.
        </p>
        <div role="alert">
          @if (s.kind === 'failed') {
            <p class="failure">{{ s.message }}</p>
          }
        </div>
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="s.kind === 'working'" (click)="confirm()">
            Stop receiving surveys
          </button>
          <a mat-button [routerLink]="['/survey', token()]">Back to the survey</a>
        </div>
      }
    </ladder-public-page>
  `,
  styles: `
    .failure {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .actions > * {
      min-height: 48px;
    }
  `,
})
export class OptOutPage {
  /** Route parameter, bound by the router. */
  readonly token = input.required<string>();
  private readonly api = inject(PublicSurveyApi);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  protected readonly state = signal<OptOutState>({ kind: 'asking' });

  protected async confirm(): Promise<void> {
    this.state.set({ kind: 'working' });
    try {
      await firstValueFrom(this.api.optOut(this.token()));
      this.state.set({ kind: 'done' });
      afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      const apiError = toApiError(error);
      const message =
        apiError.code === 'not_found'
          ? CLOSED_PAGES['unknown-link'].body
          : apiError.code === 'rate_limited'
            ? CLOSED_PAGES['rate-limited'].body
            : `That did not work. ${apiError.message}`;
      this.state.set({ kind: 'failed', message });
    }
  }
}
