import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { Severity, SurveySettings } from '@ladder/contracts';
import { ReferenceStore } from '@ladder/portal/core';
import { PageHeaderComponent } from '@ladder/portal/ui';
import { ConflictNoticeComponent } from '../shared/conflict-notice.component';
import { FieldErrorDirective } from '../shared/field-error.directive';
import type { PathErrors } from '../shared/schema-errors';
import { SurveyAdminTabsComponent } from '../shared/survey-admin-tabs.component';
import { fromSettingsForm, SEVERITIES, settingsFormErrors, toSettingsForm, type SettingsForm } from './settings-form';
import { SurveySettingsStore } from './survey-settings.store';

type NumberField = 'delayMinutes' | 'expiryDays' | 'reminderAfterDays';

/** When and to whom surveys go out, with optimistic locking on save. */
@Component({
  selector: 'ladder-survey-settings-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    PageHeaderComponent,
    ConflictNoticeComponent,
    SurveyAdminTabsComponent,
    FieldErrorDirective,
  ],
  providers: [SurveySettingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-settings.page.html',
  styleUrl: './survey-settings.page.scss',
})
export class SurveySettingsPage {
  protected readonly store = inject(SurveySettingsStore);
  private readonly reference = inject(ReferenceStore);

  protected readonly form = signal<SettingsForm | null>(null);
  /** The version the form started from. */
  private readonly version = signal(1);
  /** Saved by someone else after the form started. */
  protected readonly newer = signal<SurveySettings | null>(null);
  private readonly attempted = signal(false);
  private readonly serverErrors = signal<PathErrors>({});
  protected readonly message = signal('');

  protected readonly errors = computed<PathErrors>(() => {
    const form = this.form();
    if (!form || !this.attempted()) return {};
    const checked = fromSettingsForm(form, this.version());
    return { ...this.serverErrors(), ...(checked.ok ? {} : checked.errors) };
  });
  protected readonly severities = SEVERITIES;
  protected readonly thresholds = [1, 2, 3, 4];
  protected readonly categories = computed(() => this.reference.procedure()?.definition.categories ?? []);

  constructor() {
    void this.reference.ensureLoaded();
    void this.store.load().then((settings) => settings && this.start(settings));
  }

  protected start(settings: SurveySettings): void {
    this.form.set(toSettingsForm(settings));
    this.version.set(settings.version);
    this.newer.set(null);
    this.attempted.set(false);
    this.serverErrors.set({});
    this.message.set('');
  }

  protected errorOf(path: string): string {
    return this.errors()[path] ?? '';
  }

  private edit(change: (form: SettingsForm) => SettingsForm): void {
    this.serverErrors.set({});
    this.form.update((form) => (form ? change(form) : form));
  }

  protected numberOf(event: Event): number {
    return (event.target as HTMLInputElement).valueAsNumber;
  }

  protected setNumber(field: NumberField, event: Event): void {
    const value = this.numberOf(event);
    this.edit((form) => ({ ...form, [field]: value }));
  }

  protected setSeverity(severity: Severity, event: Event): void {
    const value = this.numberOf(event);
    this.edit((form) => ({ ...form, severityPercent: { ...form.severityPercent, [severity]: value } }));
  }

  protected setRow(index: number, change: Partial<SettingsForm['categoryRows'][number]>): void {
    this.edit((form) => ({
      ...form,
      categoryRows: form.categoryRows.map((row, i) => (i === index ? { ...row, ...change } : row)),
    }));
  }

  protected addRow(): void {
    this.edit((form) => ({ ...form, categoryRows: [...form.categoryRows, { category: '', percent: 100 }] }));
  }

  protected removeRow(index: number): void {
    this.edit((form) => ({ ...form, categoryRows: form.categoryRows.filter((_, i) => i !== index) }));
  }

  protected setAnonymous(anonymous: boolean): void {
    this.edit((form) => ({ ...form, anonymous }));
  }

  protected setThreshold(lowScoreThreshold: number): void {
    this.edit((form) => ({ ...form, lowScoreThreshold }));
  }

  /** Categories offered for a row: the procedure's, plus the row's own if the procedure no longer lists it. */
  protected categoryChoices(current: string): string[] {
    const all = this.categories();
    return current && !all.includes(current) ? [current, ...all] : all;
  }

  /** Saves on top of the version the form started from, or on the newer one when the user chose to keep theirs. */
  protected async save(on = this.version()): Promise<void> {
    const form = this.form();
    if (!form) return;
    this.attempted.set(true);
    this.message.set('');
    const checked = fromSettingsForm(form, on);
    if (!checked.ok) {
      this.message.set('Some values need a change: see the fields marked below.');
      return;
    }
    const outcome = await this.store.save(checked.data);
    if (outcome.saved) this.start(outcome.settings);
    else if ('stale' in outcome) this.newer.set(outcome.stale);
    else {
      this.serverErrors.set(settingsFormErrors(form, outcome.errors));
      const general = this.serverErrors()[''];
      if (general || Object.keys(outcome.errors).length)
        this.message.set(general ?? 'The server did not accept some values: see below.');
    }
  }
}
