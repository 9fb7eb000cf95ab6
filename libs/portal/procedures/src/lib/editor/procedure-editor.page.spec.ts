import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ProcedureVersionDetail, UpdateProcedureDraft } from '@ladder/contracts';
import { ApiError, Notifier, ReferenceStore } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';
import { CalendarsApi } from './calendars.api';
import { richDraft, TEAM_DESK, TEAM_NETWORK } from './editor.fixture';
import { ProcedureEditorPage } from './procedure-editor.page';

// The whole editor renders in jsdom; on a busy machine the first render alone can take seconds.
jest.setTimeout(30_000);

const BUDGET_LABEL = 'L1 Service Desk S2 time budget (minutes)';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }
}

describe('ProcedureEditorPage', () => {
  async function render(versions: ProcedureVersionDetail[], update: jest.Mock) {
    const get = jest.fn();
    for (const version of versions) get.mockReturnValueOnce(of(version));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ProceduresApi, useValue: { get, update } },
        { provide: CalendarsApi, useValue: { list: () => of([{ name: '24x7' }]) } },
        {
          provide: ReferenceStore,
          useValue: {
            teams: signal([
              { id: TEAM_DESK, name: 'Service Desk', level: 1, capacity: 5 },
              { id: TEAM_NETWORK, name: 'Network', level: 2, capacity: 3 },
            ]),
            ensureLoaded: () => Promise.resolve(),
          },
        },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(ProcedureEditorPage);
    fixture.componentRef.setInput('id', versions[0]?.id);
    fixture.detectChanges();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const byLabel = (label: string) => {
      const input = el.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
      if (!input) throw new Error(`no field ${label}`);
      return input;
    };
    const type = async (label: string, value: string) => {
      const input = byLabel(label);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle(fixture);
    };
    const button = (label: string) => {
      const found = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
      if (!found) throw new Error(`no button ${label}`);
      return found;
    };
    const click = async (label: string) => {
      button(label).click();
      await settle(fixture);
    };
    const text = (selector: string) => el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const errorAt = (label: string) =>
      byLabel(label).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
    return { fixture, el, byLabel, type, click, text, errorAt, get };
  }

  it('fills the budget grid from the draft and saves a lower budget with the rowVersion', async () => {
    const draft = richDraft();
    const update = jest.fn((_id: string, body: UpdateProcedureDraft) => of({ ...draft, ...body, rowVersion: 2 }));
    const { byLabel, type, click, text } = await render([draft], update);
    expect(byLabel(BUDGET_LABEL).value).toBe('60');
    await type(BUDGET_LABEL, '30');
    expect(text('.state')).toBe('Unsaved changes');
    await click('Save draft');
    expect(update).toHaveBeenCalledWith(draft.id, {
      name: 'Faster hand-offs',
      changeNote: 'Lower the L1 budgets',
      reviewEveryMonths: 6,
      rowVersion: 1,
      definition: {
        ...draft.definition,
        levels: [
          { ...draft.definition.levels[0], budgetMinutes: { S1: 15, S2: 30, S3: 240, S4: 480 } },
          draft.definition.levels[1],
        ],
      },
    });
    expect(text('.state')).toBe('Saved. You can keep editing.');
    expect(byLabel(BUDGET_LABEL).value).toBe('30');
  });

  it('shows a problem next to its field and does not save', async () => {
    const update = jest.fn();
    const { type, click, errorAt, text } = await render([richDraft()], update);
    await type(BUDGET_LABEL, '');
    await type('L1 Service Desk S3 time budget (minutes)', '-5');
    expect(errorAt(BUDGET_LABEL)).toBe('Enter a number');
    expect(errorAt('L1 Service Desk S3 time budget (minutes)')).toBe('More than 0');
    await click('Save draft');
    expect(update).not.toHaveBeenCalled();
    expect(text('.problems')).toBe('Fix the 2 problems marked below first.');
  });

  it('shows the API’s 400 at the field it names', async () => {
    const update = jest.fn().mockReturnValue(
      throwError(
        () =>
          new ApiError(400, 'validation_failed', 'bad', {}, 'c-1', {
            problems: [{ path: 'severities.0.calendar', message: 'no calendar named "24x7"' }],
          }),
      ),
    );
    const { click, el, text } = await render([richDraft()], update);
    await click('Save draft');
    const calendar = el.querySelector('mat-select[aria-label="S1 calendar"]')?.closest('mat-form-field');
    expect(calendar?.querySelector('mat-error')?.textContent?.trim()).toBe('no calendar named "24x7"');
    expect(text('.problems')).toBe('The server did not accept the draft: see the marked fields.');
  });

  it('keeps what the user typed when someone else saved meanwhile, and can save it over theirs', async () => {
    const draft = richDraft();
    const theirs = richDraft({ rowVersion: 2, authorName: 'Sam Owner' });
    const update = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new ApiError(409, 'stale_version', 'stale')))
      .mockImplementationOnce((_id: string, body: UpdateProcedureDraft) => of({ ...theirs, ...body, rowVersion: 3 }));
    const { type, click, byLabel, text, get } = await render([draft, theirs], update);
    await type(BUDGET_LABEL, '25');
    await click('Save draft');
    expect(get).toHaveBeenCalledTimes(2);
    expect(text('.conflict p')).toBe(
      'Someone else saved this draft while you were editing (last author Sam Owner). Your changes are kept below and ' +
        'are not saved yet. Load their version (yours are then lost), or save yours over theirs.',
    );
    expect(byLabel(BUDGET_LABEL).value).toBe('25');
    await click('Save mine over theirs');
    expect(update).toHaveBeenLastCalledWith(draft.id, expect.objectContaining({ rowVersion: 2 }));
    expect(text('.conflict')).toBeUndefined();
    expect(byLabel(BUDGET_LABEL).value).toBe('25');
  });

  it('loads the other version on request', async () => {
    const theirs = richDraft({ rowVersion: 2 });
    theirs.definition.levels[0].budgetMinutes.S2 = 45;
    const update = jest.fn().mockReturnValue(throwError(() => new ApiError(409, 'stale_version', 'stale')));
    const { type, click, byLabel, fixture } = await render([richDraft(), theirs], update);
    await type(BUDGET_LABEL, '25');
    await click('Save draft');
    await click('Load their version');
    expect(byLabel(BUDGET_LABEL).value).toBe('45');
    expect(fixture.componentInstance.canLeave()).toBe(true);
  });

  it('asks before leaving with unsaved changes', async () => {
    const { type, fixture } = await render([richDraft()], jest.fn());
    expect(fixture.componentInstance.canLeave()).toBe(true);
    await type(BUDGET_LABEL, '59');
    expect(fixture.componentInstance.canLeave()).toBe(false);
    await type(BUDGET_LABEL, '60');
    expect(fixture.componentInstance.canLeave()).toBe(true);
  });

  it('does not offer to edit a version that is no longer a draft', async () => {
    const { el, text } = await render([richDraft({ status: 'published', version: 4 })], jest.fn());
    expect(text('.notice')).toBe('Version v4 is published; only drafts can be edited. Back to version v4');
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('.notice a')?.getAttribute('href')).toBe('/procedure/00000000-0000-4000-8000-0000000000f1');
  });
});
