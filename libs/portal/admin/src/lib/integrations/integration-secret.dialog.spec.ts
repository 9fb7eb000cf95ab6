import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import type { IntegrationWithSecret } from '@ladder/contracts';
import { IntegrationSecretDialog, type IntegrationSecretData } from './integration-secret.dialog';
import { INTEGRATION } from './integration.fixture';

const integration: IntegrationWithSecret = {
  ...INTEGRATION,
  name: 'Grafana Cloud',
  kind: 'grafana',
  endpoint: '/api/intake/grafana',
  lastReceivedAt: null,
  notificationsReceived: 0,
  openEscalations: 0,
  version: 2,
  secret: 'f00d-secret',
};

function render(rotated: boolean) {
  const data: IntegrationSecretData = { integration, origin: 'https://ladder.example.com', rotated };
  TestBed.configureTestingModule({ providers: [{ provide: MAT_DIALOG_DATA, useValue: data }] });
  const fixture = TestBed.createComponent(IntegrationSecretDialog);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('IntegrationSecretDialog', () => {
  it('shows the secret with a warning that it will not be shown again, and the set-up for its kind', () => {
    const el = render(false);
    expect(text(el.querySelector('[mat-dialog-title]'))).toBe('Secret for Grafana Cloud');
    expect(text(el.querySelector('[data-testid=integration-secret]'))).toBe('f00d-secret');
    expect(text(el.querySelector('[role=alert]'))).toBe(
      'Copy the secret now: it is shown only this once, and Ladder cannot show it again. If it is lost, rotate the secret to get a new one.',
    );
    expect(Array.from(el.querySelectorAll('.snippet h4')).map(text)).toEqual([
      'Grafana contact point with a bearer token',
      'Or: Grafana contact point with an HMAC signature',
    ]);
    expect(text(el.querySelector('.snippet pre'))).toContain('Authentication Header Credentials: f00d-secret');
    expect(Array.from(el.querySelectorAll('button')).map(text)).toEqual([
      'Copy secret',
      'Copy URL',
      'Copy',
      'Copy',
      'I have stored the secret',
    ]);
  });

  it('says that the previous secret stopped working after a rotation', () => {
    const el = render(true);
    expect(text(el.querySelector('[mat-dialog-title]'))).toBe('New secret for Grafana Cloud');
    expect(text(el.querySelector('[role=alert]'))).toContain(
      "The previous secret no longer works: put this one in the monitoring system's configuration.",
    );
  });
});
