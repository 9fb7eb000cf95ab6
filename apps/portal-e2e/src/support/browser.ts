import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { baseUrl, e2eConfig } from './e2e-env';
import { WORKSPACE_ROOT } from './run';

const SCREENSHOTS = join(WORKSPACE_ROOT, 'dist/e2e-screenshots');

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: e2eConfig.chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh session (own cookies) at the screenshot size. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

/** Serious and critical axe violations on the page as it is now, as readable lines (empty = pass). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The path in the screenshots folder of a journey artefact (a screenshot, a PDF) by its file name. */
export function artefactPath(fileName: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, fileName);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artefactPath(`${name}.png`) });
}

/** The portal scrolls inside its content pane, so a full-page screenshot would stop at the viewport. */
const WHOLE_PAGE_MAX_HEIGHT = 8000;

/**
 * The whole of a long page at the viewport's width (`<name>-whole.png`), up to 8000 px: the window is made as tall as
 * the content pane's scroll height for the shot, then put back.
 */
export async function screenshotWhole(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page has no fixed viewport');
  const height = await page.evaluate(() => {
    const pane = document.querySelector('mat-sidenav-content') ?? document.documentElement;
    return Math.ceil(pane.getBoundingClientRect().top + pane.scrollHeight);
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, WHOLE_PAGE_MAX_HEIGHT) });
  try {
    await page.screenshot({ path: artefactPath(`${name}-whole.png`) });
  } finally {
    await page.setViewportSize(viewport);
  }
}
