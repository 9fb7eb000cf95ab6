import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { WEEKDAYS, type CalendarRecord, type Weekday } from '@ladder/contracts';
import {
  fromCalendarForm,
  toCalendarForm,
  WEEKDAY_LABEL,
  type CalendarForm,
  type CalendarFormErrors,
} from './calendar-form';
import { CalendarsStore } from './calendars.store';

const text = () => new FormControl('', { nonNullable: true });

/** Edits one calendar; errors (the contract's checks, then the API's 400) show next to the fields they concern. */
@Component({
  selector: 'ladder-calendar-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-editor.component.html',
  styleUrl: './calendar-editor.component.scss',
})
export class CalendarEditorComponent {
  readonly record = input.required<CalendarRecord>();
  protected readonly store = inject(CalendarsStore);
  protected readonly weekdays = WEEKDAYS;
  protected readonly weekdayLabel = WEEKDAY_LABEL;
  /** Errors that belong to no single field: the week as a whole, the version, anything else. */
  protected readonly general = signal<string[]>([]);

  protected readonly form = new FormGroup({
    kind: new FormControl<CalendarForm['kind']>('business-hours', { nonNullable: true }),
    timeZone: text(),
    hours: new FormGroup(
      Object.fromEntries(WEEKDAYS.map((day) => [day, text()])) as Record<Weekday, FormControl<string>>,
    ),
    holidays: text(),
  });

  constructor() {
    // A saved or reloaded version refills the form; only another calendar forgets the messages about this one.
    let shownId: string | null = null;
    effect(() => {
      const record = this.record();
      this.form.reset(toCalendarForm(record.definition));
      if (record.id !== shownId) this.general.set([]);
      shownId = record.id;
    });
  }

  protected async save(): Promise<void> {
    this.general.set([]);
    const checked = fromCalendarForm(this.form.getRawValue());
    if ('errors' in checked) return this.show(checked.errors);
    const outcome = await this.store.save(this.record(), checked.calendar);
    if (!outcome.saved) this.show(outcome.errors);
  }

  private show(errors: CalendarFormErrors): void {
    const general: string[] = [];
    for (const [field, message] of Object.entries(errors)) {
      const control: AbstractControl | null = field === 'hours' || field === 'form' ? null : this.form.get(field);
      if (control) {
        control.setErrors({ server: message });
        control.markAsTouched();
      } else {
        general.push(message);
      }
    }
    this.general.set(general);
  }

  protected errorOf(path: string): string {
    const errors = this.form.get(path)?.errors;
    return typeof errors?.['server'] === 'string' ? errors['server'] : '';
  }
}
