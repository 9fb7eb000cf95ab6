import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import type { EscalationAlert, Status } from '@ladder/contracts';
import { AlertPanelComponent } from './alert-panel.component';

const firing: EscalationAlert = {
  integrationId: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
  integrationName: 'Prometheus prod',
  dedupKey: 'fp-81c2',
  status: 'firing',
  labels: { service: 'checkout', alertname: 'HighErrorRate', team: 'payments', severity: 'critical' },
  annotations: {
    summary: 'Error rate above 5 %',
    description: 'checkout returns 502 on 7 % of requests',
    runbook_url: 'https://runbooks.test/errors',
  },
  links: [
    { title: 'Source', url: 'https://prometheus.test/graph?g0.expr=errors' },
    { title: 'Checkout dashboard', url: 'https://grafana.test/d/checkout' },
  ],
  fireCount: 3,
  firstFiredAt: '2026-11-27T09:12:00.000Z',
  lastFiredAt: '2026-11-27T10:05:00.000Z',
  resolvedAt: null,
  proposeResolution: false,
};
const resolved: EscalationAlert = {
  ...firing,
  status: 'resolved',
  resolvedAt: '2026-11-27T10:40:00.000Z',
  proposeResolution: true,
};

function render(alert: EscalationAlert, status: Status = 'acknowledged') {
  TestBed.configureTestingModule({
    providers: [{ provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: 'UTC' } }],
  });
  const fixture = TestBed.createComponent(AlertPanelComponent);
  fixture.componentRef.setInput('alert', alert);
  fixture.componentRef.setInput('status', status);
  const resolutions: string[] = [];
  fixture.componentInstance.resolve.subscribe((summary) => resolutions.push(summary));
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    [...el.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  return { fixture, el, text, resolutions };
}

describe('AlertPanelComponent', () => {
  it('shows where a firing alert comes from, how often it fired, its annotations, labels and links', () => {
    const { el, text } = render(firing);
    expect(text('mat-card-subtitle')).toEqual(['From Prometheus prod']);
    expect(text('.state')).toEqual(['Firing']);
    expect(text('.fired')).toEqual(['Fired 3 times · first Nov 27, 09:12 · last Nov 27, 10:05']);
    expect(text('.summary')).toEqual(['Error rate above 5 %']);
    expect(text('.description')).toEqual(['checkout returns 502 on 7 % of requests']);
    expect(text('mat-chip')).toEqual([
      'alertname=HighErrorRate',
      'severity=critical',
      'service=checkout',
      'team=payments',
    ]);
    expect(text('dt')).toEqual(['runbook_url']);
    expect(text('dd')).toEqual(['https://runbooks.test/errors']);
    const links = [...el.querySelectorAll('a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
      a.getAttribute('target'),
      a.getAttribute('rel'),
    ]);
    expect(links).toEqual([
      ['Source (opens in a new tab)', 'https://prometheus.test/graph?g0.expr=errors', '_blank', 'noopener noreferrer'],
      ['Checkout dashboard (opens in a new tab)', 'https://grafana.test/d/checkout', '_blank', 'noopener noreferrer'],
    ]);
    expect(el.querySelector('[data-testid="alert-resolution-proposal"]')).toBeNull();
  });

  it('leaves out what the alert does not have', () => {
    const { el, text } = render({ ...firing, labels: {}, annotations: {}, links: [], fireCount: 1 });
    expect(text('.fired')).toEqual(['Fired once · first Nov 27, 09:12 · last Nov 27, 10:05']);
    expect(el.querySelector('.summary, .description, mat-chip-set, dl, ul')).toBeNull();
  });

  it('offers to resolve with a summary to start from when monitoring reports it resolved', () => {
    const { el, text, resolutions } = render(resolved);
    expect(text('.state')).toEqual(['Resolved at Nov 27, 10:40']);
    expect(text('[data-testid="alert-resolution-proposal"] p')).toEqual([
      'Monitoring reports this alert resolved at Nov 27, 10:40. Resolve the escalation if nothing else remains to be done.',
    ]);
    el.querySelector<HTMLButtonElement>('[data-testid="alert-resolution-proposal"] button')?.click();
    expect(resolutions).toEqual(['Alert HighErrorRate resolved at Nov 27, 10:40 (reported by Prometheus prod)']);
  });

  it('offers nothing once the escalation is resolved, or when the integration does not propose it', () => {
    expect(render(resolved, 'resolved').el.querySelector('[data-testid="alert-resolution-proposal"]')).toBeNull();
    TestBed.resetTestingModule();
    expect(render(resolved, 'closed').el.querySelector('[data-testid="alert-resolution-proposal"]')).toBeNull();
    TestBed.resetTestingModule();
    const notProposed = render({ ...resolved, proposeResolution: false });
    expect(notProposed.el.querySelector('[data-testid="alert-resolution-proposal"]')).toBeNull();
    expect(notProposed.text('.state')).toEqual(['Resolved at Nov 27, 10:40']);
  });

  it('disables the offer while an action is under way', () => {
    const { fixture, el } = render(resolved);
    fixture.componentRef.setInput('busy', true);
    fixture.detectChanges();
    expect(el.querySelector<HTMLButtonElement>('[data-testid="alert-resolution-proposal"] button')?.disabled).toBe(
      true,
    );
  });
});
