import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Role } from '@ladder/contracts';
import { Notifier, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { ReviewsApi } from '../shared/reviews.api';
import { actionItem, review } from '../shared/review.fixture';
import { ProcessReviewPage } from './process-review.page';

jest.setTimeout(30_000);

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }
}

const stale = new HttpErrorResponse({
  status: 409,
  error: { code: 'stale_version', message: 'changed meanwhile', correlationId: 'c1' },
});

describe('ProcessReviewPage', () => {
  async function render(api: Partial<Record<keyof ReviewsApi, jest.Mock>>, role: Role = 'process_owner') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ReviewsApi, useValue: api },
        { provide: SessionStore, useValue: { hasRole: (roles: readonly Role[]) => roles.includes(role) } },
        { provide: ReferenceStore, useValue: { users: signal([]), ensureLoaded: () => Promise.resolve() } },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(ProcessReviewPage);
    fixture.componentRef.setInput('id', review().id);
    fixture.detectChanges();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) =>
      Array.from(el.querySelectorAll(selector)).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    const button = (label: string) =>
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    return { fixture, el, text, button };
  }

  it('shows the frozen snapshot as tiles, and links a bottleneck finding to the report of the period', async () => {
    const { el, text } = await render({ get: jest.fn(() => of(review())) });
    const values = text('.tile-value');
    expect(text('.tile-label').map((label, i) => `${label}: ${values[i]}`)).toEqual([
      'Escalations: 4',
      'First-level resolution: 50 %',
      'MTTA: 10 min',
      'MTTR: 1.72 h',
      'SLA breach rate: 50 %',
      'CSAT: –',
    ]);
    const link = Array.from(el.querySelectorAll('a')).find((a) => a.textContent?.includes('L2 bottleneck report'));
    expect(link?.getAttribute('href')).toBe(
      `/reports/bottlenecks?from=2026-03-01&to=2026-03-14&level=2&teamId=${review().snapshot.bottlenecks[0]?.teamId}`,
    );
  });

  it('shows baseline, target and measure with a met chip, and highlights overdue items', async () => {
    const items = [
      actionItem({ outcome: 'met', measuredValue: 1, measuredFrom: '2026-03-18', measuredTo: '2026-03-31' }),
      actionItem({ id: '00000000-0000-4000-8000-0000000000e6', title: 'Keep informed', overdue: true }),
    ];
    const { text, el } = await render({ get: jest.fn(() => of(review({ actionItems: items }))) });
    expect(text('.chip.good')).toEqual(['Met']);
    expect(text('td')).toContain('1.72 → ≤ 1.5 → 1 (2026-03-18 to 2026-03-31) Met');
    expect(
      Array.from(el.querySelectorAll('tr.overdue')).map((row) => row.querySelector('td')?.textContent?.trim()),
    ).toEqual(['Keep informed']);
  });

  it('tells the user in words when a colleague changed the item meanwhile, and shows it as it is now', async () => {
    const get = jest.fn(() => of(review()));
    const updateActionItem = jest.fn(() => throwError(() => stale));
    const { fixture, text } = await render({ get, updateActionItem });
    const page = fixture.debugElement.query((node) => node.name === 'ladder-action-items-table');
    page.componentInstance.statusChange.emit({ item: review().actionItems[0], status: 'done' });
    await settle(fixture);
    expect(updateActionItem).toHaveBeenCalledWith(review().actionItems[0], { status: 'done', rowVersion: 1 });
    expect(text('[role="alert"]')).toEqual([
      'Someone changed "Faster L2 pickup" meanwhile; it is shown as it is now. Your choice, Done, was not saved: choose it again to apply it.',
    ]);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('starts a draft revision and opens it in the editor', async () => {
    const startDraft = jest.fn(() => of({ id: 'draft-1' }));
    const { fixture, button } = await render({ get: jest.fn(() => of(review())), startDraft });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button('Start a draft revision')?.click();
    await settle(fixture);
    expect(startDraft).toHaveBeenCalledWith(review().id);
    expect(navigate).toHaveBeenCalledWith(['/procedure', 'draft-1', 'edit']);
  });

  it('links the draft a review already led to, and offers no second one', async () => {
    const linked = review({ draftProcedure: { id: 'draft-1', version: 2, status: 'draft' } });
    const { el, button } = await render({ get: jest.fn(() => of(linked)) });
    expect(button('Start a draft revision')).toBeUndefined();
    const link = Array.from(el.querySelectorAll('a')).find((a) => a.textContent?.includes('Draft revision'));
    expect([link?.textContent?.trim(), link?.getAttribute('href')]).toEqual([
      'Draft revision: version 2 (draft)',
      '/procedure/draft-1',
    ]);
  });

  it("offers managers no draft: drafts are process owners' work", async () => {
    const { button } = await render({ get: jest.fn(() => of(review())) }, 'manager');
    expect(button('Start a draft revision')).toBeUndefined();
    expect(button('Close review')).toBeDefined();
  });
});
