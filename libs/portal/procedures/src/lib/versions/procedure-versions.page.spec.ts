import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import type { ProcedureStatus, Role } from '@ladder/contracts';
import { Notifier, SessionStore } from '@ladder/portal/core';
import { of } from 'rxjs';
import { detail } from '../shared/procedure.fixture';
import { ProceduresApi } from '../shared/procedures.api';
import { ProcedureVersionsPage } from './procedure-versions.page';

const published = detail({
  id: 'v1',
  version: 1,
  name: 'Baseline',
  status: 'published',
  publishedAt: '2026-06-01T09:00:00.000Z',
  reviewDueAt: '2026-01-01T09:00:00.000Z',
});
const draft = detail({ id: 'v2', version: 2, name: 'Faster hand-offs', status: 'draft', authorName: 'Olive Owner' });

describe('ProcedureVersionsPage', () => {
  const api = {
    list: jest.fn((statuses?: ProcedureStatus[]) => of(statuses ? [draft] : [published])),
    createDraft: jest.fn(() => of(detail({ id: 'v3', version: 3 }))),
  };

  async function settle(fixture: ComponentFixture<unknown>) {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function render(role: Role) {
    api.list.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ProceduresApi, useValue: api },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
        { provide: SessionStore, useValue: { hasRole: (roles: readonly Role[]) => roles.includes(role) } },
        {
          provide: MatDialog,
          useValue: { open: () => ({ afterClosed: () => of({ name: 'Quicker L1', basedOnId: 'v1' }) }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(ProcedureVersionsPage);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const newDraft = (el: HTMLElement) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'New draft');

  it('shows the current version with its overdue review, the drafts and the history', async () => {
    const { el } = await render('process_owner');
    expect(el.querySelector('.current-name a')?.textContent?.trim()).toBe('v1 · Baseline');
    expect(el.querySelector('.current ladder-review-due')?.textContent).toContain('Review overdue');
    const draftRow = [...el.querySelectorAll('section[aria-labelledby=drafts-heading] tbody td')].map((td) =>
      td.textContent?.trim(),
    );
    expect(draftRow).toEqual(['v2 · Faster hand-offs', 'Draft', 'Olive Owner', '–']);
    expect(el.querySelectorAll('section[aria-labelledby=history-heading] tbody tr')).toHaveLength(1);
  });

  it('creates a draft from the dialog and opens it in the editor', async () => {
    const { fixture, el } = await render('process_owner');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    newDraft(el)?.click();
    await settle(fixture);
    expect(api.createDraft).toHaveBeenCalledWith({ name: 'Quicker L1', basedOnId: 'v1' });
    expect(navigate).toHaveBeenCalledWith(['/procedure', 'v3', 'edit']);
  });

  it('shows an agent the published versions only, without drafts or a way to start one', async () => {
    const { el } = await render('agent');
    expect(newDraft(el)).toBeUndefined();
    expect(el.querySelector('#drafts-heading')).toBeNull();
    expect(api.list).toHaveBeenCalledTimes(1);
    expect(api.list).toHaveBeenCalledWith();
  });
});
