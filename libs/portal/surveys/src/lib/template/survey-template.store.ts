import { computed, inject, Injectable, signal } from '@angular/core';
import type { SurveyTemplate } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { SurveysApi } from '../shared/surveys.api';
import { withoutPrefix, type PathErrors } from '../shared/schema-errors';
import type { TemplateDraft } from './template-draft';

export type TemplateSaveOutcome =
  { saved: true; template: SurveyTemplate } | { saved: false; errors: PathErrors } | { saved: false; stale: true };

/** The template versions (newest first) and saving a draft as the next version. */
@Injectable()
export class SurveyTemplateStore {
  private readonly api = inject(SurveysApi);
  private readonly notifier = inject(Notifier);

  readonly versions = signal<SurveyTemplate[]>([]);
  readonly current = computed(() => this.versions()[0] ?? null);
  readonly loading = signal(false);
  readonly saving = signal(false);

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      const { items } = await firstValueFrom(this.api.templates());
      this.versions.set([...items].sort((a, b) => b.version - a.version));
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  /** A stale version reloads the list, so the page can show what was saved meanwhile; the draft is the page's. */
  async save(basedOnVersion: number, definition: TemplateDraft): Promise<TemplateSaveOutcome> {
    this.saving.set(true);
    try {
      const template = await firstValueFrom(this.api.saveTemplate({ basedOnVersion, definition }));
      this.versions.update((all) => [template, ...all.filter((t) => t.version !== template.version)]);
      this.notifier.info(`Survey template version ${template.version} saved`);
      return { saved: true, template };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'stale_version') {
        await this.load();
        return { saved: false, stale: true };
      }
      if (apiError.code === 'validation_failed') {
        const errors = withoutPrefix(apiError.fieldErrors, 'definition');
        return { saved: false, errors: Object.keys(errors).length ? errors : { '': apiError.message } };
      }
      this.notifier.error(error);
      return { saved: false, errors: {} };
    } finally {
      this.saving.set(false);
    }
  }
}
