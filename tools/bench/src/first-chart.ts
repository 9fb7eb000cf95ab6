import type { Browser, BrowserContext } from 'playwright-core';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Milliseconds from the start of a navigation to the first chart of the page drawn, in a fresh browser context (empty
 * HTTP cache, the session's cookies): what a manager opening a bookmarked report waits for.
 */
export async function timeToFirstChart(
  browser: Browser,
  origin: string,
  storageState: StorageState,
  path: string,
): Promise<number> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    storageState,
  });
  try {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForSelector('canvas[data-rendered="true"]', { timeout: 30_000 });
    // performance.now() counts from the navigation's start.
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}
