import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { CreateIntegration, Integration } from '@ladder/contracts';
import { newIntegrationForm, toIntegrationForm } from './integration-form';
import { INTEGRATION } from './integration.fixture';
import { IntegrationDialog, type IntegrationDialogData } from './integration.dialog';
import type { SaveOutcome } from './integrations.store';

const NETWORK_TEAM = '0b9f8c1e-6f0e-4d3a-9d57-2c1a7e5b4f10';

const saved: Integration = {
  ...INTEGRATION,
  routing: {
    ...INTEGRATION.routing,
    rules: [
      { match: { severity: ['critical'] }, set: { impact: 'high' } },
      { match: { team: ['network'] }, set: { teamId: NETWORK_TEAM } },
    ],
  },
  lastReceivedAt: null,
  notificationsReceived: 0,
  openEscalations: 0,
};

describe('IntegrationDialog', () => {
  const close = jest.fn();
  const save = jest.fn<Promise<SaveOutcome<Integration>>, [CreateIntegration]>();

  function render(edited: Integration | null) {
    close.mockReset();
    save.mockReset();
    const data: IntegrationDialogData = {
      integration: edited,
      form: edited ? toIntegrationForm(edited) : newIntegrationForm(['software', 'network'], ['Payroll', 'Wi-Fi']),
      categories: ['software', 'network'],
      services: ['Payroll', 'Wi-Fi'],
      teams: [{ id: NETWORK_TEAM, name: 'Network', level: 2, capacity: 4 }],
      save,
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: data },
      ],
    });
    const fixture = TestBed.createComponent(IntegrationDialog);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const fields = (label: string) =>
      Array.from(el.querySelectorAll('mat-form-field')).filter(
        (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
      );
    const type = (label: string, value: string, index = 0) => {
      const input = fields(label)[index]?.querySelector('input');
      if (!input) throw new Error(`no field ${label}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const choose = (label: string, option: string) => {
      fields(label)[0]?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
      fixture.detectChanges();
      const match = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
        (o) => o.textContent?.trim() === option,
      );
      if (!match) throw new Error(`no option ${option} in ${label}`);
      match.click();
      fixture.detectChanges();
    };
    const click = (text: string) => {
      const button = Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => b.textContent?.trim() === text,
      );
      if (!button) throw new Error(`no button ${text}`);
      button.click();
      fixture.detectChanges();
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      fixture.detectChanges();
    };
    const errorOf = (label: string, index = 0) => fields(label)[index]?.querySelector('mat-error')?.textContent?.trim();
    const alert = () => el.querySelector('[role=alert]')?.textContent?.trim();
    return { fixture, el, type, choose, click, submit, errorOf, alert };
  }

  it('creates an integration with a rule, and closes with what the API saved', async () => {
    const { type, choose, click, submit } = render(null);
    save.mockResolvedValue({ saved: true, integration: saved });
    type('Name', 'Production Alertmanager');
    click('Add rule');
    type('Label', 'severity');
    type('Values', 'critical, page');
    choose('Impact', 'high');
    await submit();
    expect(save).toHaveBeenCalledWith({
      name: 'Production Alertmanager',
      kind: 'alertmanager',
      proposeResolution: true,
      routing: {
        defaults: { category: 'software', affectedService: 'Payroll', impact: 'medium', urgency: 'medium' },
        serviceLabel: 'service',
        rules: [{ match: { severity: ['critical', 'page'] }, set: { impact: 'high' } }],
      },
    });
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('shows what is missing next to the fields, without calling the API', async () => {
    const { el, click, submit, errorOf, alert } = render(null);
    click('Add rule');
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(errorOf('Name')).toBe('Give the integration a name');
    expect(alert()).toBe('Some fields need attention: see the messages below.');
    expect(Array.from(el.querySelectorAll('.field-problem')).map((p) => p.textContent?.trim())).toEqual([
      'Match at least one label: name it and list its values',
      'Set at least one field, or the rule changes nothing',
    ]);
  });

  it("shows the API's refusal in words and its field errors by the fields, keeping what was typed", async () => {
    const { type, submit, errorOf, alert, fixture } = render(saved);
    save.mockResolvedValue({
      saved: false,
      problem: {
        message: 'The request is not valid',
        fieldErrors: { 'routing.rules.0.match.severity.0': 'not a severity this monitoring sends' },
        conflict: false,
      },
    });
    type('Name', 'Prod AM');
    await submit();
    expect(alert()).toBe('The request is not valid');
    expect(errorOf('Values', 0)).toBe('not a severity this monitoring sends');
    expect((fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input')?.value).toBe('Prod AM');
    expect(close).not.toHaveBeenCalled();
  });

  it('after a conflict, says what happened and how to go on, keeping the dialog open', async () => {
    const { submit, alert } = render(saved);
    const message =
      'Someone else changed Production Alertmanager meanwhile, and it has been reloaded with their changes.';
    save.mockResolvedValue({ saved: false, problem: { message, fieldErrors: {}, conflict: true } });
    await submit();
    expect(alert()).toBe(`${message} Save again to apply your changes over theirs, or cancel to keep theirs.`);
    expect(close).not.toHaveBeenCalled();
  });

  it('keeps the kind of an existing integration, and reorders its rules', async () => {
    const { el, click, submit } = render(saved);
    save.mockResolvedValue({ saved: true, integration: saved });
    expect(el.querySelector('.kind')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Sends alerts as Prometheus Alertmanager (cannot be changed)',
    );
    click('Move down');
    await submit();
    expect(save.mock.calls[0]?.[0].routing.rules).toEqual([saved.routing.rules[1], saved.routing.rules[0]]);
  });
});
