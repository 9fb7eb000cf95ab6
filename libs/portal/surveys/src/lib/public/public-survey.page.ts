import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { SubmitFeedback } from '@ladder/contracts';
import { escalationNumber, PublicPageComponent } from '@ladder/portal/ui';
import { FeedbackFormComponent } from '../feedback/feedback-form.component';
import { answerErrors, type AnswerDraft, type AnswerErrors } from '../form/survey-answers';
import { SurveyFormComponent } from '../form/survey-form.component';
import { CLOSED_PAGES } from './public-survey-view';
import { PublicSurveyStore } from './public-survey.store';

/** The page a stakeholder's survey email links to: no sign-in, one submission, a clear page for every other case. */
@Component({
  selector: 'ladder-public-survey-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatProgressBarModule,
    PublicPageComponent,
    RouterLink,
    FeedbackFormComponent,
    SurveyFormComponent,
  ],
  providers: [PublicSurveyStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-survey.page.html',
  styleUrl: './public-survey.page.scss',
})
export class PublicSurveyPage {
  /** Route parameter, bound by the router. */
  readonly token = input.required<string>();
  protected readonly store = inject(PublicSurveyStore);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly surveyForm = viewChild(SurveyFormComponent);

  /** Kept across failed attempts: nothing typed is lost. */
  protected readonly answers = signal<AnswerDraft>({});
  protected readonly errors = signal<AnswerErrors>({});
  protected readonly formMessage = signal('');
  protected readonly suggestion = signal<{ sending: boolean; error: string | null; sent: boolean }>({
    sending: false,
    error: null,
    sent: false,
  });

  protected readonly closedPages = CLOSED_PAGES;
  protected readonly escalationNumber = escalationNumber;
  /** Newest first, as on the status page. */
  protected readonly updates = computed(() => {
    const view = this.store.view();
    const updates = view.kind === 'open' ? view.survey.escalation.updates : [];
    return [...updates].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.store.load(token));
    });
    effect(() => {
      const view = this.store.view();
      if (view.kind === 'open')
        this.title.setTitle(`${escalationNumber(view.survey.escalation.number)} survey · Ladder`);
      // A new outcome (thanks, closed, failed) is announced by moving focus to its heading.
      if (view.kind !== 'open' && view.kind !== 'loading')
        this.afterRender(() => this.heading()?.nativeElement.focus());
    });
  }

  protected retry(): void {
    void this.store.load(this.token());
  }

  protected async send(): Promise<void> {
    const view = this.store.view();
    if (view.kind !== 'open') return;
    const errors = answerErrors(view.survey.questions, this.answers());
    if (Object.keys(errors).length > 0) return this.showErrors(errors, this.missingMessage(Object.keys(errors).length));
    this.errors.set({});
    this.formMessage.set('');
    const outcome = await this.store.send(this.token(), this.answers());
    if (!outcome.sent) this.showErrors(outcome.errors, outcome.errors['form'] ?? outcome.message);
  }

  protected async suggest(feedback: SubmitFeedback): Promise<void> {
    this.suggestion.set({ sending: true, error: null, sent: false });
    const error = await this.store.suggest(this.token(), feedback);
    this.suggestion.set({ sending: false, error, sent: error === null });
  }

  private missingMessage(count: number): string {
    return count === 1 ? '1 question needs your attention.' : `${count} questions need your attention.`;
  }

  private showErrors(errors: AnswerErrors, message: string): void {
    this.errors.set(errors);
    this.formMessage.set(message);
    this.afterRender(() => this.surveyForm()?.focusFirstError());
  }

  private afterRender(run: () => void): void {
    afterNextRender(run, { injector: this.injector });
  }
}
