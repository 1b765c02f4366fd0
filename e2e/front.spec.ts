// Issue 11, items 8, 11, 12: the comparison reads whole words at every width and in presenter
// mode; the first screen (hero map, headline, byline, date); the story bar; the unknown-step
// notice; immutable fonts; opaque cards. English and French.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { guard } from './helpers.ts';

const LANGS = [
  { lang: 'en', root: '/', thurston: /Alex Thurston/, updated: /Updated \d{1,2} \w+ \d{4}/, contents: 'Contents', motion: 'Motion' },
  { lang: 'fr', root: '/fr/', thurston: /Alex Thurston/, updated: /Mis à jour le \d{1,2}(er)? \S+ \d{4}/, contents: 'Sommaire', motion: 'Animations' },
] as const;
const WIDTHS = [320, 375, 768, 1024, 1440, 1920];
const heightFor = (w: number): number => (w <= 414 ? Math.round(w * 2.16) : w <= 1024 ? Math.round(w * 1.333) : Math.round(w * 0.5625));

/** Words of the elements under `selector` that take more than one line box (a mid-word break). */
async function splitWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // One box per line the word sits on; boxes on one line share their top.
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) bad.push(m[0]);
        }
      }
    }
    return bad;
  }, selector);
}

for (const L of LANGS) {
  test.describe(`front (${L.lang})`, () => {
    for (const width of WIDTHS) {
      test(`at ${width} px every word of the comparison is whole and ≥ 14 px; the step card stays short`, async ({ browser }) => {
        const height = width === 375 ? 812 : heightFor(width);
        const page = await browser.newPage({ viewport: { width, height } });
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`${L.root}?step=comparing-the-paths`);
        await page.locator('.live-map[data-scene="comparing-the-paths"][data-settled="true"]').waitFor();
        const block = page.locator('#comparing-the-paths .comparison');
        await block.scrollIntoViewIfNeeded();
        await expect(block).toBeVisible();
        await expect(block.locator('.comparison-path')).toHaveCount(3);
        // The Markdown table is replaced, not shown twice.
        await expect(page.locator('#comparing-the-paths .step-text table')).toBeHidden();
        expect(await splitWords(page, '#comparing-the-paths .comparison')).toEqual([]);
        const sizes = await block.locator('dd, dt, .comparison-title').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
        const ddSizes = await block.locator('dd').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
        expect(Math.min(...ddSizes)).toBeGreaterThanOrEqual(14);
        // The comparison is outside the card that sits over the map.
        expect(await page.locator('#comparing-the-paths .step-card .comparison').count()).toBe(0);
        await page.close();
      });
    }

    for (const { vp, min } of [
      { vp: { width: 1280, height: 720 }, min: 16 },
      { vp: { width: 1920, height: 1080 }, min: 24 },
    ]) {
      test(`presenter at ${vp.width}×${vp.height}: the comparison is ≥ ${min} px with whole words`, async ({ browser }) => {
        const page = await browser.newPage({ viewport: vp });
        const g = guard(page);
        await page.goto(`${L.root}present/?step=comparing-the-paths`);
        const slide = page.locator('.present-slide[data-step="comparing-the-paths"]');
        await expect(slide).toBeVisible();
        await expect(slide.locator('table')).toBeVisible();
        const sizes = await slide.locator('td, th').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(min);
        expect(await splitWords(page, '.present-slide[data-step="comparing-the-paths"] table')).toEqual([]);
        // The table is on screen, not scrolled away below the fold of its panel.
        const box = (await slide.locator('table').boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
        expect(g.errors).toEqual([]);
        await page.close();
      });
    }

    for (const vp of [
      { width: 375, height: 812 },
      { width: 1440, height: 900 },
    ]) {
      test(`first screen at ${vp.width}×${vp.height}: hero map, headline, byline and date above the fold; classroom links after the story's start`, async ({ browser }) => {
        const page = await browser.newPage({ viewport: vp });
        await page.goto(L.root);
        const inFold = async (sel: string): Promise<void> => {
          const el = page.locator(sel).locator('visible=true').first();
          await expect(el).toBeVisible();
          const b = (await el.boundingBox())!;
          expect(b.y + b.height, sel).toBeLessThanOrEqual(vp.height);
          expect(b.height, sel).toBeGreaterThan(0);
        };
        await inFold('.masthead-map svg');
        await inFold('.masthead h1');
        await inFold('.masthead-byline');
        await inFold('.masthead-date');
        await expect(page.locator('.masthead-byline')).toHaveText(L.thurston);
        await expect(page.locator('.masthead-date')).toHaveText(L.updated);
        // The hero map really is a map: countries and the three capitals' labels.
        const labels = await page.locator('.masthead-map svg:visible text').allTextContents();
        for (const city of ['Bamako', 'Ouagadougou', 'Niamey']) expect(labels.join(' ')).toContain(city);
        // Present and Guide come after the first chapter in reading order.
        const order = await page.evaluate(() => {
          const chapter = document.querySelector('section.chapter')!;
          const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href$="/present/"], a[href$="/guide/"], a[href*="/guide/#"]')];
          return links.map((a) => Boolean(chapter.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING));
        });
        expect(order.length).toBeGreaterThanOrEqual(3);
        expect(order.every(Boolean)).toBe(true);
        await page.close();
      });

      test(`story bar at ${vp.width}: Contents, language and motion work mid-story and clear the active card`, async ({ browser }) => {
        const page = await browser.newPage({ viewport: vp });
        const g = guard(page);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(L.root);
        const ids = await page.locator('article.step').evaluateAll((els) => els.map((e) => e.id));
        const mid = ids[Math.floor(ids.length / 2)]!;
        await page.goto(`${L.root}?step=${mid}`);
        await expect(page.locator(`#${mid}`)).toHaveClass(/is-active/);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
        const bar = page.locator('.story-bar');
        const contents = bar.locator('summary');
        const lang = bar.locator('a[data-lang-switch]');
        const motion = bar.getByRole('button', { name: L.motion });
        for (const c of [contents, lang, motion]) await expect(c).toBeInViewport({ ratio: 1 });
        // Not over the active card.
        const b = (await bar.boundingBox())!;
        const card = (await page.locator(`#${mid} .step-card`).boundingBox())!;
        expect(card.y).toBeGreaterThanOrEqual(b.y + b.height);
        // Nor over the map: the map starts under the bar.
        const map = (await page.locator('.map-frame').boundingBox())!;
        expect(map.y).toBeGreaterThanOrEqual(b.y + b.height - 1);
        // Operable: the motion toggle flips; Contents opens and jumps to a chapter.
        const pressed = await motion.getAttribute('aria-pressed');
        await motion.click();
        await expect(motion).not.toHaveAttribute('aria-pressed', pressed ?? '');
        await contents.click();
        const first = bar.locator('.chapter-nav-menu li[data-chapter] a').first();
        await expect(first).toBeVisible();
        await first.click();
        await expect(page.locator(`#${ids[0]}`)).toHaveClass(/is-active/);
        // The language switch takes the reader to the same step in the other edition.
        await lang.focus();
        await expect(lang).toHaveAttribute('href', new RegExp(`#${ids[0]}$`));
        expect(g.errors).toEqual([]);
        await page.close();
      });
    }

    test('an unknown ?step= says so, as text, and can be dismissed', async ({ page }) => {
      const g = guard(page);
      await page.goto(`${L.root}?step=${encodeURIComponent('zzz<b>x</b>')}`);
      const notice = page.locator('#step-notice');
      await expect(notice).toBeVisible();
      // Markup is neither run nor repeated: a value that is no step name gets the plain sentence.
      await expect(notice).toContainText(L.lang === 'en' ? 'That link names no step of this story' : 'Ce lien ne désigne aucune étape du récit');
      await expect(notice).not.toContainText('zzz');
      expect(await notice.locator('b').count()).toBe(0);
      const first = await page.locator('article.step').first().getAttribute('id');
      await expect(page.locator(`#${first}`)).toHaveClass(/is-active/);
      await notice.getByRole('button').click();
      await expect(notice).toBeHidden();
      await page.goto(`${L.root}?step=zzz`);
      await expect(notice).toContainText(L.lang === 'en' ? 'There is no step called “zzz”; starting from the beginning.' : 'Il n’y a pas d’étape appelée « zzz » ; le récit reprend au début.');
      // A known step shows no notice.
      await page.goto(`${L.root}?step=${first}`);
      await expect(page.locator(`#${first}`)).toHaveClass(/is-active/);
      await expect(notice).toBeHidden();
      expect(g.errors).toEqual([]);
    });
  });
}

for (const L of LANGS) {
  for (const path of ['present/', 'embed/cold-open/']) {
    test(`${L.lang} ${path}: an unknown ?step= says so there too, and the first step opens`, async ({ page }) => {
      const g = guard(page);
      await page.goto(`${L.root}${path}?step=zzz`);
      const notice = page.locator('#step-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('zzz');
      await expect(notice).toContainText(L.lang === 'en' ? 'There is no step called' : 'Il n’y a pas d’étape appelée');
      await notice.getByRole('button').click();
      await expect(notice).toBeHidden();
      expect(g.errors).toEqual([]);
    });
  }
}

test('fonts are named by content and cached as immutable; cards are opaque; no ← → hint on phones', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const fonts: { url: string; cache: string }[] = [];
  page.on('response', (r) => {
    if (/\.woff2$/.test(r.url())) fonts.push({ url: r.url(), cache: r.headers()['cache-control'] ?? '' });
  });
  await page.goto('/');
  await page.locator('.live-map[data-settled="true"]').waitFor();
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f.url).toMatch(/\.[0-9a-f]{10}\.woff2$/);
    expect(f.cache).toContain('immutable');
  }
  const alphas = await page.locator('.step-card').evaluateAll((els) =>
    els.map((e) => {
      const c = getComputedStyle(e).backgroundColor;
      const m = c.match(/rgba?\(([^)]+)\)/);
      const parts = m ? m[1]!.split(/[ ,/]+/).filter(Boolean) : [];
      return parts.length === 4 ? Number(parts[3]) : 1;
    }),
  );
  expect(alphas.length).toBeGreaterThan(40);
  expect(alphas.every((a) => a === 1)).toBe(true);
  await expect(page.locator('.keyboard-hint')).toBeHidden();
  await page.close();
});
