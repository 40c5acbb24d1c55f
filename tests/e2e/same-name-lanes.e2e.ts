/**
 * Two tasks with the same name (`name="w"`) are two lanes, and the player lights the lane of the task that is
 * running, found by its task id: before, it looked the name up and always lit the newest "w" (issue 10's bug). Also
 * the lane's status words are the right task's. Real headless Chromium on the playground, opened by a share link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { encodeShare } from '../../src/lib/playground/share';
import { simulate } from '../../src/lib/simulate';
import { type Site, openPage, startSite, stopSite } from './browser';

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
});
afterAll(() => stopSite(site, browser));

const PROGRAM = `import asyncio


async def w(delay):
    await asyncio.sleep(delay)
    print("slept", delay)


async def main():
    a = asyncio.create_task(w(0.2), name="w")
    b = asyncio.create_task(w(0.1), name="w")
    await a
    await b


asyncio.run(main())
`;

describe('same-name tasks', () => {
  it('light the lane of the task that runs (by id), each with its own status', async () => {
    const { events } = simulate(PROGRAM, { file: 'main.py' });
    const resumes = events.filter((e) => e.kind === 'task.resume' && e.task === 'w');
    const firstTid = resumes[0].kind === 'task.resume' ? resumes[0].tid : undefined;
    const first = resumes.find((e) => e.kind === 'task.resume' && e.tid === firstTid)!;
    const second = resumes.find((e) => e.kind === 'task.resume' && e.tid !== firstTid)!;
    expect(first.seq).toBeLessThan(second.seq);

    const watched = await openPage(browser, site.url, 1280, 720);
    const { page } = watched;
    const hash = await encodeShare({ code: PROGRAM, sel: 0, at: first.seq });
    await page.goto(`${site.url}/play${hash}`);
    await page.waitForFunction(
      (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
      first.seq
    );

    const labels = page.locator('.labels .label');
    const names = await page.$$eval('.labels .label', (els) => els.map((el) => el.getAttribute('data-lane')));
    const wLanes = names.flatMap((n, i) => (n === 'w' ? [i] : []));
    expect(wLanes.length).toBe(2);
    const current = async () =>
      page.$$eval('.labels .label', (els) =>
        els.map((el, i) => (el.classList.contains('current') ? i : -1)).filter((i) => i >= 0)
      );

    // The first w is resuming: its lane (created first, so higher up) is lit, not the newest w's.
    expect(await current()).toEqual([wLanes[0]]);
    expect(await labels.nth(wLanes[0]).getAttribute('class')).toContain('running');
    expect(await labels.nth(wLanes[1]).getAttribute('class')).not.toContain('running');
    expect(await page.locator('.timeline svg.lanes .current').count()).toBeGreaterThan(0);

    // Step to the second w's first resume: the light moves to the other lane.
    await page.locator('.narration').click({ position: { x: 2, y: 2 } });
    for (let c = first.seq; c < second.seq; c++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
      second.seq
    );
    expect(await current()).toEqual([wLanes[1]]);
    expect(await labels.nth(wLanes[1]).getAttribute('class')).toContain('running');
    expect(await labels.nth(wLanes[0]).getAttribute('class')).not.toContain('running');
    expect(watched.consoleErrors).toEqual([]);
  });
});
