/**
 * English and 简体中文 in headless Chromium: the language switch changes the UI text and the generated narration,
 * and survives a reload (localStorage); `?lang=zh` works on its own; scenario titles and captions use their `.zh`
 * variants. Screenshots of a player and the compare page in both languages go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, openPage, startSite, stopSite } from './browser';
import { EN } from '../../src/lib/i18n/messages.en-app';
import { ZH } from '../../src/lib/i18n/messages.zh';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

const CJK = /[\u4e00-\u9fff]/;
const text = (page: Page, sel: string) => page.locator(sel).first().innerText();
const playLabel = (page: Page) => page.getByTestId('play').getAttribute('aria-label');

describe('languages', () => {
  it('the switch turns UI and narration into Chinese, and the choice survives a reload', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 720);
    await page.goto(`${site.url}/s/say_after?cursor=12`);
    await page.waitForSelector('.player[data-cursor="12"]');
    expect(await playLabel(page)).toBe(EN['ui.play']);
    const sentenceEn = await text(page, '.narration .sentence');
    expect(sentenceEn).not.toMatch(CJK);
    expect(await text(page, 'h1')).toBe('Concurrent tasks: 1 s + 2 s of waiting takes 2 s');
    await page.screenshot({ path: resolve(shots, 'i18n-player-en.png') });

    await page.getByTestId('lang').selectOption('zh');
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === p,
      ZH['ui.play']
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await text(page, '#timeline-title')).toBe(ZH['ui.timeline']);
    expect(await text(page, '#console-title')).toContain(ZH['ui.console']);
    const sentenceZh = await text(page, '.narration .sentence');
    expect(sentenceZh).toMatch(CJK);
    expect(sentenceZh).not.toBe(sentenceEn);
    expect(await text(page, 'h1')).toBe('并发任务：等待 1 秒 + 2 秒只需 2 秒');
    await page.screenshot({ path: resolve(shots, 'i18n-player-zh.png') });

    // Stepping narrates in Chinese too.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.player[data-cursor="13"]');
    expect(await text(page, '.narration .sentence')).toMatch(CJK);

    await page.reload();
    await page.waitForSelector('.player[data-cursor]');
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === p,
      ZH['ui.play']
    );
    expect(await text(page, '.narration .sentence')).toMatch(CJK);
    expect(await page.getByTestId('lang').inputValue()).toBe('zh');

    // And back to English.
    await page.getByTestId('lang').selectOption('en');
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === p,
      EN['ui.play']
    );
    expect(await text(page, '.narration .sentence')).not.toMatch(CJK);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('?lang=zh works on its own and shows Chinese captions', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 720);
    await page.goto(`${site.url}/s/wait_for_timeout?lang=zh`);
    await page.waitForSelector('.player[data-cursor]');
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === p,
      ZH['ui.play']
    );
    expect(await text(page, 'h1')).toBe('wait_for 超时：先取消，后超时');
    await page.keyboard.press('End');
    await page.waitForSelector('.narration .caption');
    expect(await text(page, '.narration .caption')).toMatch(CJK);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the compare page and the gallery speak Chinese too', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 720);
    await page.goto(`${site.url}/compare?a=say_after_sequential&b=say_after&lang=zh`);
    await page.waitForSelector('[data-testid=shared-playhead] span');
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === p,
      ZH['ui.play']
    );
    expect(await text(page, 'h1')).toBe(ZH['ui.compare.title']);
    expect(await page.locator('.side > header h2').allInnerTexts()).toEqual([
      '依次 await：等待 1 秒 + 2 秒需要 3 秒',
      '并发任务：等待 1 秒 + 2 秒只需 2 秒'
    ]);
    expect(await text(page, '[data-testid=shared-time]')).toMatch(CJK);
    for (let i = 0; i < 55; i++) await page.keyboard.press('ArrowRight');
    await page.screenshot({ path: resolve(shots, 'i18n-compare-zh.png') });
    await page.getByTestId('lang').selectOption('en');
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === p,
      EN['ui.play']
    );
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.screenshot({ path: resolve(shots, 'i18n-compare-en.png') });

    await page.goto(`${site.url}/?lang=zh`);
    await page.waitForFunction((l) => document.querySelector('.lede')?.textContent === l, ZH['ui.lede']);
    expect(await text(page, '#say_after h2')).toBe('并发任务：等待 1 秒 + 2 秒只需 2 秒');
    await page.screenshot({ path: resolve(shots, 'i18n-home-zh.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
