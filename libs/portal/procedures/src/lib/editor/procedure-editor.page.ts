import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ProcedureVersionDetail } from '@ladder/contracts';
import { PageHeaderComponent } from '@ladder/portal/ui';
import { STATUS_LABELS } from '../shared/procedure-words';
import { editorOptions } from './editor-options';
import { EDITOR_SECTIONS, problemCounts, type EditorSection } from './editor-sections';
import { DraftState } from './draft-state';
import { ProblemDirective } from './problem.directive';
import { ProcedureEditorStore } from './procedure-editor.store';
import { BudgetGridComponent } from './sections/budget-grid.component';
import { LevelsSectionComponent } from './sections/levels-section.component';
import { SeverityMatrixComponent } from './sections/matrix.component';
import { RoutesComponent } from './sections/routes.component';
import { RulesComponent } from './sections/rules.component';
import { ScenariosComponent } from './sections/scenarios.component';
import { SeverityTargetsComponent } from './sections/severity-targets.component';
import { TextListComponent } from './sections/text-list.component';
import type { LeavableEditor } from './unsaved-changes.guard';

/** The draft editor of one procedure version: the whole definition in sections, checked as the user types. */
@Component({
  selector: 'ladder-procedure-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ProblemDirective,
    BudgetGridComponent,
    LevelsSectionComponent,
    RoutesComponent,
    RulesComponent,
    ScenariosComponent,
    SeverityMatrixComponent,
    SeverityTargetsComponent,
    TextListComponent,
  ],
  providers: [ProcedureEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-editor.page.html',
  styleUrl: './procedure-editor.page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class ProcedureEditorPage implements LeavableEditor {
  readonly id = input.required<string>();
  protected readonly store = inject(ProcedureEditorStore);
  protected readonly statusLabels = STATUS_LABELS;

  protected readonly draft = new DraftState();
  /** What someone else saved while this user was editing: the notice offers to load it or to save over it. */
  protected readonly conflict = signal<ProcedureVersionDetail | null>(null);
  protected readonly message = signal('');
  protected readonly justSaved = signal(false);
  protected readonly sectionProblems = computed(() => problemCounts(this.draft.problems().fields));
  /** The open panels: the budgets at first; a refused save also opens those with problems. */
  protected readonly opened = signal<ReadonlySet<EditorSection>>(new Set(['budgets']));
  protected readonly options = computed(() => {
    const value = this.draft.value();
    return value && editorOptions(value, this.store.teams(), this.store.calendars());
  });

  constructor() {
    effect(() => {
      const id = this.id();
      void untracked(() => this.store.load(id));
    });
    // Each load fills the form; saves keep it as the user has it.
    effect(() => {
      const version = this.store.loaded();
      if (version) untracked(() => this.start(version));
    });
  }

  /** Replaces what the form holds with a saved version (after a conflict: the other person's). */
  private start(version: ProcedureVersionDetail): void {
    this.draft.fill(version);
    this.conflict.set(null);
    this.message.set('');
    this.justSaved.set(false);
  }

  /** Saves on top of the loaded version, or after a conflict on top of the other person's save. */
  protected async save(onto: ProcedureVersionDetail | null = this.store.version()): Promise<void> {
    const candidate = this.draft.candidate();
    const check = this.draft.check();
    if (!candidate || !check || !onto) return;
    this.justSaved.set(false);
    if (!check.ok) {
      const count = Object.keys(check.errors).length;
      this.message.set(
        count === 1 ? 'Fix the problem marked below first.' : `Fix the ${count} problems marked below first.`,
      );
      this.openProblems();
      return;
    }
    this.message.set('');
    const outcome = await this.store.save(onto.id, { ...check.draft, rowVersion: onto.rowVersion });
    if (outcome.saved) {
      this.draft.saved(candidate);
      this.conflict.set(null);
      this.justSaved.set(true);
    } else if ('latest' in outcome) {
      this.conflict.set(outcome.latest);
    } else if (Object.keys(outcome.errors).length) {
      this.draft.refuse(candidate, outcome.errors);
      this.message.set('The server did not accept the draft: see the marked fields.');
      this.openProblems();
    }
  }

  protected toggle(section: EditorSection, open: boolean): void {
    this.opened.update((opened) => {
      const next = new Set(opened);
      if (open) next.add(section);
      else next.delete(section);
      return next;
    });
  }

  private openProblems(): void {
    const counts = this.sectionProblems();
    this.opened.update((opened) => new Set([...opened, ...EDITOR_SECTIONS.filter((s) => counts[s] > 0)]));
  }

  canLeave(): boolean {
    return !this.draft.unsaved();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.draft.unsaved()) event.preventDefault();
  }
}
