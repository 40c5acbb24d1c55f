/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) with the flags this sandbox needs,
 * and records every console error and every request that leaves the site's origin, so tests can assert on both.
 */
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium, serveStatic } from '../../tools/chromium.mjs';
import { SITE_DIR } from './site-dir';

export { CHROMIUM_PATH };

export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function openPage(browser: Browser, origin: string, width = 1280, height = 800): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, consoleErrors, foreignRequests };
}

export interface Site {
  url: string;
  close: () => Promise<void>;
}

/** A test file's set-up: the built site served on a free port and one Chromium. */
export async function startSite(): Promise<{ site: Site; browser: Browser }> {
  const site = await serveStatic(SITE_DIR);
  return { site, browser: await launch() };
}

/** The matching tear-down (safe when start-up failed half-way). */
export async function stopSite(site: Site | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await site?.close();
}
