// What the reader sees matches the label model: on screen, no map label runs outside the visible
// map or overlaps another, in both languages at phone, tablet and desktop widths. And every data
// request of every page and mode succeeds, in both languages (the French story once fetched its
// events from /fr/data/ and drew an empty map).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { STORY_BAR_HEIGHT } from '../src/lib/layout/story-layout.ts';
import { guard, liveMapState } from './helpers.ts';

const SAMPLE = ['three-capitals', 'operation-barkhane', 'bases-close-2021', 'the-tri-border', 'un-leaves-accord-ends', 'two-targets', 'path-contain'];

async function screenLabels(page: Page): Promise<{ text: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.locator('.live-map .overlay .labels text').evaluateAll((els) =>
    els.map((el) => {
      // The glyphs themselves, without the halo (getBBox of the text; its screen position).
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    }),
  );
}

for (const lang of ['en', 'fr'] as const) {
  for (const vp of [
    { width: 375, height: 812 },
    { width: 768, height: 1024 },
    { width: 1440, height: 900 },
  ]) {
    test(`${lang} ${vp.width}px: map labels on screen stay inside the map and apart`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: vp });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const g = guard(page);
      const root = lang === 'en' ? '/' : '/fr/';
      const problems: string[] = [];
      for (const id of SAMPLE) {
        await page.goto(`${root}?step=${id}`);
        await liveMapState(page, id);
        const svg = await page.locator('.live-map').boundingBox();
        if (!svg) throw new Error('no live map');
        const visible = { x0: Math.max(0, svg.x), y0: Math.max(0, svg.y), x1: Math.min(vp.width, svg.x + svg.width), y1: Math.min(vp.height, svg.y + svg.height) };
        const labels = await screenLabels(page);
        expect(labels.length, `${id}: no labels`).toBeGreaterThan(0);
        for (const l of labels) {
          if (l.x0 < visible.x0 - 0.5 || l.x1 > visible.x1 + 0.5 || l.y0 < visible.y0 - 0.5 || l.y1 > visible.y1 + 0.5) problems.push(`${id}: "${l.text}" is cut by the edge (${[l.x0, l.y0, l.x1, l.y1].map(Math.round).join(",")} vs ${[visible.x0, visible.y0, visible.x1, visible.y1].map(Math.round).join(",")})`);
        }
        labels.forEach((a, i) => {
          for (const b of labels.slice(i + 1)) {
            // 1 px of tolerance: glyph boxes include line spacing.
            if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1) problems.push(`${id}: "${a.text}" overlaps "${b.text}"`);
          }
        });
      }
      expect(problems, problems.join('\n')).toEqual([]);
      expect(g.errors).toEqual([]);
      await page.close();
    });
  }
}

test('the French tri-border step draws its event dots', async ({ page }) => {
  const g = guard(page);
  await page.goto('/fr/?step=the-tri-border');
  await liveMapState(page, 'the-tri-border');
  await expect(page.locator('.live-map .events circle.event').first()).toBeVisible();
  expect(await page.locator('.live-map .events circle.event').count()).toBeGreaterThan(50);
  expect(g.errors).toEqual([]);
});

test('every data request of every page and mode succeeds, in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  const failed: string[] = [];
  const requested: string[] = [];
  page.on('response', (r) => {
    requested.push(r.url());
    if (r.status() >= 400 && !r.url().endsWith('/sw.js')) failed.push(`${r.status()} ${r.url()}`);
  });
  // The service worker's registration is blocked in these tests (playwright.config.ts).
  page.on('requestfailed', (r) => r.url().endsWith('/sw.js') || failed.push(`failed ${r.url()}`));
  const g = guard(page);
  for (const root of ['/', '/fr/']) {
    for (const [path, settle] of [
      ['?step=where-violence-happens', 'where-violence-happens'],
      ['?step=solhan', 'solhan'],
      ['embed/deaths-soared/?step=the-tri-border', 'the-tri-border'],
      ['present/?step=the-tri-border', 'the-tri-border'],
    ] as const) {
      await page.goto(root + path);
      await liveMapState(page, settle);
      await expect(page.locator('.live-map .events circle.event').first()).toBeVisible();
    }
    await page.goto(`${root}notes/`);
    await expect(page.locator('main, body').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(requested.some((u) => u.endsWith('/data/events-2021.json'))).toBe(true);
  expect(failed).toEqual([]);
  expect(g.errors).toEqual([]);
});

test('the map gets most of the screen at every width, and nothing scrolls sideways', async ({ browser }) => {
  for (const vp of [
    { width: 320, height: 640 },
    { width: 375, height: 812 },
    { width: 768, height: 1024 },
    { width: 834, height: 1112 },
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    const page = await browser.newPage({ viewport: vp });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?step=three-capitals');
    await liveMapState(page, 'three-capitals');
    const frame = await page.locator('.map-frame').boundingBox();
    if (!frame) throw new Error('no map frame');
    // Full width behind the cards below 1024 px, at least 60 % of the width beside them above.
    const share = frame.width / vp.width;
    if (vp.width < 1024) expect(share, `${vp.width}px: map ${Math.round(frame.width)} px wide`).toBeGreaterThanOrEqual(0.99);
    else expect(share, `${vp.width}px: map ${Math.round(frame.width)} px wide`).toBeGreaterThanOrEqual(0.6);
    // The whole height below the story bar (Contents, language, motion), which sits above it.
    expect(frame.height).toBeGreaterThanOrEqual(vp.height - STORY_BAR_HEIGHT - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${vp.width}px: the page scrolls sideways`).toBeLessThanOrEqual(0);
    await page.close();
  }
});
