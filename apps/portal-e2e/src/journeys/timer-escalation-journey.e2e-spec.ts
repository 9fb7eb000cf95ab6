import { randomBytes } from 'node:crypto';
import type { Escalation, ProcedureDefinition, ProcedureVersion } from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { api, createEscalation } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { signIn } from '../support/portal';

const RUN = `E2E-${randomBytes(3).toString('hex')}`;
const OWNER = 'owner@ladder.demo';
/** The L1 budget of an S2 in the drill: 8 seconds. */
const L1_BUDGET_MINUTES = 8 / 60;

/** The current procedure with an S2's L1 budget of seconds and no trigger rules, so only the timer acts. */
function drill(definition: ProcedureDefinition): ProcedureDefinition {
  return {
    ...definition,
    rules: [],
    levels: definition.levels.map((l) =>
      l.level === 1 ? { ...l, budgetMinutes: { ...l.budgetMinutes, S2: L1_BUDGET_MINUTES } } : l,
    ),
  };
}

/** An S2 nobody acknowledges climbs to L2 when its L1 budget runs out; the agent watching sees it without reloading. */
describe('timer escalation journey', () => {
  let browser: Browser;
  let page: Page;
  let normal: ProcedureVersion;
  let escalation: Escalation;

  beforeAll(async () => {
    normal = await api<ProcedureVersion>(OWNER, 'GET', '/api/procedures/current');
    await api(OWNER, 'POST', '/api/procedures', { name: `${RUN} drill`, definition: drill(normal.definition) });
    browser = await launchChromium();
    page = await newPage(browser);
  });

  afterAll(async () => {
    // Later journeys open escalations under the usual procedure again.
    await api(OWNER, 'POST', '/api/procedures', { name: normal.name, definition: normal.definition });
    await browser?.close();
  });

  it('an agent watches an unacknowledged S2 escalate on its own', async () => {
    await signIn(page, 'l1.agent@ladder.demo');
    escalation = await createEscalation('l1.agent@ladder.demo', {
      title: `${RUN} Shared drive unreachable for Legal`,
      category: 'network',
      affectedService: 'VPN',
      impact: 'high',
      urgency: 'medium',
    });
    await page.goto(`/escalations/${escalation.id}`);
    await page.getByTestId('level').getByText(/^L1 /).waitFor();
    const levelClock = page.locator('[data-clock="levelBudget"]');
    await levelClock.waitFor();
    await screenshot(page, 'timer-01-level-budget-running');

    // No reload from here on: the page learns of the change by itself.
    await page.getByTestId('level').getByText(/^L2 /).waitFor({ timeout: 40_000 });
    await page
      .locator('ladder-timeline')
      .getByText(/By Ladder/)
      .first()
      .waitFor();
    await screenshot(page, 'timer-02-escalated-by-timer');
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 60_000);

  it('the timeline says the timer did it, after the breach it records', async () => {
    const timeline = await api<{ type: string; reason: string | null; details: Record<string, unknown> | null }[]>(
      'l1.agent@ladder.demo',
      'GET',
      `/api/escalations/${escalation.id}/timeline`,
    );
    const byLadder = timeline.filter((e) => e.reason !== null).map((e) => [e.type, e.reason, e.details?.['clock']]);
    expect(byLadder).toEqual(
      expect.arrayContaining([
        ['sla-breach', 'timer', 'levelBudget'],
        ['escalate', 'timer', undefined],
      ]),
    );
    expect(timeline.filter((e) => e.type === 'escalate')).toHaveLength(1);
  });
});
