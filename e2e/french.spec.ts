// The French edition (/fr/): every page in French, the language switch keeps the reader's step
// and mode, the French embed sizes itself in a pym.js host, and axe finds nothing.
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, guard, stepIds } from './helpers.ts';
import { embedReady, expectSized, frameOf, hostUrl, startHost } from './host.ts';
import type { Host } from './host.ts';
import { en } from '../src/lib/i18n/en.ts';
import { fr } from '../src/lib/i18n/fr.ts';

/** English UI strings that French writes differently: none may be left on a French page. */
const ENGLISH_ONLY = new Set<string>(
  Object.entries(en)
    .filter(([k, v]) => v.length > 3 && v !== fr[k as keyof typeof fr] && k !== 'lang.readIn')
    .map(([, v]) => v),
);

const DIST = process.env['SERVE_ROOT'] ?? 'dist';
const chapters = existsSync(`${DIST}/fr/embed`) ? readdirSync(`${DIST}/fr/embed`).filter((d) => existsSync(`${DIST}/fr/embed/${d}/index.html`)).sort() : [];
const PAGES = ['/fr/', '/fr/present/', '/fr/notes/', '/fr/guide/', '/fr/sources/', ...chapters.map((c) => `/fr/embed/${c}/`)];

test.describe('French pages', () => {
  test('every French page is in French: lang, hreflang, a switch to English, no English UI left, links stay in French', async ({ page }) => {
    test.setTimeout(240_000);
    expect(chapters.length).toBeGreaterThanOrEqual(9);
    const g = guard(page);
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'fr');
      // Both editions are announced to search engines, from either one.
      await expect(page.locator('link[rel="alternate"][hreflang="en"]'), path).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][hreflang="fr"]'), path).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
      const sw = page.locator('a[data-lang-switch]').first();
      await expect(sw, path).toHaveAttribute('hreflang', 'en');
      await expect(sw, path).toHaveAttribute('lang', 'en');
      await expect(sw, path).toHaveText('Read in English');
      // Links inside the edition stay inside it (data files, shared by both, aside).
      const stray = await page.locator('a[href^="/"]:not([data-lang-switch])').evaluateAll((as) =>
        as.map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith('/fr/') && !h.startsWith('/data/')),
      );
      expect(stray, `${path}: links that leave the French edition`).toEqual([]);
      const texts = await page
        .locator('button, a, summary, h1, h2, h3, h4, legend, label, th, figcaption, p, dt, text')
        .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
      expect(texts.filter((x) => ENGLISH_ONLY.has(x)), `${path}: English UI strings`).toEqual([]);
    }
    expect(g.errors).toEqual([]);
    // A missing French page answers with the French not-found page.
    const res = await page.goto('/fr/no-such-page/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveText('Page introuvable');
    expect(g.foreign).toEqual([]);
  });

  test('the French story has every step, French dates, labels and chart numbers', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const en = await stepIds(page);
    await page.goto('/fr/');
    const fr = await stepIds(page);
    expect(fr).toEqual(en);
    await expect(page.locator('#before-dawn .step-when time')).toHaveText('17 septembre 2024');
    await expect(page.locator('#map-date')).toHaveText('17 septembre 2024');
    // Place names as French writes them, on the live map.
    await page.goto('/fr/#mali-regions');
    await expect(page.locator('.live-map[data-scene="mali-regions"][data-settled="true"]')).toHaveCount(1);
    await expect(page.locator('.live-map text', { hasText: 'Tombouctou' }).first()).toBeAttached();
    await expect(page.locator('.live-map text', { hasText: 'Timbuktu' })).toHaveCount(0);
    // Numbers with French grouping (a narrow no-break space) on the deaths chart.
    await page.goto('/fr/#deaths-by-year');
    await expect(page.locator('.live-map[data-scene="deaths-by-year"][data-settled="true"]')).toHaveCount(1);
    const ticks = await page.locator('.live-map .deaths-tick-label').allTextContents();
    expect(ticks.some((t) => /^\d{1,3}\u202f\d{3}$/.test(t)), ticks.join(' | ')).toBe(true);
  });
});

async function activeStory(page: Page): Promise<string> {
  await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
  return (await page.locator('.live-map').getAttribute('data-scene')) ?? '';
}

test.describe('the language switch keeps the step and the mode', () => {
  test('story: step N in English → step N in French → back', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/#solhan');
    expect(await activeStory(page)).toBe('solhan');
    await page.locator('a[data-lang-switch]').first().click();
    await expect(page).toHaveURL(/\/fr\/#solhan$/);
    expect(await activeStory(page)).toBe('solhan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Move on by keyboard: the address follows, and so does the switch back.
    await page.locator('body').press('ArrowRight');
    await expect(page).toHaveURL(/\/fr\/#barsalogho$/);
    await page.locator('a[data-lang-switch]').first().click();
    await expect(page).toHaveURL(/\/#barsalogho$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await activeStory(page)).toBe('barsalogho');
  });

  test('presenter mode and notes: same step, still presenting', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/?step=moura');
    const counter = await page.locator('#present-counter').textContent();
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/fr\/present\/\?step=moura$/);
    await expect(page.locator('#moura')).toBeVisible();
    expect((await page.locator('#present-counter').textContent())?.match(/\d+/g)).toEqual(counter?.match(/\d+/g));
    await page.goto('/fr/notes/?step=moura');
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/notes\/\?step=moura$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('embed: the frame switches language in place at the same step', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const chapter = chapters.includes('the-juntas') ? 'the-juntas' : chapters[0]!;
    await page.goto(`/embed/${chapter}/`);
    await page.locator('button[data-go="next"]').click();
    const second = await page.locator('article.step.is-active').getAttribute('id');
    await expect(page).toHaveURL(new RegExp(`step=${second}`));
    const sw = page.locator('a[data-lang-switch]');
    await expect(sw).toHaveAttribute('target', '_self');
    await sw.click();
    await expect(page).toHaveURL(new RegExp(`/fr/embed/${chapter}/\\?step=${second}$`));
    await expect(page.locator('article.step.is-active')).toHaveAttribute('id', second!);
  });
});

test.describe('French embeds in a pym.js host', () => {
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('size themselves like the English ones at 320, 640 and 1000 px', async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const sample = [chapters[0]!, chapters[chapters.length - 1]!];
    for (const width of [320, 640, 1000]) {
      await page.setViewportSize({ width: width + 40, height: 900 });
      await page.goto(hostUrl(host, baseURL!, { mode: 'pym', width, paths: sample.map((c) => `/fr/embed/${c}/`) }));
      for (const i of sample.keys()) {
        const sel = `#slot-${i} iframe`;
        await page.locator(sel).scrollIntoViewIfNeeded();
        const frame = await frameOf(page, sel);
        await embedReady(frame);
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
        await expectSized(page, sel, frame);
        await page.frameLocator(sel).locator('button[data-go="next"]').click();
        await frame.waitForSelector('article.step.is-active:nth-child(2)', { state: 'attached' });
        await expectSized(page, sel, frame);
      }
    }
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
  });
});

test.describe('French pages: accessibility', () => {
  for (const [path, widths] of [
    ['/fr/', [375, 1440]],
    ['/fr/present/', [1280]],
    ['/fr/notes/', [1280]],
    ['/fr/guide/', [375]],
    ['/fr/sources/', [1440]],
    [`/fr/embed/${chapters[0] ?? 'cold-open'}/`, [375]],
  ] as const) {
    for (const width of widths) {
      test(`axe: ${path} at ${width}px`, async ({ page }) => {
        const g = guard(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await expectNoAxeViolations(page);
        expect(g.errors).toEqual([]);
      });
    }
  }
});
