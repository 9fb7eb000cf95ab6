import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Escalation, EscalationList } from '@ladder/contracts';
import type { Browser, Page } from 'playwright-core';
import { api } from '../support/api-client';
import { accessibilityProblems, launchChromium, newPage, screenshot } from '../support/browser';
import { signIn } from '../support/portal';
import { WORKSPACE_ROOT } from '../support/run';

/** Unique per run, so the sample's ids are new to this system. */
const SYSTEM = `Zendesk E2E-${randomBytes(3).toString('hex')}`;
const SAMPLE = join(WORKSPACE_ROOT, 'docs/import-sample.jsonl');

/** A file with one good line and one that closes an escalation nobody resolved. */
function badFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ladder-import-')), 'bad-export.jsonl');
  const record = {
    sourceId: 'BAD-1',
    title: 'Printer queue stuck',
    category: 'hardware',
    affectedService: 'Email',
    impact: 'low',
    urgency: 'low',
    createdAt: '2026-11-02T09:00:00Z',
  };
  const closedTooSoon = { ...record, sourceId: 'BAD-2', events: [{ type: 'close', at: '2026-11-02T10:00:00Z' }] };
  writeFileSync(path, `${JSON.stringify(record)}\n${JSON.stringify(closedTooSoon)}\n`);
  return path;
}

/** A manager brings the organisation's past in: a file with a mistake is refused row by row, the sample is written. */
describe('history imports journey', () => {
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

  async function importFile(path: string): Promise<void> {
    await page.getByLabel('Source system').fill(SYSTEM);
    await page.getByLabel('History file').setInputFiles(path);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  it('a manager finds the imports page', async () => {
    await signIn(page, 'manager@ladder.demo');
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'History imports' }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
  });

  it('sees each bad row of a file with its line and reason, and nothing imported', async () => {
    await importFile(badFile());
    await page.getByText('1 problem in bad-export.jsonl: nothing was imported.').waitFor();
    const row = page.getByRole('table', { name: 'Problems in the file' }).getByRole('row').nth(1);
    await row.getByText('events[0].type: cannot close an escalation that is open').waitFor();
    expect(await row.getByRole('cell').first().textContent()).toBe('2');
    await checkPage('imports-01-rejected');
  });

  it('imports the sample file and sees it written', async () => {
    await importFile(SAMPLE);
    await page
      .getByText('Done: 4 escalations written from import-sample.jsonl, 0 skipped as imported before.')
      .waitFor();
    const runs = page.getByRole('table', { name: 'Past imports' });
    await runs.getByRole('row').filter({ hasText: 'import-sample.jsonl' }).filter({ hasText: SYSTEM }).waitFor();
    await checkPage('imports-02-done');
  });

  it('an imported escalation says where it came from', async () => {
    const found = await api<EscalationList>(
      'manager@ladder.demo',
      'GET',
      `/api/escalations?q=${encodeURIComponent('VPN drops every few minutes')}&status=closed`,
    );
    const imported = found.items.find((e: Escalation) => e.importedFrom?.system === SYSTEM) as Escalation;
    await page.goto(`/escalations/${imported.id}`);
    await page.getByTestId('imported').getByText(`Imported from ${SYSTEM} (ZD-1001)`).waitFor();
    await page.locator('ladder-timeline').getByText('Rolled back the firewall rule; tunnels are stable.').waitFor();
    await checkPage('imports-03-imported-escalation');
  });
});
