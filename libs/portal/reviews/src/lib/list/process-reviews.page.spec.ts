import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Notifier } from '@ladder/portal/core';
import { of } from 'rxjs';
import { ReviewsApi } from '../shared/reviews.api';
import { actionItem, summary } from '../shared/review.fixture';
import { ProcessReviewsPage } from './process-reviews.page';

jest.setTimeout(30_000);

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }
}

describe('ProcessReviewsPage', () => {
  async function render() {
    const api = {
      list: jest.fn(() =>
        of([
          summary(),
          summary({ id: 'r2', title: 'February review', overdueActionItems: 0, openActionItems: 0, status: 'closed' }),
        ]),
      ),
      actionItems: jest.fn(() => of([actionItem({ overdue: true, title: 'Keep informed' })])),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ReviewsApi, useValue: api },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(ProcessReviewsPage);
    fixture.detectChanges();
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement, api };
  }

  it('lists the reviews with their period, status and open and overdue action items', async () => {
    const { el, api } = await render();
    expect(api.actionItems).toHaveBeenCalledWith(true);
    const rows = Array.from(el.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['March review', '2026-03-01 to 2026-03-14', 'Open', '2', '1'],
      ['February review', '2026-03-01 to 2026-03-14', 'Closed', '0', '0'],
    ]);
    expect(el.querySelector('tbody tr')?.classList.contains('overdue')).toBe(true);
  });

  it('counts the overdue action items of every review in its tab', async () => {
    const { el } = await render();
    const tabs = Array.from(el.querySelectorAll('[role="tab"]')).map((tab) => tab.textContent?.trim());
    expect(tabs).toEqual(['Reviews', 'Overdue action items (1)']);
  });
});
