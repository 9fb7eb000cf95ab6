import { computed, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ProcedureVersionDetail } from '@ladder/contracts';
import { map, of, startWith, switchMap } from 'rxjs';
import { checkDraft, type PathErrors } from './form/draft-errors';
import { placeErrors } from './form/place-errors';
import { draftFromForm, procedureForm, type DraftCandidate, type ProcedureForm } from './form/procedure-form';

/**
 * The draft's form and what follows from it as the user types: the body it describes, the problems with it (the
 * schema's, and the API's until the user changes something), and whether anything is unsaved.
 * Create it in an injection context (a field of a component).
 */
export class DraftState {
  readonly form = signal<ProcedureForm | null>(null);
  /** The body as last loaded or saved. */
  private readonly baseline = signal('');
  private readonly refused = signal<{ candidate: DraftCandidate; errors: PathErrors } | null>(null);

  readonly value = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form
          ? form.valueChanges.pipe(
              startWith(null),
              map(() => form.getRawValue()),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );
  readonly candidate = computed(() => {
    const value = this.value();
    return value && draftFromForm(value);
  });
  readonly check = computed(() => {
    const candidate = this.candidate();
    return candidate && checkDraft(candidate);
  });
  readonly problems = computed(() => {
    const form = this.form();
    const check = this.check();
    const refused = this.refused();
    const fromServer = refused && refused.candidate === this.candidate() ? refused.errors : {};
    const fromSchema = check && !check.ok ? check.errors : {};
    return form ? placeErrors(form, { ...fromServer, ...fromSchema }) : { fields: {}, general: [] };
  });
  readonly unsaved = computed(() => {
    const candidate = this.candidate();
    return candidate !== null && JSON.stringify(candidate) !== this.baseline();
  });

  /** Fills the form from a saved version, dropping whatever it held. */
  fill(version: ProcedureVersionDetail): void {
    const form = procedureForm(version);
    this.form.set(form);
    this.baseline.set(JSON.stringify(draftFromForm(form.getRawValue())));
    this.refused.set(null);
  }

  /** The body `candidate` was saved; the user keeps editing the form as it is. */
  saved(candidate: DraftCandidate): void {
    this.baseline.set(JSON.stringify(candidate));
    this.refused.set(null);
  }

  /** The API refused `candidate`: its messages show at their fields until the user changes something. */
  refuse(candidate: DraftCandidate, errors: PathErrors): void {
    this.refused.set({ candidate, errors });
  }
}
