import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { finishedAt, timeAtLevelBaseline } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { paintedPixels } from '../support/canvas';
import { actWithText, choose, signIn, signOut } from '../support/portal';
import { cellNumber, openDrawnChart, reportCard, showAs } from '../support/reports';

/** Unique per run: the API seeds a demo history next to it. */
const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const TITLE = `${RUN} VPN drops every 10 minutes for Finance`;

/** One escalation from creation at L1 to closure at L2, then the manager's report that counts it. */
describe('escalation journey', () => {
  let browser: Browser;
  let page: Page;
  let escalationUrl = '';
  let l1Before = 0;

  beforeAll(async () => {
    l1Before = finishedAt(await timeAtLevelBaseline('manager@ladder.demo'), 1, 'Service Desk');
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

  it('the sign-in page explains a wrong password', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('l1.agent@ladder.demo');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await checkPage('01-sign-in-error');
  });

  it('an L1 agent signs in to the queue', async () => {
    await signIn(page, 'l1.agent@ladder.demo');
    await page.getByRole('heading', { name: 'Escalation queue' }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await checkPage('02-agent-queue');
  });

  it('a signed-in agent who opens the sign-in page lands back on the queue', async () => {
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Escalation queue' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/escalations');
  });

  it('creates an escalation, seeing the severity from the matrix', async () => {
    await page.getByRole('link', { name: 'New escalation' }).first().click();
    await page.getByRole('heading', { name: 'New escalation' }).waitFor();
    await page.getByLabel('Title').fill(TITLE);
    await page
      .getByLabel('Description')
      .fill('Users in Finance lose the VPN tunnel every ten minutes since this morning.');
    await choose(page, 'Category', 'network');
    await choose(page, 'Affected service', 'VPN');
    await choose(page, 'Impact', 'high');
    // High x medium is S2: an S1 would go straight to L2 by the seeded trigger rule.
    await choose(page, 'Urgency', 'medium');
    // Waits for the re-render: reading the text right after the click can still see the previous severity.
    await page.getByTestId('computed-severity').filter({ hasText: 'S2 High' }).waitFor();
    // An L1-only agent has no other level to open at.
    await expect(page.getByLabel('Entry level').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByLabel('Name').fill('Kim Lee');
    await page.getByLabel('Email').fill('kim.lee@example.com');
    await checkPage('03-create-escalation');

    await page.getByRole('button', { name: 'Create escalation' }).dblclick();
    await page.waitForURL(/\/escalations\/[0-9a-f-]{36}$/);
    escalationUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: new RegExp(`^ESC-\\d+ · ${TITLE}$`) }).waitFor();
    await page.getByText('Runbook · L1').waitFor();
    await checkPage('04-escalation-open');
  });

  it('the double click made one escalation', async () => {
    await page.goto(`/escalations?q=${RUN}`);
    await page.getByRole('table', { name: 'Escalations' }).getByRole('link').first().waitFor();
    await expect(page.getByRole('table', { name: 'Escalations' }).getByRole('row').count()).resolves.toBe(2);
    await checkPage('04b-queue-search');
    await page.goto(escalationUrl);
  });

  it('acknowledges, then escalates with a reason', async () => {
    await page.getByRole('toolbar', { name: 'Actions' }).getByRole('button', { name: 'Acknowledge' }).click();
    await page.locator('ladder-status-chip', { hasText: 'Acknowledged' }).waitFor();

    await page.getByRole('toolbar', { name: 'Actions' }).getByRole('button', { name: 'Escalate', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Escalate', exact: true }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Reason').fill('Tunnel resets point to the concentrator; needs a team lead decision.');
    await checkPage('05-escalate-dialog');
    await dialog.getByRole('button', { name: 'Escalate', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('level').getByText(/^L2 /).waitFor();
    await page.getByText('Escalated').first().waitFor();
    await checkPage('06-escalated-to-l2');
    await signOut(page);
  });

  it('the L2 lead resolves with a summary and closes it', async () => {
    await signIn(page, 'l2.lead@ladder.demo');
    await page.goto(escalationUrl);
    await page.getByTestId('level').getByText(/^L2 /).waitFor();
    await actWithText(page, 'Resolve', 'Resolution summary', 'Replaced the failing VPN concentrator line card.');
    await page.locator('ladder-status-chip', { hasText: 'Resolved' }).waitFor();
    await page.getByRole('toolbar', { name: 'Actions' }).getByRole('button', { name: 'Close' }).click();
    await page.locator('ladder-status-chip', { hasText: 'Closed' }).waitFor();
    await checkPage('07-closed-by-l2');
    await signOut(page);
  });

  it('a manager sees time at level drawn, with the escalation counted', async () => {
    await signIn(page, 'manager@ladder.demo');
    const heading = 'Time at level per level and team';
    const card = reportCard(page, heading);
    const l1 = card
      .getByRole('table', { name: new RegExp(`^${heading} `) })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'L1 Service Desk', exact: true }) })
      .filter({ has: page.getByRole('cell', { name: 'Service Desk', exact: true }) });
    // Columns: Level, Team, Stays, then the percentiles.
    const counted = async () => {
      await showAs(card, 'Table');
      return cellNumber((await l1.getByRole('cell').nth(2).textContent()) ?? '–');
    };
    // The report reads the daily rollup, which takes a finished stay in within the refresher's 15 s.
    for (let look = 0; look < 20; look++) {
      const chart = await openDrawnChart(page, '/reports/time-at-level', heading);
      if (look === 0) expect(await paintedPixels(chart)).toBeGreaterThan(500);
      if ((await counted()) === l1Before + 1) break;
      await page.waitForTimeout(2000);
    }
    expect(await counted()).toBe(l1Before + 1);
    await checkPage('08-manager-time-at-level');
  });
});
