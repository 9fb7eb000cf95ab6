import type { Browser, BrowserContext, Page } from 'playwright-core';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Milliseconds from the start of a navigation to each step on the way to its first chart. */
export interface FirstChartTimes {
  /** The portal's scripts of the initial page all loaded. */
  scripts: number;
  /** The session's answer (`/api/me`) received. */
  session: number;
  /** The last lazy chunk received before the chart was drawn: the page's code. */
  chunks: number;
  /** The report's first request sent, and its answer received. */
  reportAsked: number;
  reportAnswered: number;
  /** The first chart drawn. */
  drawn: number;
}

/**
 * The steps from the start of a navigation to the first chart of the page drawn, in a fresh browser context (empty
 * HTTP cache, the session's cookies): what a manager opening a bookmarked report waits for, and where it goes. With
 * `returning`, the page is opened once first in the same context, and the second opening is timed: a manager coming
 * back, the portal's files in the browser's cache.
 */
export async function timeToFirstChart(
  browser: Browser,
  origin: string,
  storageState: StorageState,
  path: string,
  returning = false,
): Promise<FirstChartTimes> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    storageState,
  });
  try {
    // Notes the moment the first chart marks itself drawn, rather than when a poll from here would notice it.
    await context.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('canvas[data-rendered="true"]')) return;
        performance.mark('first-chart-drawn');
        observer.disconnect();
      }).observe(document, { subtree: true, attributeFilter: ['data-rendered'] });
    });
    if (returning) await (await openReport(context, path)).close();
    return await stepsOf(await openReport(context, path));
  } finally {
    await context.close();
  }
}

async function openReport(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForSelector('canvas[data-rendered="true"]', { timeout: 30_000 });
  return page;
}

/** Marks and resource timings count from the navigation's start. */
function stepsOf(page: Page): Promise<FirstChartTimes> {
  return page.evaluate(() => {
    const drawn = performance.getEntriesByName('first-chart-drawn')[0]?.startTime ?? NaN;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const pathOf = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname;
    const initialScripts = new Set(
      Array.from(document.querySelectorAll<HTMLElement>('script[src], link[rel="modulepreload"]')).map(
        (element) =>
          new URL(element.getAttribute('src') ?? element.getAttribute('href') ?? '', document.baseURI).pathname,
      ),
    );
    const scripts = resources.filter((entry) => pathOf(entry).endsWith('.js'));
    const lastEnd = (entries: PerformanceResourceTiming[]) => Math.max(0, ...entries.map((e) => e.responseEnd));
    const report = resources.find((entry) => pathOf(entry).startsWith('/api/analytics/'));
    return {
      scripts: lastEnd(scripts.filter((entry) => initialScripts.has(pathOf(entry)))),
      session: lastEnd(resources.filter((entry) => pathOf(entry) === '/api/me')),
      chunks: lastEnd(scripts.filter((entry) => !initialScripts.has(pathOf(entry)) && entry.responseEnd < drawn)),
      reportAsked: report?.startTime ?? NaN,
      reportAnswered: report?.responseEnd ?? NaN,
      drawn,
    };
  });
}
