import { randomBytes } from 'node:crypto';
import type { Escalation, SurveyReport, SurveySettings } from '@ladder/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, createEscalation } from '../support/api-client';
import { baseUrl } from '../support/e2e-env';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { linkPath, sentTo, waitForMail } from '../support/mailbox';
import { signIn } from '../support/portal';

/** Unique per run, so this run's email and comment are told apart from the demo history. */
const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const STAKEHOLDER = 'ana.silva@example.com';
const AGENT = 'l1.agent@ladder.demo';
const OWNER = 'owner@ladder.demo';
const MANAGER = 'manager@ladder.demo';
const COMMENT = `${RUN}: fixed quickly, but tell me sooner when it moves to another team.`;
const PHONE = { width: 390, height: 844 };

const today = () => new Date().toISOString().slice(0, 10);

/** The manager's survey report for today, as the API counts it. */
function todaysReport(): Promise<SurveyReport> {
  return api<SurveyReport>(MANAGER, 'GET', `/api/analytics/surveys?from=${today()}&to=${today()}`);
}

/**
 * A stakeholder answers the post-resolution survey from the link in their email (taken from the SMTP server the API
 * sends to) on a phone, in well under a minute; the manager then sees the answer counted in the survey report.
 */
describe('survey journey', () => {
  let browser: Browser;
  let phone: BrowserContext;
  let escalation: Escalation;
  let answeredBefore: number;

  beforeAll(async () => {
    const settings = await api<SurveySettings>(OWNER, 'GET', '/api/surveys/settings');
    // Invitations go out as soon as the escalation is resolved, for every severity.
    await api(OWNER, 'PUT', '/api/surveys/settings', {
      ...settings,
      delayMinutes: 0,
      sampleBySeverity: { S1: 1, S2: 1, S3: 1, S4: 1 },
      sampleByCategory: {},
      anonymous: false,
    });
    answeredBefore = (await todaysReport()).responseRate.answered;
    escalation = await createEscalation(AGENT, {
      title: `${RUN} Shared drive mapping lost after update`,
      description: 'The finance team lost their mapped drive after the weekly update.',
      category: 'application',
      affectedService: 'File shares',
      impact: 'low',
      urgency: 'medium',
      stakeholders: [{ name: 'Ana Silva', email: STAKEHOLDER }],
    });
    await api(AGENT, 'POST', `/api/escalations/${escalation.id}/resolve`, {
      version: escalation.version,
      summary: 'Re-applied the drive mapping policy and confirmed with the finance team.',
    });
    browser = await launchChromium();
    phone = await browser.newContext({ baseURL: baseUrl(), viewport: PHONE });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function checkPage(on: Page, name: string): Promise<void> {
    await screenshot(on, name);
    expect(await accessibilityProblems(on)).toEqual([]);
  }

  it('the stakeholder answers from the emailed link on a phone in under a minute', async () => {
    const mail = await waitForMail(
      `inviting ${STAKEHOLDER} to the survey of ESC-${escalation.number}`,
      (m) =>
        sentTo(m, STAKEHOLDER) && (m.subject ?? '').includes(`ESC-${escalation.number}`) && /survey/.test(m.text ?? ''),
    );
    const surveyPath = linkPath(mail, '/survey/');
    expect(mail.text).toContain(`${surveyPath}/opt-out`);

    const started = Date.now();
    const page = await phone.newPage();
    await page.goto(surveyPath);
    await page.getByRole('heading', { level: 1, name: `How did we handle ESC-${escalation.number}?` }).waitFor();
    expect(await page.getByRole('button', { name: 'User menu' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'survey-01-stakeholder-phone');

    // Sending with nothing chosen says what is missing and keeps the page.
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page
      .getByRole('group', { name: /Overall, how satisfied/ })
      .getByText('Please choose a rating from 1 to 5.')
      .first()
      .waitFor();

    await page
      .getByRole('group', { name: /Overall, how satisfied/ })
      .getByRole('radio', { name: '4' })
      .check();
    await page
      .getByRole('group', { name: /kept informed/ })
      .getByRole('radio', { name: '3' })
      .check();
    await page
      .getByRole('group', { name: /right level/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page
      .getByRole('group', { name: /done better/ })
      .getByRole('textbox')
      .fill(COMMENT);
    await checkPage(page, 'survey-02-answers-filled');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    expect(Date.now() - started).toBeLessThan(60_000);
    await checkPage(page, 'survey-03-thank-you');

    // The link is single use: opened again, it says so.
    await page.goto(surveyPath);
    await page.getByRole('heading', { level: 1, name: 'You have already answered this survey' }).waitFor();
    await page.goto('/survey/not-a-real-token');
    await page.getByRole('heading', { level: 1, name: 'This survey link is not valid' }).waitFor();
    await checkPage(page, 'survey-04-unknown-link');
    await page.close();
  });

  it('the manager sees the answer counted, with the comment, in the survey report', async () => {
    const report = await todaysReport();
    expect(report.responseRate.answered).toBe(answeredBefore + 1);
    expect(report.comments.find((c) => c.text === COMMENT)).toMatchObject({
      number: escalation.number,
      score: 4,
      respondent: { name: 'Ana Silva', email: STAKEHOLDER },
    });

    const page = await newPage(browser);
    await signIn(page, MANAGER);
    await page.goto(`/reports/surveys?from=${today()}&to=${today()}`);
    await page.getByText(COMMENT).waitFor();
    await page
      .getByText(String(answeredBefore + 1), { exact: true })
      .first()
      .waitFor();
    await checkPage(page, 'survey-05-manager-report');

    // Over the default period the demo history's answers fill every section. Only a picture: axe needs minutes for
    // its 200 comments, whose markup it has just checked above.
    await page.goto('/reports/surveys');
    await page.getByRole('heading', { name: 'What moves satisfaction' }).waitFor();
    await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
    await screenshot(page, 'survey-06-report-demo-history');
    await page.close();
  });
});
