import { launchChromium, serveStatic } from '/work/wt/talks/tools/chromium.mjs';
const site = await serveStatic('/work/wt/talks/.out/talks/build');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${site.url}/s/say_after_sequential?cursor=20`);
  await page.waitForSelector('.player[data-cursor]');
  await page.waitForTimeout(300);
  await page.keyboard.press('p');
  await page.waitForSelector('[data-testid="slide"]');
  await page.waitForTimeout(300);
  console.log(await page.evaluate(() => {
    const el = document.elementFromPoint(600, 5);
    const r = el.getBoundingClientRect();
    const tl = [...document.querySelectorAll('.slide svg text')].slice(0, 3).map((t) => [t.closest('g')?.getAttribute('class'), getComputedStyle(t).fontSize]);
    return { tag: el.tagName, cls: el.className, parent: el.parentElement?.className, html: el.outerHTML.slice(0, 200), r: [r.x, r.y, r.width, r.height], tl };
  }));
} finally {
  await browser.close();
  await site.close();
}
