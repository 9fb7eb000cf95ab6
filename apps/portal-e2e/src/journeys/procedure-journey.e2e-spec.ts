import { randomBytes } from 'node:crypto';
import type {
  Escalation,
  ProcedureAcknowledgementReport,
  ProcedureVersion,
  ProcedureVersionDetail,
} from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { api, createEscalation } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { signIn, signOut } from '../support/portal';

/** Unique per run, so this run's draft is told apart from the seeded versions and earlier runs. */
const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const DRAFT_NAME = `${RUN} Quicker L1`;
const OWNER = 'owner@ladder.demo';
const MANAGER = 'manager@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';
const L1_S2_BUDGET = 'L1 Service Desk S2 time budget (minutes)';

/**
 * A process owner drafts a revision that lowers the L1 budget, replays it on the history, sends it for review; a
 * manager approves it; an agent acknowledges it; and a new escalation runs under it.
 */
describe('procedure revision journey', () => {
  let browser: Browser;
  let page: Page;
  let before: ProcedureVersion;
  let draftId = '';
  let loweredBudget = 0;

  beforeAll(async () => {
    before = await api<ProcedureVersion>(OWNER, 'GET', '/api/procedures/current');
    browser = await launchChromium();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    // Later journeys open escalations under the procedure they expect.
    await api(OWNER, 'POST', '/api/procedures', { name: before.name, definition: before.definition });
  });

  async function checkPage(name: string): Promise<void> {
    await screenshot(page, name);
    expect(await accessibilityProblems(page)).toEqual([]);
  }

  it('the process owner starts a draft from the current version', async () => {
    await signIn(page, OWNER);
    await page.getByRole('link', { name: 'Procedure' }).click();
    await page.getByRole('heading', { name: 'Current version' }).waitFor();
    await checkPage('procedure-01-versions');
    await page.getByRole('button', { name: 'New draft' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name of the draft').fill(DRAFT_NAME);
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/procedure\/[0-9a-f-]{36}\/edit$/);
    draftId = new URL(page.url()).pathname.split('/')[2] ?? '';
  });

  it('lowers the L1 budget for S2 and saves the draft', async () => {
    const budget = page.getByLabel(L1_S2_BUDGET);
    const current = Number(await budget.inputValue());
    loweredBudget = Math.max(1, Math.round(current / 2));
    await budget.fill(String(loweredBudget));
    await page.getByLabel('Change note').fill('S2 escalations wait too long at L1 before a team lead sees them.');
    await checkPage('procedure-02-editor');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Saved. You can keep editing.').waitFor();
    const saved = await api<ProcedureVersionDetail>(OWNER, 'GET', `/api/procedures/${draftId}`);
    expect(saved.definition.levels.find((l) => l.level === 1)?.budgetMinutes.S2).toBe(loweredBudget);
    expect(saved.status).toBe('draft');
  });

  it('replays the draft on the last 90 days before sending it for review', async () => {
    await page.getByRole('link', { name: 'Back to version' }).click();
    await page.getByRole('button', { name: 'What-if replay' }).click();
    await page.getByRole('heading', { name: 'What-if replay' }).waitFor();
    await page.getByRole('button', { name: 'Run replay' }).click();
    await page.getByRole('heading', { name: 'Breaches per severity' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Assumptions' }).waitFor();
    await checkPage('procedure-03-replay');
    await page.getByRole('link', { name: 'Back to the version' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.locator('ladder-procedure-status-chip', { hasText: 'In review' }).waitFor();
    // The author cannot approve their own revision.
    await expect(page.getByRole('button', { name: 'Approve and publish' }).isDisabled()).resolves.toBe(true);
    await checkPage('procedure-04-in-review');
    await signOut(page);
  });

  it('a manager compares it with the current version and approves it', async () => {
    await signIn(page, MANAGER);
    await page.goto(`/procedure/${draftId}/diff/${before.id}`);
    await page.getByText(`L1 Service Desk: S2 time budget`).first().waitFor();
    await checkPage('procedure-05-diff');
    await page.goto(`/procedure/${draftId}`);
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.locator('ladder-procedure-status-chip', { hasText: 'Published' }).first().waitFor();
    const current = await api<ProcedureVersion>(MANAGER, 'GET', '/api/procedures/current');
    expect(current.id).toBe(draftId);
    await signOut(page);
  });

  it('an agent is asked to read the new version and acknowledges it', async () => {
    await signIn(page, AGENT);
    await page.getByRole('link', { name: /^Read procedure v\d+$/ }).click();
    await page.getByRole('button', { name: 'Read and understood' }).click();
    await page.getByText(/^You acknowledged v\d+ on /).waitFor();
    await checkPage('procedure-06-acknowledged');
    const report = await api<ProcedureAcknowledgementReport>(
      MANAGER,
      'GET',
      `/api/procedures/${draftId}/acknowledgements`,
    );
    const desk = report.teams.find((t) => t.teamName === 'Service Desk');
    expect(desk?.acknowledged).toBeGreaterThanOrEqual(1);
    expect(desk?.notAcknowledged.map((person) => person.name)).not.toContain('Alex Rivera');
  });

  it('a new escalation runs under the new version, with its lower L1 budget', async () => {
    const opened = await createEscalation(AGENT, {
      title: `${RUN} Printer queue stuck on floor 3`,
      description: 'Jobs sit in the queue and never print.',
      category: 'hardware',
      affectedService: 'Wi-Fi',
      impact: 'high',
      urgency: 'medium',
      stakeholders: [],
    });
    expect(opened.procedureVersionId).toBe(draftId);
    await page.goto(`/escalations/${opened.id}`);
    const published = await api<ProcedureVersion>(AGENT, 'GET', `/api/procedures/${draftId}`);
    await page.getByText(new RegExp(`procedure v${published.version}$`)).waitFor();
    const escalation = await api<Escalation>(AGENT, 'GET', `/api/escalations/${opened.id}`);
    expect(escalation.severity).toBe('S2');
    await signOut(page);
  });
});
