import { TestBed } from '@angular/core/testing';
import type { EscalationAlert } from '@ladder/contracts';
import { AlertMarkerComponent, fireTimes } from './alert-marker.component';

const LABELS = {
  job: 'api',
  service: 'checkout',
  region: 'eu-west-1',
  severity: 'critical',
  alertname: 'HighErrorRate',
  instance: '10.0.3.7:9100',
};

describe('fireTimes', () => {
  it('counts repeats only', () => {
    expect(fireTimes(1)).toBeNull();
    expect(fireTimes(2)).toBe('×2');
    expect(fireTimes(17)).toBe('×17');
  });
});

describe('AlertMarkerComponent', () => {
  function render(alert: Pick<EscalationAlert, 'labels' | 'fireCount'>) {
    const fixture = TestBed.createComponent(AlertMarkerComponent);
    fixture.componentRef.setInput('alert', alert);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) =>
      [...el.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { el, text };
  }

  it('marks the row, shows the four most telling labels with the rest behind a tooltip, and the repeats', () => {
    const { el, text } = render({ labels: LABELS, fireCount: 3 });
    expect(text('.marker')).toEqual(['Monitoring']);
    expect(text('[data-testid="alert-labels"] mat-chip')).toEqual([
      'alertname=HighErrorRate',
      'severity=critical',
      'instance=10.0.3.7:9100',
      'service=checkout',
      '+2',
    ]);
    expect(el.querySelector('.more')?.getAttribute('aria-label')).toBe('Other labels: job=api, region=eu-west-1');
    expect(text('.fired [aria-hidden="true"]')).toEqual(['×3']);
    expect(text('.fired .visually-hidden')).toEqual(['fired 3 times']);
  });

  it('shows no tooltip chip when every label fits and no count for an alert that fired once', () => {
    const { el, text } = render({ labels: { alertname: 'TunnelDown', service: 'vpn' }, fireCount: 1 });
    expect(text('mat-chip')).toEqual(['alertname=TunnelDown', 'service=vpn']);
    expect(el.querySelector('.more')).toBeNull();
    expect(el.querySelector('.fired')).toBeNull();
  });

  it('keeps the marker alone for an alert without labels', () => {
    const { el, text } = render({ labels: {}, fireCount: 1 });
    expect(text('.marker')).toEqual(['Monitoring']);
    expect(el.querySelector('[data-testid="alert-labels"]')).toBeNull();
  });
});
