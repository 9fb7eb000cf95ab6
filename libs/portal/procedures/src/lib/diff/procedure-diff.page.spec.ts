import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ProcedureDiff } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { of } from 'rxjs';
import { detail } from '../shared/procedure.fixture';
import { ProceduresApi } from '../shared/procedures.api';
import { ProcedureDiffPage } from './procedure-diff.page';

const a = detail({ id: 'va', version: 1, name: 'Baseline', status: 'published' });
const b = detail({ id: 'vb', version: 2, name: 'Faster', status: 'draft' });
const diff: ProcedureDiff = {
  fromId: 'va',
  toId: 'vb',
  changes: [
    {
      section: 'levels',
      path: ['levels', 1, 'budgetMinutes', 'S2'],
      kind: 'changed',
      label: 'L1 Service Desk: S2 time budget 60 min → 30 min',
      before: 60,
      after: 30,
    },
    {
      section: 'categories',
      path: ['categories', 'hardware'],
      kind: 'added',
      label: 'Category hardware added',
      before: null,
      after: 'hardware',
    },
  ],
};

describe('ProcedureDiffPage', () => {
  const api = {
    diff: jest.fn(() => of(diff)),
    get: jest.fn((id: string) => of(id === 'va' ? a : b)),
    list: jest.fn(() => of([])),
  };

  async function settle(fixture: ComponentFixture<unknown>) {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ProceduresApi, useValue: api },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
        { provide: SessionStore, useValue: { hasRole: () => true } },
        { provide: ReferenceStore, useValue: { teams: signal([]), ensureLoaded: () => Promise.resolve() } },
      ],
    });
    const fixture = TestBed.createComponent(ProcedureDiffPage);
    fixture.componentRef.setInput('id', 'vb');
    fixture.componentRef.setInput('otherId', 'va');
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows version A beside version B per section, with counts', async () => {
    const { el } = await render();
    expect(api.diff).toHaveBeenCalledWith('vb', 'va');
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe('2 changes in 2 sections.');
    expect([...el.querySelectorAll('section h2')].map((h) => h.textContent?.trim())).toEqual([
      'Levels (1 change)',
      'Categories (1 change)',
    ]);
    expect(
      [...(el.querySelectorAll('section')[0]?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim()),
    ).toEqual(['Change', 'A: v1 · Baseline', 'B: v2 · Faster']);
    const cells = [...el.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['1h', '30m', '–', 'hardware']);
  });

  it('swaps the two versions', async () => {
    const { el } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    el.querySelector<HTMLButtonElement>('button[aria-label="Swap version A and version B"]')?.click();
    expect(navigate).toHaveBeenCalledWith(['/procedure', 'va', 'diff', 'vb']);
  });
});
