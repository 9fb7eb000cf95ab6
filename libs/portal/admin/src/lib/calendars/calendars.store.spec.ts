import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Calendar, CalendarRecord } from '@ladder/contracts';
import { ApiError, Notifier } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { AdminApi } from '../shared/admin.api';
import { CalendarsStore } from './calendars.store';

const record: CalendarRecord = {
  id: 'a6888ac0-feef-4796-99d0-f74d03708e82',
  name: 'london-office',
  definition: { kind: '24x7' },
  version: 3,
  updatedAt: '2026-11-26T12:00:00.000Z',
};
const definition: Calendar = { kind: '24x7' };

describe('CalendarsStore.save', () => {
  const api = { calendars: jest.fn(), updateCalendar: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  function store(): CalendarsStore {
    Object.values(api).forEach((fn) => fn.mockReset());
    Object.values(notifier).forEach((fn) => fn.mockReset());
    api.calendars.mockReturnValue(of([{ ...record, version: 4 }]));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        CalendarsStore,
        { provide: AdminApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    const s = TestBed.inject(CalendarsStore);
    s.calendars.set([record]);
    return s;
  }

  it('sends the version last seen and keeps what the API saved', async () => {
    const s = store();
    api.updateCalendar.mockReturnValue(of({ ...record, version: 4 }));
    await expect(s.save(record, definition)).resolves.toEqual({ saved: true });
    expect(api.updateCalendar).toHaveBeenCalledWith(record.id, { definition, version: 3 });
    expect(s.calendars()[0]?.version).toBe(4);
    expect(notifier.info).toHaveBeenCalledWith('Calendar london-office saved');
  });

  it('turns a 400 into errors by form field', async () => {
    const s = store();
    api.updateCalendar.mockReturnValue(
      throwError(
        () =>
          new ApiError(400, 'validation_failed', 'The request is not valid', {
            'definition.hours.mon.1': 'overlaps',
            'definition.timeZone': 'unknown IANA time zone "X"',
          }),
      ),
    );
    await expect(s.save(record, definition)).resolves.toEqual({
      saved: false,
      errors: { 'hours.mon': 'overlaps', timeZone: 'unknown IANA time zone "X"' },
    });
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('shows the message of a 400 that names no field', async () => {
    const s = store();
    api.updateCalendar.mockReturnValue(throwError(() => new ApiError(400, 'validation_failed', 'hours overlap')));
    await expect(s.save(record, definition)).resolves.toEqual({ saved: false, errors: { form: 'hours overlap' } });
  });

  it('reloads on a stale version and says so', async () => {
    const s = store();
    api.updateCalendar.mockReturnValue(throwError(() => new ApiError(409, 'stale_version', 'stale')));
    await expect(s.save(record, definition)).resolves.toEqual({
      saved: false,
      errors: {
        form: 'Someone else changed this calendar meanwhile. It has been reloaded: check it, then save again.',
      },
    });
    expect(s.calendars()[0]?.version).toBe(4);
  });
});
