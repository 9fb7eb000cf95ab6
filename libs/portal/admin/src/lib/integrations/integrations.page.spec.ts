import { formatDate } from '@angular/common';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { Integration, IntegrationWithSecret } from '@ladder/contracts';
import { ApiError, Notifier, ReferenceStore } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { INTEGRATION } from './integration.fixture';
import { IntegrationSecretDialog, type IntegrationSecretData } from './integration-secret.dialog';
import { IntegrationDialog, type IntegrationDialogData } from './integration.dialog';
import { IntegrationsApi } from './integrations.api';
import { IntegrationsPage } from './integrations.page';
import { RotateSecretDialog } from './rotate-secret.dialog';

const integration = INTEGRATION;
const withSecret: IntegrationWithSecret = { ...integration, version: 4, secret: 'the-new-secret' };

describe('IntegrationsPage', () => {
  const api = { list: jest.fn(), create: jest.fn(), update: jest.fn(), rotateSecret: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };
  /** What each dialog closes with, by component. */
  const answers = new Map<unknown, unknown>();
  const dialog = {
    open: jest.fn((component: unknown, _config: { data: unknown }) => ({
      afterClosed: () => of(answers.get(component)),
    })),
  };

  async function render(list: Integration[]) {
    Object.values(api).forEach((fn) => fn.mockReset());
    Object.values(notifier).forEach((fn) => fn.mockReset());
    dialog.open.mockClear();
    answers.clear();
    api.list.mockReturnValue(of(list));
    TestBed.configureTestingModule({
      providers: [
        { provide: IntegrationsApi, useValue: api },
        { provide: Notifier, useValue: notifier },
        { provide: MatDialog, useValue: dialog },
        {
          provide: ReferenceStore,
          useValue: {
            procedure: signal({ definition: { categories: ['software', 'network'], services: ['Payroll', 'Wi-Fi'] } }),
            teams: signal([]),
            ensureLoaded: () => Promise.resolve(),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(IntegrationsPage);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    const button = (label: string) => {
      const found = Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label,
      );
      if (!found) throw new Error(`no button ${label}`);
      return found;
    };
    const opened = (component: unknown) => dialog.open.mock.calls.filter(([c]) => c === component).map(([, c]) => c);
    return { fixture, el, settle, button, opened };
  }

  it('says what an integration is for while there is none', async () => {
    const { el } = await render([]);
    expect(el.querySelector('ladder-empty-state .title')?.textContent?.trim()).toBe('No integrations yet');
    expect(el.querySelector('ladder-empty-state')?.textContent).toContain(
      'An integration gives a monitoring system an address and a secret to post its alerts to.',
    );
  });

  it('lists each integration with its full endpoint, state and counts', async () => {
    const { el } = await render([integration]);
    const cells = Array.from(el.querySelectorAll('tr.mat-mdc-row td')).map((td) =>
      td.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      'Production Alertmanager',
      'Prometheus Alertmanager',
      'http://localhost/api/intake/alertmanager' +
        'With an HMAC signature, add: ?integration=5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e',
      'On',
      // The time in the browser's zone.
      formatDate('2026-11-26T14:05:00.000Z', 'MMM d, HH:mm', 'en-US'),
      '1,204',
      '3',
      'Edit Rotate secret',
    ]);
  });

  it('creates an integration with the procedure defaults, then shows its secret once', async () => {
    const { button, settle, opened } = await render([]);
    answers.set(IntegrationDialog, withSecret);
    button('New integration').click();
    await settle();
    const editor = opened(IntegrationDialog)[0]?.data as IntegrationDialogData;
    expect(editor.integration).toBeNull();
    expect(editor.form.defaults).toEqual({
      category: 'software',
      affectedService: 'Payroll',
      impact: 'medium',
      urgency: 'medium',
    });
    expect(editor.categories).toEqual(['software', 'network']);
    expect(opened(IntegrationSecretDialog)).toEqual([
      {
        data: { integration: withSecret, origin: 'http://localhost', rotated: false } satisfies IntegrationSecretData,
        disableClose: true,
        maxWidth: '95vw',
      },
    ]);
  });

  it('rotates a secret only once confirmed, then shows the new one', async () => {
    const { button, settle, opened } = await render([integration]);
    button('Rotate the secret of Production Alertmanager').click();
    await settle();
    expect(api.rotateSecret).not.toHaveBeenCalled();

    answers.set(RotateSecretDialog, true);
    api.rotateSecret.mockReturnValue(of(withSecret));
    button('Rotate the secret of Production Alertmanager').click();
    await settle();
    expect(api.rotateSecret).toHaveBeenCalledWith(integration.id, 3);
    expect(opened(IntegrationSecretDialog)[0]?.data).toEqual({
      integration: withSecret,
      origin: 'http://localhost',
      rotated: true,
    });
  });

  it('disables an integration, and on a stale version says so and reloads', async () => {
    const { el, settle } = await render([integration]);
    const toggle = () => el.querySelector<HTMLButtonElement>('mat-slide-toggle button');
    api.update.mockReturnValue(throwError(() => new ApiError(409, 'stale_version', 'stale')));
    api.list.mockReturnValue(of([{ ...integration, version: 5 }]));
    toggle()?.click();
    await settle();
    expect(api.update).toHaveBeenCalledWith(integration.id, { enabled: false, version: 3 });
    expect(notifier.error).toHaveBeenCalledWith(
      new Error(
        'Someone else changed Production Alertmanager meanwhile, and it has been reloaded with their changes. Check it, then try again.',
      ),
    );
    expect(toggle()?.getAttribute('aria-checked')).toBe('true');
  });
});
