import { ChangeDetectionStrategy, Component, ElementRef, inject, input, model } from '@angular/core';
import type { RatingQuestion, SurveyQuestion } from '@ladder/contracts';
import { RATINGS, remainingNotice, type AnswerDraft, type AnswerErrors } from './survey-answers';

/**
 * The questions of a survey as a stakeholder sees them: one fieldset per question, real radio inputs, live counts.
 * Used by the public page and by the template editor's preview, so both look the same.
 */
@Component({
  selector: 'ladder-survey-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-form.component.html',
  styleUrl: './survey-form.component.scss',
})
export class SurveyFormComponent {
  readonly questions = input.required<readonly SurveyQuestion[]>();
  readonly answers = model<AnswerDraft>({});
  /** Question key -> message shown under that question. */
  readonly errors = input<AnswerErrors>({});
  /** Keeps ids and radio groups apart when two forms share a page. */
  readonly idPrefix = input('survey');

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly ratings = RATINGS;
  protected readonly remainingNotice = remainingNotice;

  /** Moves focus into the first question with an error, so its message is read out with it. */
  focusFirstError(): void {
    this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  protected id(index: number, part: string): string {
    return `${this.idPrefix()}-q${index}-${part}`;
  }

  /** "1, Very poor" ... "5, Excellent": the ends carry their words for screen readers. */
  protected ratingName(q: RatingQuestion, n: number): string {
    if (n === 1) return `1, ${q.lowLabel}`;
    return n === 5 ? `5, ${q.highLabel}` : String(n);
  }

  protected errorOf(key: string): string {
    return this.errors()[key] ?? '';
  }

  protected describedBy(index: number, key: string, ...parts: string[]): string | null {
    const ids = parts.map((part) => this.id(index, part));
    if (this.errorOf(key)) ids.push(this.id(index, 'error'));
    return ids.length ? ids.join(' ') : null;
  }

  protected text(key: string): string {
    const value = this.answers()[key];
    return typeof value === 'string' ? value : '';
  }

  protected set(key: string, value: number | string | null): void {
    this.answers.update((answers) => ({ ...answers, [key]: value }));
  }

  protected typed(key: string, event: Event): void {
    this.set(key, (event.target as HTMLTextAreaElement).value);
  }
}
