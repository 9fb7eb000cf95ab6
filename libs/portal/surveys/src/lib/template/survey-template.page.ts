import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { SurveyTemplate } from '@ladder/contracts';
import { PageHeaderComponent } from '@ladder/portal/ui';
import type { AnswerDraft } from '../form/survey-answers';
import { SurveyFormComponent } from '../form/survey-form.component';
import { ConflictNoticeComponent } from '../shared/conflict-notice.component';
import type { PathErrors } from '../shared/schema-errors';
import { SurveyAdminTabsComponent } from '../shared/survey-admin-tabs.component';
import { QuestionEditorComponent, type DraftEdit } from './question-editor.component';
import { SurveyTemplateStore } from './survey-template.store';
import { addQuestion, setCsatQuestion, type QuestionKind, type TemplateDraft } from './template-draft';
import { templateErrors, templateWideErrors } from './template-errors';

/** The survey's questions: edit a draft of the current version, preview it, save it as the next version. */
@Component({
  selector: 'ladder-survey-template-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ConflictNoticeComponent,
    QuestionEditorComponent,
    SurveyAdminTabsComponent,
    SurveyFormComponent,
  ],
  providers: [SurveyTemplateStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-template.page.html',
  styleUrl: './survey-template.page.scss',
})
export class SurveyTemplatePage {
  protected readonly store = inject(SurveyTemplateStore);

  protected readonly draft = signal<TemplateDraft | null>(null);
  /** The version the draft started from; saving makes the one after it. */
  protected readonly basedOn = signal<SurveyTemplate | null>(null);
  protected readonly previewAnswers = signal<AnswerDraft>({});
  private readonly serverErrors = signal<PathErrors>({});
  protected readonly message = signal('');

  protected readonly errors = computed<PathErrors>(() => {
    const draft = this.draft();
    return draft ? { ...this.serverErrors(), ...templateErrors(draft) } : {};
  });
  protected readonly wideErrors = computed(() => templateWideErrors(this.errors()));
  protected readonly ratings = computed(() => this.draft()?.questions.filter((q) => q.kind === 'rating') ?? []);
  /** A version saved by someone else since the draft started. */
  protected readonly newer = computed(() => {
    const current = this.store.current();
    const basedOn = this.basedOn();
    return current && basedOn && current.version > basedOn.version ? current : null;
  });
  protected readonly kinds: readonly QuestionKind[] = ['rating', 'choice', 'text'];

  constructor() {
    void this.store.load();
    // The first load fills the draft; later loads (after a conflict) leave the user's draft alone.
    effect(() => {
      const current = this.store.current();
      if (current && untracked(() => this.draft() === null)) this.start(current);
    });
  }

  protected apply(edit: DraftEdit): void {
    this.serverErrors.set({});
    this.message.set('');
    this.draft.update((draft) => (draft ? edit(draft) : draft));
  }

  protected add(kind: QuestionKind): void {
    this.apply((draft) => addQuestion(draft, kind));
  }

  protected chooseCsat(key: string): void {
    this.apply((draft) => setCsatQuestion(draft, key));
  }

  /** Replaces the draft with a saved version (the newer one after a conflict). */
  protected start(template: SurveyTemplate): void {
    this.draft.set(template.definition);
    this.basedOn.set(template);
    this.serverErrors.set({});
    this.message.set('');
  }

  /** Saves on top of `basedOn`; after a conflict the user may choose to base the draft on the newer version. */
  protected async save(on: SurveyTemplate | null = this.basedOn()): Promise<void> {
    const draft = this.draft();
    if (!draft || !on) return;
    const count = Object.keys(this.errors()).length;
    if (count > 0) {
      this.message.set(
        count === 1 ? 'Fix the problem marked below first.' : `Fix the ${count} problems marked below first.`,
      );
      return;
    }
    const outcome = await this.store.save(on.version, draft);
    if (outcome.saved) {
      this.start(outcome.template);
    } else if ('errors' in outcome) {
      this.serverErrors.set(outcome.errors);
      if (Object.keys(outcome.errors).length) this.message.set('The server did not accept the template: see below.');
    }
  }

  protected trackVersion(template: SurveyTemplate): number {
    return template.version;
  }
}
