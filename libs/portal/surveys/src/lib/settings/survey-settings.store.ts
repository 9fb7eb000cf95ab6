import { inject, Injectable, signal } from '@angular/core';
import type { SurveySettings } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import type { PathErrors } from '../shared/schema-errors';
import { SurveysApi } from '../shared/surveys.api';

export type SettingsSaveOutcome =
  | { saved: true; settings: SurveySettings }
  | { saved: false; errors: PathErrors }
  | { saved: false; stale: SurveySettings | null };

/** The sending settings and saving them with their version. */
@Injectable()
export class SurveySettingsStore {
  private readonly api = inject(SurveysApi);
  private readonly notifier = inject(Notifier);

  readonly settings = signal<SurveySettings | null>(null);
  readonly loading = signal(false);
  readonly saving = signal(false);

  async load(): Promise<SurveySettings | null> {
    this.loading.set(true);
    try {
      const settings = await firstValueFrom(this.api.settings());
      this.settings.set(settings);
      return settings;
    } catch (error) {
      this.notifier.error(error);
      return null;
    } finally {
      this.loading.set(false);
    }
  }

  /** A stale version fetches what was saved meanwhile and hands it back; the form keeps the user's values. */
  async save(settings: SurveySettings): Promise<SettingsSaveOutcome> {
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.saveSettings(settings));
      this.settings.set(saved);
      this.notifier.info('Survey settings saved');
      return { saved: true, settings: saved };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'stale_version') return { saved: false, stale: await this.load() };
      if (apiError.code === 'validation_failed') {
        const errors = apiError.fieldErrors;
        return { saved: false, errors: Object.keys(errors).length ? errors : { '': apiError.message } };
      }
      this.notifier.error(error);
      return { saved: false, errors: {} };
    } finally {
      this.saving.set(false);
    }
  }
}
