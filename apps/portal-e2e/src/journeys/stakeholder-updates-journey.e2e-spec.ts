import { randomBytes } from 'node:crypto';
import type { Escalation } from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { createEscalation } from '../support/api-client';
import { baseUrl } from '../support/e2e-env';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { linkPath, sentTo, waitForMail } from '../support/mailbox';
import { signIn, signOut } from '../support/portal';

/** Unique per run, so this run's email is told apart from any other. */
const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const TITLE = `${RUN} Payroll export fails for Finance`;
const STAKEHOLDER = 'kim.lee@example.com';
const UPDATE = 'Engineers have found the faulty export job and are rerunning it.';

/** An agent posts a public update; the stakeholder reads it on a phone from their email's link; an admin sees the email go out. */
describe('stakeholder updates journey', () => {
  let browser: Browser;
  let page: Page;
  let escalation: Escalation;

  beforeAll(async () => {
    escalation = await createEscalation('l1.agent@ladder.demo', {
      title: TITLE,
      description: 'The nightly payroll export stopped with an error.',
      category: 'application',
      affectedService: 'Payroll',
      impact: 'medium',
      urgency: 'medium',
      stakeholders: [{ name: 'Kim Lee', email: STAKEHOLDER }],
    });
    browser = await launchChromium();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function checkPage(on: Page, name: string): Promise<void> {
    await screenshot(on, name);
    expect(await accessibilityProblems(on)).toEqual([]);
  }

  it('the agent sees the clocks count down and posts a stakeholder update', async () => {
    await signIn(page, 'l1.agent@ladder.demo');
    await page.goto(`/escalations/${escalation.id}`);
    const response = page.locator('[data-clock="response"]');
    await response.getByText('On track').waitFor();
    const before = await response.locator('.countdown').textContent();
    await page.waitForTimeout(1_100);
    expect(await response.locator('.countdown').textContent()).not.toBe(before);
    await page.getByTestId('next-update').waitFor();

    await page.getByLabel('Update for stakeholders').fill(UPDATE);
    await page.getByRole('button', { name: 'Post update' }).click();
    await page.locator('ladder-timeline').getByText(UPDATE).waitFor();
    await expect(page.getByLabel('Update for stakeholders').inputValue()).resolves.toBe('');
    await checkPage(page, 'status-01-agent-clocks-and-update');
    await signOut(page);
  });

  it('the stakeholder opens the link from their email on a phone, without signing in', async () => {
    const mail = await waitForMail(
      `to ${STAKEHOLDER} about ${RUN}`,
      (m) => sentTo(m, STAKEHOLDER) && `${m.subject ?? ''} ${m.text ?? ''}`.includes(RUN),
    );
    const statusPath = linkPath(mail, '/status/');
    const phone = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 390, height: 844 } });
    const stakeholderPage = await phone.newPage();
    await stakeholderPage.goto(statusPath);
    await stakeholderPage.getByRole('heading', { level: 1, name: `ESC-${escalation.number} · ${TITLE}` }).waitFor();
    await stakeholderPage.getByText(UPDATE).waitFor();
    await stakeholderPage.getByTestId('next-update').waitFor();
    expect(await stakeholderPage.getByRole('button', { name: 'User menu' }).count()).toBe(0);
    // Fits the phone: nothing scrolls sideways.
    expect(await stakeholderPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkPage(stakeholderPage, 'status-02-stakeholder-phone');

    await stakeholderPage.goto('/status/not-a-real-token');
    await stakeholderPage.getByRole('heading', { name: 'This status link is not valid' }).waitFor();
    await checkPage(stakeholderPage, 'status-03-unknown-link');
    await phone.close();
  });

  it('an admin finds the email among the sent deliveries', async () => {
    await signIn(page, 'admin@ladder.demo');
    await page.getByRole('link', { name: 'Deliveries' }).click();
    await page.getByRole('heading', { name: 'Deliveries' }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await page.locator('mat-button-toggle', { hasText: 'Sent' }).click();
    await page.waitForURL(/\/admin\/deliveries\?status=sent$/);
    const row = page
      .getByRole('table', { name: 'Deliveries' })
      .getByRole('row')
      .filter({ hasText: STAKEHOLDER })
      .filter({ hasText: `[ESC-${escalation.number}]` })
      .first();
    await row.waitFor();
    await checkPage(page, 'status-04-admin-sent-deliveries');
  });
});
