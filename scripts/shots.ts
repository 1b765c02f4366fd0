// Contact sheet: a screenshot of every step at each width, in each language.
// npx node scripts/shots.ts <base-url> [step-id-substring]
//   SHOTS_WIDTHS=320,375,768,1024,1440,1920 (default)  SHOTS_LANGS=en,fr (default)  SHOTS_DIR=screenshots
// With ImageMagick's `montage` installed, also writes one sheet per language and width in story
// order (<dir>/sheet-<lang>-<width>.png), each frame captioned with its step id.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4400';
const only = process.argv[3];
const out = process.env['SHOTS_DIR'] ?? 'screenshots';
const widths = (process.env['SHOTS_WIDTHS'] ?? '320,375,768,1024,1440,1920').split(',').map(Number);
const langs = (process.env['SHOTS_LANGS'] ?? 'en,fr').split(',');
/** A typical screen height for each width (phones are tall, desktops wide). */
const heightFor = (w: number): number => (w <= 414 ? Math.round(w * 2.16) : w <= 1024 ? Math.round(w * 1.333) : Math.round(w * 0.5625));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of langs) {
  const root = lang === 'en' ? '/' : `/${lang}/`;
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: heightFor(width) } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    page.on('pageerror', (e) => console.error('pageerror:', e));
    await page.goto(base + root);
    const ids = await page.locator('article.step').evaluateAll((els) => els.map((e) => e.id));
    const shot: string[] = [];
    for (const id of ids) {
      if (only && !id.includes(only)) continue;
      await page.goto(`${base}${root}?step=${id}`);
      try {
        await page.locator(`.live-map[data-scene="${id}"][data-settled="true"]`).waitFor({ timeout: 10_000 });
      } catch {
        console.error(`step ${id} (${lang} ${width}px): the map did not settle`);
      }
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${out}/${lang}-${width}-${id}.png` });
      shot.push(id);
    }
    await page.close();
    sheet(`${out}/sheet-${lang}-${width}.png`, shot.map((id) => `${out}/${lang}-${width}-${id}.png`), width);
  }
}
await browser.close();

/** A contact sheet of the frames in story order (skipped quietly without ImageMagick). */
function sheet(file: string, frames: string[], width: number): void {
  if (frames.length === 0) return;
  const w = width <= 414 ? 240 : 360;
  const cols = width <= 414 ? 13 : 9;
  try {
    execFileSync('montage', ['-label', '%t', '-pointsize', '11', ...frames, '-tile', `${cols}x`, '-geometry', `${w}x+3+3`, file], { stdio: 'ignore' });
  } catch {
    // No montage on this machine: the single frames are still there.
  }
}
