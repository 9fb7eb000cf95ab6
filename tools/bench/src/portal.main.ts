import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentileCont } from '@ladder/domain';
import { chromium, type Browser } from 'playwright-core';
import { ensureHistoryDatabase } from './analytics-database';
import { ApiProcess } from './api-process';
import { machineLine } from './bench.report';
import { benchDatabases } from './bench-env';
import { timeToFirstChart, type FirstChartTimes, type StorageState } from './first-chart';
import { initialJavaScript } from './initial-bundle';

const DAY_MS = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const REPORTS = ['time-at-level', 'bottlenecks', 'sla-breaches', 'flow', 'load', 'time-to-resolution'];
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * `npm run bench:portal` (after `npx nx run-many -t build -p api portal`): the portal's initial JavaScript, gzipped,
 * and the time from navigation to the first chart drawn for each report in Debian's Chromium, on the analytics
 * bench's database of a million escalations (created on first use, then reused).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'ladder_bench_analytics' },
      now: { type: 'string', default: '2026-11-26T00:00:00Z' },
      range: { type: 'string', default: '90' },
      runs: { type: 'string', default: '5' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
      portal: { type: 'string', default: 'dist/apps/portal/browser' },
      chromium: { type: 'string', default: '/usr/bin/chromium' },
    },
  });
  if (!existsSync(join(values.portal, 'index.html'))) throw new Error(`build the portal first: no ${values.portal}`);
  const bundle = initialJavaScript(values.portal);
  console.log(
    `initial JavaScript: ${bundle.files.length} files, ${kB(bundle.rawBytes)} kB raw, ${kB(bundle.gzipBytes)} kB gzip`,
  );

  // eslint-disable-next-line no-restricted-syntax -- the bench's one configuration
  const { serverUrl } = benchDatabases(process.env);
  const now = new Date(values.now);
  const url = await ensureHistoryDatabase(serverUrl, values.database, { escalations: 1_000_000, days: 730, now });
  const range = `from=${isoDate(now.getTime() - Number(values.range) * DAY_MS)}&to=${isoDate(now.getTime() - DAY_MS)}`;
  const api = await ApiProcess.start(values.api, url, 8);
  const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_FLAGS });
  try {
    const storageState = await signedInState(browser, api.origin);
    const lines: string[] = [];
    for (const report of REPORTS) {
      const path = `/reports/${report}?${range}`;
      await timeToFirstChart(browser, api.origin, storageState, path);
      const runs: FirstChartTimes[] = [];
      for (let run = 0; run < Number(values.runs); run++) {
        runs.push(await timeToFirstChart(browser, api.origin, storageState, path));
      }
      const median = (step: keyof FirstChartTimes) =>
        percentileCont(
          runs.map((times) => times[step]),
          0.5,
        ).toFixed(0);
      const steps = STEPS.map((step) => median(step)).join(' | ');
      const worst = Math.max(...runs.map((times) => times.drawn)).toFixed(0);
      const returning = await timeToFirstChart(browser, api.origin, storageState, path, true);
      const line = `| ${report} | ${steps} | ${worst} | ${returning.drawn.toFixed(0)} |`;
      console.log(line);
      lines.push(line);
    }
    console.log(
      [
        '',
        `| report | ${STEPS.map((step) => STEP_TITLES[step]).join(' | ')} | worst drawn | drawn, returning |`,
        `|---|${STEPS.map(() => '---:|').join('')}---:|---:|`,
        ...lines,
        `(median ms from the navigation's start; ${values.runs} runs each after one warm-up, fresh browser context each; returning: the second opening in one context, its files cached; ${range})`,
        `initial JavaScript ${kB(bundle.gzipBytes)} kB gzip (${bundle.files.join(', ')})`,
        machineLine(),
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await api.stop();
  }
}

async function signedInState(browser: Browser, origin: string): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('manager@ladder.demo');
  await page.getByLabel('Password').fill('ladder-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'User menu' }).waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

const STEPS = ['scripts', 'reportAsked', 'session', 'chunks', 'reportAnswered', 'drawn'] as const;
const STEP_TITLES: Record<(typeof STEPS)[number], string> = {
  scripts: 'initial scripts',
  session: 'session known',
  chunks: 'report chunks',
  reportAsked: 'data asked',
  reportAnswered: 'data answered',
  drawn: 'first chart drawn',
};

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
