// Contact sheet: screenshots of every step at phone and desktop widths (npm run shots).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4400';
const only = process.argv[3];
const out = process.env['SHOTS_DIR'] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const vp of [
  { width: 375, height: 812 },
  { width: 1440, height: 900 },
]) {
  const page = await browser.newPage({ viewport: vp });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('pageerror:', e));
  await page.goto(base + '/');
  const ids = await page.locator('article.step').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) {
    if (only && !id.includes(only)) continue;
    await page.goto(`${base}/?step=${id}`);
    try {
      await page.locator(`.live-map[data-scene="${id}"][data-settled="true"]`).waitFor({ timeout: 10_000 });
    } catch {
      console.error(`step ${id} (${vp.width}px): the map did not settle`);
    }
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${vp.width}-${id}.png` });
  }
  await page.close();
}
await browser.close();
