import type { Locator, Page } from 'playwright-core';

/** A report card (or the overview's tiles) by its heading: each is a region named by its h2. */
export function reportCard(page: Page, heading: string): Locator {
  return page.getByRole('region', { name: heading, exact: true });
}

/** Switches a report card between its chart and its table of the same figures. */
export async function showAs(card: Locator, view: 'Chart' | 'Table'): Promise<void> {
  await card.getByRole('radio', { name: view, exact: true }).click();
}

/** How often a page is looked at again for a read model to catch up; the refresher runs every 15 s. */
const LOOKS = 20;
const LOOK_INTERVAL_MS = 2000;

/**
 * Opens a report and returns the canvas of one of its cards once Chart.js has drawn it. Right after the API's first
 * start the analytics read models may not be refreshed yet and the card empty: the page is reloaded until it is drawn.
 */
export async function openDrawnChart(page: Page, url: string, heading: string): Promise<Locator> {
  await page.goto(url);
  const card = reportCard(page, heading);
  const drawn = card.locator('canvas[data-rendered="true"]');
  const empty = card.locator('ladder-empty-state');
  for (let look = 1; ; look++) {
    await drawn.or(empty).first().waitFor();
    if ((await drawn.count()) > 0) return drawn;
    if (look === LOOKS) throw new Error(`"${heading}" stayed empty at ${url}`);
    await page.waitForTimeout(LOOK_INTERVAL_MS);
    await page.reload();
  }
}

/** A table's header and body as the cells' text, row by row. */
export function tableText(table: Locator): Promise<{ header: string[]; rows: string[][] }> {
  return table.evaluate((element: HTMLTableElement) => {
    const texts = (row: HTMLTableRowElement) => Array.from(row.cells, (cell) => cell.textContent?.trim() ?? '');
    const [head, ...body] = Array.from(element.rows);
    return { header: head ? texts(head) : [], rows: body.map(texts) };
  });
}

/** A table cell's text as its number ("1,204" -> 1204), or null for "–" (no figure). */
export function cellNumber(text: string): number | null {
  return text.trim() === '–' ? null : Number(text.replace(/,/g, ''));
}
