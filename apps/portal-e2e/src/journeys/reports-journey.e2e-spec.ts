import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  accessibilityProblems,
  artefactPath,
  launchChromium,
  newPage,
  screenshot,
  screenshotWhole,
} from '../support/browser';
import { clickColour, paintedPixels, waitForColour } from '../support/canvas';
import { downloadFrom, parseCsv, pngSize } from '../support/downloads';
import { choose, signIn } from '../support/portal';
import { cellNumber, openDrawnChart, reportCard, showAs, tableText } from '../support/reports';

const MANAGER = 'manager@ladder.demo';

/** The severity colours of the charts, S1 first (libs/portal/ui chart-theme.ts `SEVERITY_COLOURS`). */
const SEVERITY_COLOURS = { S1: '#b3261e', S2: '#c25e00', S3: '#1f5fa8', S4: '#5f6368' } as const;

/** The colour of the compared period in the charts (libs/portal/analytics report-parts.ts `OTHER_PERIOD_COLOUR`). */
const OTHER_PERIOD_GREY = '#80868b';

/** Each report with the card whose chart shows it is drawn, in the order of the report tabs. */
const CHART_REPORTS = [
  { path: 'time-at-level', chart: 'Time at level per level and team' },
  { path: 'bottlenecks', chart: 'Hours over budget per level and team' },
  { path: 'sla-breaches', chart: 'Resolution breaches over time, by severity' },
  { path: 'flow', chart: 'Levels reached' },
  { path: 'load', chart: 'Arrivals by hour of week' },
  { path: 'time-to-resolution', chart: 'Still unresolved, by time since opening' },
] as const;

const BREACHES = '/reports/sla-breaches';
const BREACHES_CHART = 'Resolution breaches over time, by severity';

/** The last whole calendar month (UTC), inside the demo history's 90 days: what a monthly review looks back on. */
function lastMonth(): { from: string; to: string } {
  const now = new Date();
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  return {
    from: iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)),
    to: iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)),
  };
}

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` of the page tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** A manager reads every report on the demo data, narrows one, drills into a bar, downloads, and takes the pack. */
describe('reports journey', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await newPage(browser);
    await signIn(page, MANAGER);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function checkPage(name: string): Promise<void> {
    await screenshot(page, name);
    expect(await accessibilityProblems(page)).toEqual([]);
  }

  async function expectDrawn(canvas: Locator): Promise<void> {
    expect(await paintedPixels(canvas)).toBeGreaterThan(2000);
  }

  it('the overview sets this period against the one before, each tile a way into its report', async () => {
    await page.goto('/reports/overview');
    const tiles = reportCard(page, 'This period against the one before').getByRole('listitem');
    await tiles.first().waitFor();
    await expect(tiles.filter({ hasText: 'Escalations' }).getByRole('link').count()).resolves.toBe(1);
    await checkPage('20-report-overview');
  });

  CHART_REPORTS.forEach(({ path, chart }, index) => {
    it(`the ${path} report is drawn on the demo data`, async () => {
      await expectDrawn(await openDrawnChart(page, `/reports/${path}`, chart));
      await checkPage(`${21 + index}-report-${path}`);
      await screenshotWhole(page, `${21 + index}-report-${path}`);
    });
  });

  it('comparing with the previous period draws both periods', async () => {
    await openDrawnChart(page, '/reports/time-at-level', 'Time at level per level and team');
    await choose(page, 'Compare with', 'Previous period');
    const both = reportCard(page, 'Time at level per level and team').locator(
      'canvas[data-rendered="true"][aria-label*="(compared)"]',
    );
    await both.waitFor();
    expect(new URL(page.url()).searchParams.get('compare')).toBe('previous');
    try {
      // The compared period's boxes are outlined in grey beside this period's.
      await waitForColour(both, OTHER_PERIOD_GREY, 1000);
    } finally {
      await screenshotWhole(page, '27-report-compared');
    }
    await checkPage('27-report-compared');
  });

  it('a bar of a chart opens the escalations behind it, as many as its table says', async () => {
    const canvas = await openDrawnChart(page, BREACHES, BREACHES_CHART);
    const card = reportCard(page, BREACHES_CHART);
    await showAs(card, 'Table');
    const figures = await tableText(card.getByRole('table'));
    await showAs(card, 'Chart');

    await clickColour(canvas, Object.values(SEVERITY_COLOURS));
    await page.waitForURL(/\/reports\/drill-down\?/);
    const drill = new URL(page.url()).searchParams;
    expect(drill.get('basis')).toBe('breaches');
    expect(drill.get('kind')).toBe('resolution');
    // The clicked segment is one severity in one week: its row (by the week's first day) and column in the table.
    const row = figures.rows.find((cells) => cells[0] === drill.get('from'));
    const column = figures.header.indexOf(`${drill.get('severity')} breached`);
    const expected = cellNumber(row?.[column] ?? '–');
    expect(expected).toBeGreaterThan(0);

    const total = page.getByRole('status').filter({ hasText: /^\d+ escalations?$/ });
    await total.waitFor();
    expect(cellNumber((await total.textContent())?.replace(/ escalations?$/, '').trim() ?? '')).toBe(expected);
    await checkPage('28-drill-down');

    const first = page.getByRole('table').getByRole('link').first();
    const number = (await first.textContent())?.trim() ?? '';
    expect(number).toMatch(/^ESC-\d+$/);
    await first.click();
    await page.waitForURL(/\/escalations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: new RegExp(`^${number} · `) }).waitFor();
    await checkPage('29-drilled-escalation');
  });

  it('a chart downloads as a PNG, and its figures as a CSV equal to its table', async () => {
    const canvas = await openDrawnChart(page, BREACHES, BREACHES_CHART);
    const card = reportCard(page, BREACHES_CHART);

    const png = await downloadFrom(page, card.getByRole('button', { name: 'Download PNG' }));
    expect(png.fileName).toMatch(/\.png$/);
    expect(pngSize(png.bytes)).toEqual(
      await canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height })),
    );
    expect(png.bytes.length).toBeGreaterThan(10_000);

    await showAs(card, 'Table');
    const figures = await tableText(card.getByRole('table'));
    const csv = await downloadFrom(page, card.getByRole('button', { name: 'Download CSV' }));
    expect(csv.fileName).toMatch(/\.csv$/);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(header).toEqual(figures.header);
    expect(rows).toHaveLength(figures.rows.length);
    // Numbers as numbers (the table groups thousands, the CSV keeps the bare value), no figure as null, text as text.
    const fromCsv = (field: string) => (field === '' ? null : /^-?\d+(\.\d+)?$/.test(field) ? Number(field) : field);
    const fromTable = (text: string) => (text === '–' || /^-?[\d,]+(\.\d+)?$/.test(text) ? cellNumber(text) : text);
    expect(rows.map((fields) => fields.map(fromCsv))).toEqual(figures.rows.map((cells) => cells.map(fromTable)));
  });

  it('a filter narrows the report, stays in the URL and survives a reload', async () => {
    await openDrawnChart(page, BREACHES, BREACHES_CHART);
    await page.getByRole('combobox', { name: 'Severity' }).click();
    await page.getByRole('option', { name: 'S1', exact: true }).click();
    await page.getByRole('option', { name: 'S2', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.searchParams.get('severity') === 'S1,S2');

    const card = reportCard(page, BREACHES_CHART);
    const onlyS1AndS2 = async () => {
      await card.locator('canvas[data-rendered="true"]').waitFor();
      await showAs(card, 'Table');
      await card.getByRole('columnheader', { name: 'S3 breached' }).waitFor({ state: 'detached' });
      const { header } = await tableText(card.getByRole('table'));
      expect(header.filter((label) => label.endsWith(' breached'))).toEqual(['S1 breached', 'S2 breached']);
    };
    await onlyS1AndS2();
    await checkPage('30-report-filtered');

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Severity' }).textContent()).resolves.toContain('S1, S2');
    await onlyS1AndS2();
  });

  it('the review pack of last month shows every report, and prints', async () => {
    const { from, to } = lastMonth();
    await page.goto(`/reports/review-pack?from=${from}&to=${to}`);
    await page.getByRole('heading', { name: 'Process review pack' }).waitFor();
    // Drawn when nothing loads any more and every chart that has figures is on its canvas.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('ladder-report-card').length > 0 &&
        document.querySelector('[role="status"] mat-progress-bar') === null &&
        Array.from(document.querySelectorAll('canvas')).every((canvas) => canvas.dataset['rendered'] === 'true'),
    );
    await expect(page.locator('canvas').count()).resolves.toBeGreaterThan(5);
    await screenshot(page, '31-review-pack');
    await screenshotWhole(page, '31-review-pack');
    // The survival curves' table lists every step of the curves (some 2,000 rows for a month of demo data), on which
    // axe runs for minutes: the rest of the pack is checked, the table's own markup is the time-to-resolution page's.
    expect(await accessibilityProblems(page)).toEqual([]);

    const pdf = artefactPath('31-review-pack.pdf');
    await page.pdf({ path: pdf, landscape: true, printBackground: true });
    expect(pdfPages(await readFile(pdf))).toBeGreaterThan(1);

    await page.emulateMedia({ media: 'print' });
    try {
      await screenshot(page, '32-review-pack-print');
    } finally {
      await page.emulateMedia({ media: null });
    }
  });
});
