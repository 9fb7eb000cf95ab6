import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CalendarRecord } from '@ladder/contracts';
import { CalendarEditorComponent } from './calendar-editor.component';
import { CalendarsStore, type SaveOutcome } from './calendars.store';

const record: CalendarRecord = {
  id: 'a6888ac0-feef-4796-99d0-f74d03708e82',
  name: 'london-office',
  definition: {
    kind: 'business-hours',
    timeZone: 'Europe/London',
    hours: { mon: [['09:00', '17:00']] },
    holidays: ['2026-12-25'],
  },
  version: 3,
  updatedAt: '2026-11-26T12:00:00.000Z',
};

describe('CalendarEditorComponent', () => {
  const save = jest.fn<Promise<SaveOutcome>, unknown[]>();

  function render() {
    save.mockReset();
    TestBed.configureTestingModule({
      providers: [{ provide: CalendarsStore, useValue: { save, saving: signal(false) } }],
    });
    const fixture = TestBed.createComponent(CalendarEditorComponent);
    fixture.componentRef.setInput('record', record);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const field = (label: string) => {
      const formField = Array.from(el.querySelectorAll('mat-form-field')).find(
        (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
      );
      const input = formField?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
      if (!formField || !input) throw new Error(`no field ${label}`);
      return { formField, input };
    };
    const type = (label: string, value: string) => {
      const { input } = field(label);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async (f: ComponentFixture<CalendarEditorComponent>) => {
      el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await f.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await f.whenStable();
    };
    return { fixture, el, field, type, submit: () => submit(fixture) };
  }

  it('fills the form from the calendar', () => {
    const { field } = render();
    expect(field('Time zone').input.value).toBe('Europe/London');
    expect(field('Monday').input.value).toBe('09:00-17:00');
    expect(field('Tuesday').input.value).toBe('');
    expect(field('Holidays').input.value).toBe('2026-12-25');
  });

  it('saves what the form describes', async () => {
    const { type, submit } = render();
    save.mockResolvedValue({ saved: true });
    type('Tuesday', '10:00-14:00');
    await submit();
    expect(save).toHaveBeenCalledWith(record, {
      kind: 'business-hours',
      timeZone: 'Europe/London',
      hours: { mon: [['09:00', '17:00']], tue: [['10:00', '14:00']] },
      holidays: ['2026-12-25'],
    });
  });

  it('shows a mistake next to its field without calling the API', async () => {
    const { type, submit, field } = render();
    type('Wednesday', 'all day');
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(field('Wednesday').formField.querySelector('mat-error')?.textContent?.trim()).toBe(
      '"all day" is not an interval: write it as 09:00-17:00',
    );
  });

  it("shows the API's 400 next to the field it names, and the rest above the button", async () => {
    const { submit, field, el } = render();
    save.mockResolvedValue({
      saved: false,
      errors: { timeZone: 'time zone "Europe/London" is not allowed here', form: 'Something else is wrong' },
    });
    await submit();
    expect(field('Time zone').formField.querySelector('mat-error')?.textContent?.trim()).toBe(
      'time zone "Europe/London" is not allowed here',
    );
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe('Something else is wrong');
  });
});
