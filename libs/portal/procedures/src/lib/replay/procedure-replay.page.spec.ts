import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ProcedureReplayResult } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { ChartCardComponent, type ChartView } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { detail } from '../shared/procedure.fixture';
import { ProceduresApi } from '../shared/procedures.api';
import { ProcedureReplayPage } from './procedure-replay.page';

/** The chart card without a canvas (jsdom has none): its heading and table caption are what the page passes. */
@Component({
  selector: 'ladder-chart-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h3>{{ heading() }}</h3>
    <p class="caption">{{ view()?.table?.caption }}</p>`,
})
class ChartCardStub {
  readonly heading = input.required<string>();
  readonly view = input<ChartView | null>(null);
  readonly status = input<string>('');
  readonly type = input<string>('');
  readonly fileName = input<string>('');
  readonly emptyText = input<string>('');
  readonly emptyHint = input<string>('');
}

const version = detail({ status: 'draft' });
const result: ProcedureReplayResult = {
  procedureVersionId: version.id,
  days: 30,
  from: '2026-10-28T08:00:00.000Z',
  to: '2026-11-27T08:00:00.000Z',
  escalations: 3,
  actual: {
    levels: [{ level: 1, reached: 3, autoEscalations: 0 }],
    severities: [
      {
        severity: 'S1',
        escalations: 3,
        responseBreaches: 0,
        resolutionBreaches: 1,
        responseBreachRate: 0,
        resolutionBreachRate: 1 / 3,
      },
    ],
  },
  draft: {
    levels: [{ level: 1, reached: 3, autoEscalations: 2 }],
    severities: [
      {
        severity: 'S1',
        escalations: 3,
        responseBreaches: 0,
        resolutionBreaches: 0,
        responseBreachRate: 0,
        resolutionBreachRate: 0,
      },
    ],
  },
  assumptions: ['Time at a level is taken as observed.', 'Trigger rules are not replayed.'],
};

describe('ProcedureReplayPage', () => {
  const api = { get: jest.fn(() => of(version)), replay: jest.fn(() => of(result)) };

  async function settle(fixture: ComponentFixture<unknown>) {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function render(days: string | undefined) {
    api.replay.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ProceduresApi, useValue: api },
        { provide: Notifier, useValue: { info: jest.fn(), error: jest.fn() } },
      ],
    });
    TestBed.overrideComponent(ProcedureReplayPage, {
      remove: { imports: [ChartCardComponent] },
      add: { imports: [ChartCardStub] },
    });
    const fixture = TestBed.createComponent(ProcedureReplayPage);
    fixture.componentRef.setInput('id', version.id);
    fixture.componentRef.setInput('days', days);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const runButton = (el: HTMLElement) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run replay');

  it('replays the days of the URL and shows actual beside the draft, with the assumptions', async () => {
    const { fixture, el } = await render('30');
    expect(
      el.querySelector('mat-button-toggle-group')?.querySelector('.mat-button-toggle-checked')?.textContent,
    ).toContain('30 days');

    runButton(el)?.click();
    await settle(fixture);

    expect(api.replay).toHaveBeenCalledWith(version.id, 30);
    expect(el.querySelector('#summary-heading')?.textContent?.trim()).toBe('Last 30 days');
    const s1 = [...el.querySelectorAll('section[aria-labelledby=severity-heading] tbody td')].map((td) =>
      td.textContent?.trim(),
    );
    expect(s1).toEqual([
      '3',
      '0',
      '0',
      '0',
      '0 %',
      '0 %',
      '0',
      '1',
      '0',
      '−1 (better)',
      '33.3 %',
      '0 %',
      '−33.3 pp (better)',
    ]);
    const l1 = [...el.querySelectorAll('section[aria-labelledby=level-heading] tbody td')].map((td) =>
      td.textContent?.trim(),
    );
    expect(l1).toEqual(['3', '3', '0', '0', '2', '+2 (worse)']);
    expect([...el.querySelectorAll('.assumptions li')].map((li) => li.textContent?.trim())).toEqual(result.assumptions);
    expect([...el.querySelectorAll('ladder-chart-card h3')].map((h) => h.textContent)).toEqual([
      'Breach rates, actual and with the draft',
      'Levels reached and automatic escalations',
    ]);
  });

  it('replays 90 days when the URL names none, and keeps a new choice in the URL', async () => {
    const { fixture, el } = await render(undefined);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    runButton(el)?.click();
    await settle(fixture);
    expect(api.replay).toHaveBeenCalledWith(version.id, 90);

    const toggle = [...el.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')].find((b) =>
      b.textContent?.includes('180 days'),
    );
    toggle?.click();
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { days: 180 } }));
  });
});
