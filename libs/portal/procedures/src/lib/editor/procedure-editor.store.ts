import { inject, Injectable, signal } from '@angular/core';
import type { ProcedureVersionDetail, UpdateProcedureDraft } from '@ladder/contracts';
import { Notifier, ReferenceStore, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';
import { CalendarsApi } from './calendars.api';
import type { PathErrors } from './form/draft-errors';
import { serverErrors } from './form/server-errors';

export type EditorSaveOutcome =
  | { saved: true; version: ProcedureVersionDetail }
  | { saved: false; errors: PathErrors }
  /** Someone else saved the draft meanwhile; `latest` is what they saved. */
  | { saved: false; latest: ProcedureVersionDetail };

/** The version being edited, the calendars and teams its fields offer, and saving it with its rowVersion. */
@Injectable()
export class ProcedureEditorStore {
  private readonly api = inject(ProceduresApi);
  private readonly calendarsApi = inject(CalendarsApi);
  private readonly notifier = inject(Notifier);
  private readonly reference = inject(ReferenceStore);

  /** The version as last loaded or saved: its rowVersion goes with the next save. */
  readonly version = signal<ProcedureVersionDetail | null>(null);
  /** What the form was last filled from; saving does not change it, the user keeps editing what they have. */
  readonly loaded = signal<ProcedureVersionDetail | null>(null);
  readonly calendars = signal<string[]>([]);
  readonly teams = this.reference.teams;
  readonly loading = signal(false);
  readonly saving = signal(false);

  async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const [version, calendars] = await Promise.all([
        firstValueFrom(this.api.get(id)),
        firstValueFrom(this.calendarsApi.list()),
        this.reference.ensureLoaded(),
      ]);
      this.calendars.set(calendars.map((c) => c.name));
      this.adopt(version);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  /** Fills the form from `version` (e.g. the one someone else saved) and saves on top of it from now on. */
  adopt(version: ProcedureVersionDetail): void {
    this.version.set(version);
    this.loaded.set(version);
  }

  /** A 400 comes back as field errors; a 409 fetches what the other person saved, for the page to offer. */
  async save(id: string, body: UpdateProcedureDraft): Promise<EditorSaveOutcome> {
    this.saving.set(true);
    try {
      const version = await firstValueFrom(this.api.update(id, body));
      this.version.set(version);
      this.notifier.info(`Draft v${version.version} saved`);
      return { saved: true, version };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'stale_version') return this.latest(id);
      if (apiError.code === 'validation_failed') return { saved: false, errors: serverErrors(apiError) };
      this.notifier.error(error);
      return { saved: false, errors: {} };
    } finally {
      this.saving.set(false);
    }
  }

  private async latest(id: string): Promise<EditorSaveOutcome> {
    try {
      return { saved: false, latest: await firstValueFrom(this.api.get(id)) };
    } catch (error) {
      this.notifier.error(error);
      return { saved: false, errors: { '': 'Someone else saved this draft meanwhile; reload the page to see it.' } };
    }
  }
}
