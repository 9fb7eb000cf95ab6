import { HttpEventType, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ImportRun } from '@ladder/contracts';
import { ApiError, Notifier } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { ImportsApi } from './imports.api';
import { ImportsPage } from './imports.page';
import { IMPORT_POLL_MS } from './imports.store';

const run: ImportRun = {
  id: '3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f601',
  fileName: 'zendesk.jsonl',
  format: 'jsonl',
  system: 'Zendesk',
  status: 'writing',
  total: 4,
  written: 0,
  skipped: 0,
  errorCount: 0,
  createdByName: 'Dana Whitfield',
  createdAt: '2026-11-26T12:00:00.000Z',
  updatedAt: '2026-11-26T12:00:00.000Z',
  finishedAt: null,
  errors: [],
};

describe('ImportsPage', () => {
  const api = { upload: jest.fn(), run: jest.fn(), runs: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  async function render() {
    Object.values(api).forEach((fn) => fn.mockReset());
    api.runs.mockReturnValue(of({ items: [] }));
    TestBed.configureTestingModule({
      providers: [
        { provide: ImportsApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    const fixture = TestBed.createComponent(ImportsPage);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    /** Picks `name` in the file input, names the system and submits. */
    const importFile = async (name: string) => {
      const picker = el.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement;
      const file = new File(['{}'], name);
      Object.defineProperty(picker, 'files', { value: { item: () => file, length: 1 } });
      picker.dispatchEvent(new Event('change'));
      const system = el.querySelector<HTMLInputElement>('input[matInput]') as HTMLInputElement;
      system.value = 'Zendesk';
      system.dispatchEvent(new Event('input'));
      fixture.detectChanges();
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      fixture.detectChanges();
      return file;
    };
    return { fixture, el, importFile };
  }

  it('shows each bad row of a rejected file with its line and reason', async () => {
    const { el, importFile } = await render();
    const rejected: ImportRun = {
      ...run,
      status: 'rejected',
      errorCount: 2,
      errors: [
        { line: 3, sourceId: 'ZD-3', reason: 'team: unknown team "Mainframe"' },
        { line: 5, sourceId: 'ZD-5', reason: 'events[0].type: cannot close an escalation that is open' },
      ],
    };
    api.upload.mockReturnValue(throwError(() => new ApiError(400, 'validation_failed', 'bad', {}, 'c-1', rejected)));
    const file = await importFile('zendesk.jsonl');
    expect(api.upload).toHaveBeenCalledWith(file, 'jsonl', 'Zendesk');
    expect(el.querySelector('.status')?.textContent?.trim()).toBe('2 problems in zendesk.jsonl: nothing was imported.');
    const rows = [...el.querySelectorAll('table[aria-label="Problems in the file"] tr.mat-mdc-row')];
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim()))).toEqual([
      ['3', 'ZD-3', 'team: unknown team "Mainframe"'],
      ['5', 'ZD-5', 'events[0].type: cannot close an escalation that is open'],
    ]);
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('follows an accepted file until it is written, then lists it', async () => {
    // rxjs timers run on setInterval; Angular's change detection keeps its real setTimeout.
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask', 'nextTick'] });
    try {
      const { fixture, el, importFile } = await render();
      api.upload.mockReturnValue(of({ type: HttpEventType.Sent }, new HttpResponse({ status: 202, body: run })));
      api.run
        .mockReturnValueOnce(of({ ...run, written: 2 }))
        .mockReturnValue(of({ ...run, status: 'done', written: 4 }));
      await importFile('zendesk.jsonl');
      expect(el.querySelector('.status')?.textContent?.trim()).toBe('Writing: 0 of 4 escalations (0 %)');

      await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
      fixture.detectChanges();
      expect(el.querySelector('.status')?.textContent?.trim()).toBe('Writing: 2 of 4 escalations (50 %)');

      api.runs.mockReturnValue(of({ items: [{ ...run, status: 'done', written: 4 }] }));
      await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
      fixture.detectChanges();
      expect(el.querySelector('.status')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'Done: 4 escalations written from zendesk.jsonl, 0 skipped as imported before.',
      );
      expect(el.querySelectorAll('table[aria-label="Past imports"] tr.mat-mdc-row')).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not offer files of another kind', async () => {
    const { el, importFile } = await render();
    await importFile('notes.txt');
    expect(el.querySelector('[data-testid=file-name]')?.textContent?.trim()).toBe('No file chosen (.jsonl or .csv)');
    expect(api.upload).not.toHaveBeenCalled();
  });
});
