import { computed, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { Calendar, CalendarRecord } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom, map } from 'rxjs';
import { AdminApi } from '../shared/admin.api';
import { formErrorsOf, type CalendarFormErrors } from './calendar-form';

export type SaveOutcome = { saved: true } | { saved: false; errors: CalendarFormErrors };

/** The calendars, which one is open (in the URL), and saving one with its version. */
@Injectable()
export class CalendarsStore {
  private readonly api = inject(AdminApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly selectedId = toSignal(this.route.queryParams.pipe(map((params) => params['calendar'] as unknown)));

  readonly calendars = signal<CalendarRecord[]>([]);
  readonly loading = signal(false);
  readonly saving = signal(false);
  readonly selected = computed(
    () => this.calendars().find((c) => c.id === this.selectedId()) ?? this.calendars()[0] ?? null,
  );

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.calendars.set(await firstValueFrom(this.api.calendars()));
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  select(id: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { calendar: id } });
  }

  /** A 400 comes back as errors for the fields; a stale version reloads, for the user to check and save again. */
  async save(record: CalendarRecord, definition: Calendar): Promise<SaveOutcome> {
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.updateCalendar(record.id, { definition, version: record.version }));
      this.calendars.update((all) => all.map((c) => (c.id === saved.id ? saved : c)));
      this.notifier.info(`Calendar ${saved.name} saved`);
      return { saved: true };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'validation_failed') {
        const errors = formErrorsOf(apiError.fieldErrors);
        return { saved: false, errors: Object.keys(errors).length ? errors : { form: apiError.message } };
      }
      if (apiError.code === 'stale_version') {
        await this.load();
        return {
          saved: false,
          errors: {
            form: 'Someone else changed this calendar meanwhile. It has been reloaded: check it, then save again.',
          },
        };
      }
      this.notifier.error(error);
      return { saved: false, errors: {} };
    } finally {
      this.saving.set(false);
    }
  }
}
