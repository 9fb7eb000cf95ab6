import { randomBytes } from 'node:crypto';
import type { IntakeResult, Integration } from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { api } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot, screenshotWhole } from '../support/browser';
import { baseUrl } from '../support/e2e-env';
import { choose, signIn, signOut } from '../support/portal';

/** Unique per run: the API seeds a demo history next to it. */
const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const INTEGRATION = `${RUN} Prometheus`;
const SUMMARY = `${RUN} ERP payments API answers 5xx to 12% of requests`;
const ADMIN = 'admin@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';

const LABELS = { alertname: 'PaymentsApiErrors', service: 'ERP', severity: 'critical', instance: 'erp-api-2:8080' };

const escaped = (text: string) => text.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');

/** A label as the portal shows it, however it joins name and value ("severity=critical", "severity: critical"). */
const labelled = (name: string, value: string) => new RegExp(`${escaped(name)}\\W{0,3}${escaped(value)}`);

const STARTS_AT = new Date(Date.now() - 10 * 60_000).toISOString();
const FINGERPRINT = randomBytes(8).toString('hex');

/** One firing alert as Alertmanager's webhook (version 4) sends it. */
function alertmanagerFiring(): object {
  const labels = LABELS;
  return {
    version: '4',
    groupKey: `{}:{alertname="PaymentsApiErrors",run="${RUN}"}`,
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'ladder',
    groupLabels: { alertname: 'PaymentsApiErrors' },
    commonLabels: labels,
    commonAnnotations: { summary: SUMMARY },
    externalURL: 'http://alertmanager.example:9093',
    alerts: [
      {
        status: 'firing',
        labels,
        annotations: {
          summary: SUMMARY,
          description: 'The 5-minute error ratio of /payments has been above 5% for 10 minutes.',
        },
        startsAt: STARTS_AT,
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.example:9090/graph?g0.expr=payments_error_ratio+%3E+0.05',
        fingerprint: FINGERPRINT,
      },
    ],
  };
}

/** Alertmanager posting the firing alert with `secret` as its bearer token. */
function postAlert(secret: string): Promise<Response> {
  return fetch(`${baseUrl()}/api/intake/alertmanager`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(alertmanagerFiring()),
  });
}

/**
 * An admin connects Alertmanager on the Integrations page and reads the secret shown once; Alertmanager posts a firing
 * alert with it; an L1 agent finds the escalation it opened, with the alert's labels, in the queue and on its page.
 */
describe('alert intake journey', () => {
  let browser: Browser;
  let page: Page;
  let secret = '';
  let escalationNumber: number | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function checkPage(name: string): Promise<void> {
    await screenshot(page, name);
    expect(await accessibilityProblems(page)).toEqual([]);
  }

  it('the admin finds Integrations in the navigation, explained while there is none', async () => {
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('heading', { name: 'Integrations' }).waitFor();
    // Empty on a fresh run; a journey before this one may have connected something already.
    await page
      .getByText('No integrations yet')
      .or(page.getByRole('table', { name: 'Integrations' }))
      .waitFor();
    await checkPage('intake-01-no-integrations');
  });

  it('creates an Alertmanager integration whose critical alerts are of high impact', async () => {
    await page.getByRole('button', { name: 'New integration' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(INTEGRATION);
    await choose(page, 'Default category', 'application');
    await checkPage('intake-02-new-integration');
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await dialog.getByLabel('Label', { exact: true }).fill('severity');
    await dialog.getByLabel('Values', { exact: true }).fill('critical');
    // Impact high with the default urgency (medium) is S2: the escalation stays at L1.
    await dialog.getByRole('combobox', { name: 'Impact', exact: true }).click();
    await page.getByRole('option', { name: 'high', exact: true }).click();
    await checkPage('intake-03-routing-rule');
    await dialog.getByRole('button', { name: 'Create integration' }).click();
  });

  it('shows the secret once, with the Alertmanager configuration that carries it', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Secret for ${INTEGRATION}` }).waitFor();
    secret = ((await dialog.getByTestId('integration-secret').textContent()) ?? '').trim();
    expect(secret).not.toBe('');
    const snippet = (await dialog.locator('pre').first().textContent()) ?? '';
    expect(snippet).toContain(`url: '${baseUrl()}/api/intake/alertmanager'`);
    expect(snippet).toContain(`credentials: '${secret}'`);
    await dialog.getByText('it is shown only this once').waitFor();
    await checkPage('intake-04-secret-shown-once');
    await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: new RegExp(INTEGRATION) });
    await row.getByText(`${baseUrl()}/api/intake/alertmanager`, { exact: true }).waitFor();
    await expect(row.getByRole('cell').nth(4).textContent()).resolves.toContain('never');
  });

  it('Alertmanager posts a firing alert with the secret as its bearer token', async () => {
    const response = await postAlert(secret);
    expect(response.status).toBe(200);
    const result = (await response.json()) as IntakeResult;
    expect(result.alerts.map((a) => a.outcome)).toEqual(['opened']);
    escalationNumber = result.alerts[0]?.escalationNumber ?? null;
    expect(escalationNumber).not.toBeNull();
  });

  it('the integration counts the notification and the escalation it opened', async () => {
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(INTEGRATION) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(5, 7).map((c) => c.trim())).toEqual(['1', '1']);
    expect(cells[4]).not.toContain('never');
    await checkPage('intake-05-integration-counts');
  });

  it('edits the integration: its rule is there, and alerts no longer propose resolving', async () => {
    await page.getByRole('button', { name: `Edit ${INTEGRATION}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Label', { exact: true }).inputValue()).resolves.toBe('severity');
    await dialog.getByRole('switch', { name: 'Propose resolution when the alert resolves' }).click();
    await dialog.locator('mat-dialog-content').evaluate((content) => content.scrollTo(0, content.scrollHeight));
    await checkPage('intake-06-edit-integration');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = await api<Integration[]>(ADMIN, 'GET', '/api/admin/integrations');
    expect(saved.find((i) => i.name === INTEGRATION)?.proposeResolution).toBe(false);
  });

  it('rotating the secret, once confirmed, shows a new one; the old one is refused, the new one accepted', async () => {
    await page.getByRole('button', { name: `Rotate the secret of ${INTEGRATION}` }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('The current one stops working at once').waitFor();
    await checkPage('intake-07-rotate-confirm');
    await confirm.getByRole('button', { name: 'Rotate secret' }).click();
    const shown = page.getByRole('dialog');
    await shown.getByRole('heading', { name: `New secret for ${INTEGRATION}` }).waitFor();
    const rotated = ((await shown.getByTestId('integration-secret').textContent()) ?? '').trim();
    expect(rotated).not.toBe(secret);
    await checkPage('intake-08-new-secret');
    await shown.getByRole('button', { name: 'I have stored the secret' }).click();
    await shown.waitFor({ state: 'detached' });

    await expect(postAlert(secret).then((r) => r.status)).resolves.toBe(401);
    const again = await postAlert(rotated);
    expect(again.status).toBe(200);
    const result = (await again.json()) as IntakeResult;
    // The same notification again is a redelivery: accepted with the new secret, it changes nothing.
    expect(result.alerts.map((a) => [a.outcome, a.escalationNumber])).toEqual([['unchanged', escalationNumber]]);
    await signOut(page);
  });

  it('an L1 agent sees the escalation in the queue with its alert labels', async () => {
    await signIn(page, AGENT);
    await page.goto(`/escalations?q=${RUN}`);
    const row = page.getByRole('table', { name: 'Escalations' }).getByRole('row', { name: new RegExp(RUN) });
    await row.waitFor();
    const labels = row.getByTestId('alert-labels');
    await labels.waitFor();
    await expect(labels.textContent()).resolves.toMatch(labelled('severity', 'critical'));
    await checkPage('intake-09-queue-with-alert-labels');
    await row.getByRole('link').first().click();
    await page.waitForURL(/\/escalations\/[0-9a-f-]{36}$/);
  });

  it('opens it and sees the alert panel with its labels, and the triage suggestions', async () => {
    await page.getByRole('heading', { name: new RegExp(`^ESC-${escalationNumber} · ${escaped(SUMMARY)}$`) }).waitFor();
    const panel = page.getByTestId('alert-panel');
    await panel.waitFor();
    const shown = (await panel.textContent()) ?? '';
    for (const [name, value] of Object.entries(LABELS)) expect(shown).toMatch(labelled(name, value));
    // The models learned from the demo history at start-up: the suggestions name a category for its text.
    const suggestions = page.getByTestId('alert-suggestions');
    await suggestions.getByText(/^Learned from \d+ resolved escalations$/).waitFor();
    await expect(suggestions.textContent()).resolves.toMatch(/Category/i);
    await screenshotWhole(page, 'intake-10-escalation-alert-panel');
    expect(await accessibilityProblems(page)).toEqual([]);
    await signOut(page);
  });
});
