import { inject, Injectable, signal } from '@angular/core';
import type { SubmitFeedback } from '@ladder/contracts';
import { toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { answersPayload, serverAnswerErrors, type AnswerDraft, type AnswerErrors } from '../form/survey-answers';
import { PublicSurveyApi } from './public-survey.api';
import { submitFailureMessage, viewOfLoadError, viewOfSurvey, type SurveyView } from './public-survey-view';

export type SendOutcome = { sent: true } | { sent: false; errors: AnswerErrors; message: string };

/**
 * What the public survey page shows. Failures stay on the page (no snack bar): a stakeholder has nowhere else to go.
 * The answers being typed live in the page, so nothing here can lose them.
 */
@Injectable()
export class PublicSurveyStore {
  private readonly api = inject(PublicSurveyApi);
  private readonly state = signal<SurveyView>({ kind: 'loading' });

  readonly view = this.state.asReadonly();
  readonly sending = signal(false);

  async load(token: string): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      this.state.set(viewOfSurvey(await firstValueFrom(this.api.get(token))));
    } catch (error) {
      this.state.set(viewOfLoadError(toApiError(error)));
    }
  }

  async send(token: string, draft: AnswerDraft): Promise<SendOutcome> {
    const view = this.state();
    if (view.kind !== 'open' || this.sending()) return { sent: false, errors: {}, message: '' };
    const questions = view.survey.questions;
    this.sending.set(true);
    try {
      await firstValueFrom(this.api.respond(token, answersPayload(questions, draft)));
      this.state.set({ kind: 'thanked' });
      return { sent: true };
    } catch (error) {
      const apiError = toApiError(error);
      // Answered elsewhere, expired or withdrawn meanwhile: the link's own page says which.
      if (apiError.code === 'survey_closed') await this.load(token);
      return {
        sent: false,
        errors: serverAnswerErrors(questions, apiError.fieldErrors),
        message: submitFailureMessage(apiError),
      };
    } finally {
      this.sending.set(false);
    }
  }

  /** Resolves with an error message, or null when the suggestion was recorded. */
  async suggest(token: string, feedback: SubmitFeedback): Promise<string | null> {
    try {
      await firstValueFrom(this.api.suggest(token, feedback));
      return null;
    } catch (error) {
      return `Your suggestion could not be sent. ${toApiError(error).message}`;
    }
  }
}
