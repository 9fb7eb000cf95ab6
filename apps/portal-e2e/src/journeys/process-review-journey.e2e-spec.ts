import type { ProcessReview, ProcedureVersionDetail } from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { api } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { paintedPixels } from '../support/canvas';
import { signIn, signOut } from '../support/portal';
import { reportCard } from '../support/reports';

const MANAGER = 'manager@ladder.demo';
const OWNER = 'owner@ladder.demo';

/**
 * The monthly review: a manager reads the demo history's review with its frozen figures and action items, checks
 * whether the last quarter did better than the one before, and looks at the registers; the process owner turns
 * the review into a draft revision of the procedure.
 */
describe('process review journey', () => {
  let browser: Browser;
  let page: Page;
  let reviewId = '';

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

  it('a manager opens the seeded review with its snapshot and action items', async () => {
    await signIn(page, MANAGER);
    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('heading', { name: 'Process reviews' }).waitFor();
    await page.getByRole('link', { name: 'Monthly process review' }).first().click();
    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    reviewId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.getByRole('cell', { name: 'Agree hand-off rules with the team leads', exact: true }).waitFor();
    await checkPage('review-01-detail');
    const review = await api<ProcessReview>(MANAGER, 'GET', `/api/reviews/${reviewId}`);
    expect(review.actionItems.map((item) => item.title)).toContain('Keep stakeholders updated on S1 and S2');
  });

  it('compares the last 45 days with the 45 before, stratified, with intervals drawn', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const periods = `aFrom=${day(-89)}&aTo=${day(-45)}&bFrom=${day(-44)}&bTo=${day(0)}`;
    await page.goto(`/procedure/impact?mode=periods&${periods}`);
    await page.getByRole('heading', { name: 'Did it help?' }).waitFor();
    const chart = reportCard(page, 'Times').locator('canvas[data-rendered="true"]');
    await chart.waitFor();
    expect(await paintedPixels(chart)).toBeGreaterThan(500);
    await checkPage('review-02-did-it-help');
  });

  it('reads the critical services and the risks they carry', async () => {
    await page.goto('/procedure/services');
    await page.getByRole('heading', { name: 'Critical services' }).waitFor();
    await page.getByRole('cell', { name: 'Payroll', exact: true }).waitFor();
    await checkPage('review-03-services');
    await page.goto('/procedure/risks');
    await page.getByRole('heading', { name: 'Risks' }).first().waitFor();
    await checkPage('review-04-risks');
    await signOut(page);
  });

  it('the process owner starts a draft revision from the review, linked both ways', async () => {
    await signIn(page, OWNER);
    await page.goto(`/reviews/${reviewId}`);
    await page.getByRole('button', { name: 'Start a draft revision' }).click();
    await page.waitForURL(/\/procedure\/[0-9a-f-]{36}\/edit$/);
    const draftId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const draft = await api<ProcedureVersionDetail>(OWNER, 'GET', `/api/procedures/${draftId}`);
    expect([draft.status, draft.reviewId]).toEqual(['draft', reviewId]);
    await page.goto(`/reviews/${reviewId}`);
    await page.getByRole('link', { name: /^Draft revision: version \d+ \(draft\)$/ }).waitFor();
    // Discarded again, so the procedure journey's draft is the only one in review.
    await api(OWNER, 'POST', `/api/procedures/${draftId}/discard`, {});
  });
});
