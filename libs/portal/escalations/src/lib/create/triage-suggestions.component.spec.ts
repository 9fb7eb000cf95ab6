import { TestBed } from '@angular/core/testing';
import type { ShownTriageSuggestion, TriageSuggestions } from '@ladder/contracts';
import { of, throwError } from 'rxjs';
import { TriageSuggestionsApi } from '../shared/triage-suggestions.api';
import { TriageSuggestionsComponent } from './triage-suggestions.component';
import { TRIAGE_DEBOUNCE_MS } from './triage-suggestions.store';

const SUGGESTIONS: TriageSuggestions = {
  category: { value: 'database', label: 'database', confidence: 0.914, drivingWords: ['replication', 'lag'] },
  affectedService: { value: 'CRM', label: 'CRM', confidence: 0.5, drivingWords: [] },
  team: {
    value: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
    label: 'Service Desk',
    confidence: 0.65,
    drivingWords: ['replica'],
  },
  severity: null,
  trainedOn: 120,
  trainedAt: '2026-11-02T09:00:00.000Z',
};

function render(answer = of(SUGGESTIONS)) {
  const api = { suggest: jest.fn().mockReturnValue(answer) };
  TestBed.configureTestingModule({ providers: [{ provide: TriageSuggestionsApi, useValue: api }] });
  const fixture = TestBed.createComponent(TriageSuggestionsComponent);
  const used: unknown[] = [];
  const shown: ShownTriageSuggestion[][] = [];
  fixture.componentInstance.use.subscribe((u) => used.push(u));
  fixture.componentInstance.shown.subscribe((s) => shown.push(s));
  const type = async (title: string, description = '') => {
    fixture.componentRef.setInput('title', title);
    fixture.componentRef.setInput('description', description);
    fixture.detectChanges();
    await jest.advanceTimersByTimeAsync(TRIAGE_DEBOUNCE_MS);
    fixture.detectChanges();
  };
  const el = fixture.nativeElement as HTMLElement;
  const items = () => Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
  return { api, el, type, items, used, shown };
}

describe('TriageSuggestionsComponent', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks once typing pauses and shows each suggestion with its confidence and driving words', async () => {
    const { api, type, items, shown } = render();
    await type('Replication lag', 'The read replica is behind');
    expect(api.suggest).toHaveBeenCalledTimes(1);
    expect(api.suggest).toHaveBeenCalledWith({ title: 'Replication lag', description: 'The read replica is behind' });
    expect(items()).toEqual([
      'Category: database 91 % sure · because of “replication”, “lag” Use',
      'Affected service: CRM 50 % sure Use',
      'Usually resolved by: Service Desk 65 % sure · because of “replica”',
    ]);
    expect(shown.at(-1)).toEqual([
      { target: 'category', value: 'database', confidence: 0.914 },
      { target: 'affectedService', value: 'CRM', confidence: 0.5 },
      { target: 'team', value: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09', confidence: 0.65 },
    ]);
  });

  it('fills a field from its suggestion', async () => {
    const { el, type, used } = render();
    await type('Replication lag');
    el.querySelector<HTMLButtonElement>('button[aria-label="Use CRM as affected service"]')?.click();
    expect(used).toEqual([{ target: 'affectedService', value: 'CRM' }]);
  });

  it('asks nothing for an empty text and shows nothing when asking fails', async () => {
    const { api, el, type } = render(throwError(() => new Error('offline')));
    await type('  ');
    expect(api.suggest).not.toHaveBeenCalled();
    await type('VPN down');
    expect(api.suggest).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-testid=triage-suggestions]')).toBeNull();
  });
});
