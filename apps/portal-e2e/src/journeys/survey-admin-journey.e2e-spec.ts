import { randomBytes } from 'node:crypto';
import type { FeedbackList, SurveyTemplate } from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { api } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { choose, signIn, signOut } from '../support/portal';

/** Unique per run, so this run's suggestion and question are told apart from anything else. */
const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const SUGGESTION = `${RUN}: let L1 see the L3 on-call rota, so we stop asking the team lead who is on duty.`;
const PROMPT = `${RUN} How easy was it to reach the right person?`;
const OWNER = 'owner@ladder.demo';

/**
 * An agent suggests a change to the process; the process owner reviews it, then adds a question to the survey,
 * previews it as a stakeholder would see it and saves it as the next version.
 */
describe('survey administration journey', () => {
  let browser: Browser;
  let page: Page;

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

  it('an agent sends a suggestion about the process', async () => {
    await signIn(page, 'l1.agent@ladder.demo');
    await page.getByRole('link', { name: 'Feedback' }).click();
    await page.getByRole('heading', { name: 'Suggest an improvement' }).waitFor();
    await choose(page, 'Topic', 'Levels and who handles what');
    await page.getByLabel('Your suggestion').fill(SUGGESTION);
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await page.getByText('Thank you, your suggestion has been sent.').waitFor();
    await expect(page.getByLabel('Your suggestion').inputValue()).resolves.toBe('');
    await checkPage('survey-admin-01-agent-suggestion');
    await signOut(page);
  });

  it('the process owner reviews it', async () => {
    await signIn(page, OWNER);
    await page.getByRole('link', { name: 'Feedback' }).click();
    const item = page.getByRole('article').filter({ hasText: SUGGESTION });
    await item.waitFor();
    await item.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Planned', exact: true }).click();
    await item.getByLabel('Review note').fill('On the agenda of the December process review.');
    await checkPage('survey-admin-02-feedback-review');
    await item.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('Review saved').waitFor();
    const planned = await api<FeedbackList>(OWNER, 'GET', '/api/feedback?status=planned');
    expect(planned.items.find((f) => f.body === SUGGESTION)).toMatchObject({
      topic: 'levels',
      source: 'staff',
      status: 'planned',
      reviewNote: 'On the agenda of the December process review.',
    });
  });

  it('the process owner adds a question, previews it and saves the next survey version', async () => {
    const before = await api<SurveyTemplate>(OWNER, 'GET', '/api/surveys/templates/current');
    await page.getByRole('link', { name: 'Survey' }).click();
    await page.getByRole('button', { name: 'Add rating' }).click();
    const added = page.getByRole('region', { name: `Question ${before.definition.questions.length + 1} · Rating` });
    await added.getByLabel('Prompt').fill(PROMPT);
    await added.getByLabel('Key').fill('reach');
    // The preview shows the new question as a stakeholder would answer it.
    await page.getByRole('group', { name: PROMPT }).getByRole('radio', { name: '5, Excellent' }).waitFor();
    await checkPage('survey-admin-03-template-editor');
    await page.getByRole('button', { name: `Save as version ${before.version + 1}` }).click();
    await page.getByRole('button', { name: `Save as version ${before.version + 2}` }).waitFor();

    const after = await api<SurveyTemplate>(OWNER, 'GET', '/api/surveys/templates/current');
    expect(after.version).toBe(before.version + 1);
    expect(after.definition.questions.at(-1)).toMatchObject({
      kind: 'rating',
      key: 'reach',
      prompt: PROMPT,
      required: false,
    });
  });
});
