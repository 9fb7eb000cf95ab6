import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ReportContext } from '../shared/report-context';
import { referenceData, signedInAs } from '../shared/report-page.fixture';
import { FilterBarComponent } from './filter-bar.component';
import { presetRange } from './report-filters';

@Component({
  imports: [FilterBarComponent],
  providers: [ReportContext],
  template: `<ladder-filter-bar [versions]="versions" />`,
})
class ReportHostComponent {
  readonly versions = [{ value: 'v2-id', label: 'v2 · Faster hand-offs' }];
}

const reference = referenceData({
  teams: [
    { id: 'team-network', name: 'Network' },
    { id: 'team-desk', name: 'Service Desk' },
  ],
  levels: [
    { level: 1, name: 'Service Desk' },
    { level: 2, name: 'Team Lead' },
  ],
  categories: ['network', 'database'],
  services: ['VPN'],
});

async function render(url: string) {
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: 'reports', component: ReportHostComponent }]), reference, signedInAs('manager')],
  });
  const harness = await RouterTestingHarness.create(url);
  const loader = TestbedHarnessEnvironment.loader(harness.fixture);
  const query = () => new URL(TestBed.inject(Router).url, 'http://x').searchParams;
  return { harness, loader, query };
}

describe('FilterBarComponent', () => {
  it('writes a chosen team and severity to the URL, comma-separated, keeping the range', async () => {
    const { harness, loader, query } = await render('/reports?from=2026-09-01&to=2026-09-30');
    // Period, Severity, Team, Level, Category, Service, Procedure version, Compare with.
    const [, severity, team] = await loader.getAllHarnesses(MatSelectHarness);
    await severity?.open();
    await severity?.clickOptions({ text: 'S2' });
    await harness.fixture.whenStable();
    await team?.open();
    await team?.clickOptions({ text: 'Network' });
    await harness.fixture.whenStable();
    expect(query().get('severity')).toBe('S2');
    expect(query().get('teamId')).toBe('team-network');
    expect(query().get('from')).toBe('2026-09-01');
  });

  it('offers the procedure’s levels, categories and services and the given versions', async () => {
    const { loader } = await render('/reports?from=2026-09-01&to=2026-09-30');
    const selects = await loader.getAllHarnesses(MatSelectHarness);
    const optionTexts = async (index: number) => {
      const select = selects[index];
      await select?.open();
      const options = await select?.getOptions();
      const texts = await Promise.all((options ?? []).map((o) => o.getText()));
      await select?.close();
      return texts;
    };
    expect(await optionTexts(3)).toEqual(['L1 Service Desk', 'L2 Team Lead']);
    expect(await optionTexts(4)).toEqual(['network', 'database']);
    expect(await optionTexts(5)).toEqual(['VPN']);
    expect(await optionTexts(6)).toEqual(['v2 · Faster hand-offs']);
    expect(await optionTexts(2)).toEqual(['Network', 'Service Desk']);
  });

  it('moves the other end of an inverted range and applies presets and comparisons', async () => {
    const { harness, loader, query } = await render('/reports?from=2026-09-01&to=2026-09-30');
    const from = await loader.getHarness(MatInputHarness.with({ selector: '[type="date"]' }));
    await from.setValue('2026-10-05');
    await (await from.host()).dispatchEvent('change');
    await harness.fixture.whenStable();
    expect([query().get('from'), query().get('to')]).toEqual(['2026-10-05', '2026-10-05']);

    const selects = await loader.getAllHarnesses(MatSelectHarness);
    await selects[0]?.open();
    await selects[0]?.clickOptions({ text: 'Last month' });
    await harness.fixture.whenStable();
    const lastMonth = presetRange('last-month', new Date());
    expect([query().get('from'), query().get('to')]).toEqual([lastMonth.from, lastMonth.to]);
    expect(await selects[0]?.getValueText()).toBe('Last month');

    await selects[7]?.open();
    await selects[7]?.clickOptions({ text: 'Previous period' });
    await harness.fixture.whenStable();
    expect(query().get('compare')).toBe('previous');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Clear filters' }))).click();
    await harness.fixture.whenStable();
    expect(query().get('compare')).toBeNull();
  });
});
