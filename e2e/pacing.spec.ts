// Pacing (issue 11): on a phone a step card leaves the map visible, and each glossary term is
// defined once in the story, in place, by a tap-to-define control that opens inside the screen.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { guard } from './helpers.ts';
import { termPatterns } from '../src/lib/content/terms.ts';
import type { GlossaryEntry } from '../src/lib/build/glossary.ts';
import { frGlossary } from '../src/lib/i18n/fr-glossary.ts';

const PHONE = { width: 375, height: 812 };
const MAX_CARD = 0.6 * PHONE.height;
const LANGS = [
  { lang: 'en', root: '/' },
  { lang: 'fr', root: '/fr/' },
] as const;

const glossaryEn = JSON.parse(readFileSync('src/generated/glossary.json', 'utf8')) as GlossaryEntry[];
const glossaryOf = (lang: 'en' | 'fr'): GlossaryEntry[] =>
  lang === 'en' ? glossaryEn : glossaryEn.map((g) => ({ ...g, ...frGlossary[g.id]! }));

/** The story as a returning reader sees it: with its own fonts (font-display: optional may
 *  render a first, uncached visit in the narrower fallback face, which would flatter the cards). */
async function openStory(page: Page, root: string): Promise<void> {
  // Cuts, not flights: the test scrolls through the whole story and is about text, not motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(root);
    await expect(page.locator('html')).toHaveClass(/story-ready/);
    await page.evaluate(() => document.fonts.ready);
  }
  const serif = await page.locator('article.step .step-text p').first().evaluate((p) => document.fonts.check(`16px ${getComputedStyle(p).fontFamily}`));
  expect(serif, 'the story font is loaded').toBe(true);
}

for (const { lang, root } of LANGS) {
  test.describe(`pacing (${lang})`, () => {
    test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

    test(`at 375×812 every step card is at most 60 % of the screen tall (${lang})`, async ({ page }) => {
      const g = guard(page);
      await openStory(page, root);
      // The card as the reader sees it over the map (the overlay layout: static maps hidden).
      await expect(page.locator('.story-graphic')).toBeVisible();
      const cards = await page.locator('article.step .step-card').evaluateAll((els) =>
        els.map((e) => ({ id: e.closest('article')?.id ?? '?', height: Math.round(e.getBoundingClientRect().height) })),
      );
      expect(cards.length).toBeGreaterThanOrEqual(51);
      const tall = cards.filter((c) => c.height > MAX_CARD).sort((a, b) => b.height - a.height);
      expect(tall.map((c) => `${c.id}: ${c.height} px`), `cards taller than ${MAX_CARD} px`).toEqual([]);
      expect(g.errors).toEqual([]);
    });

    test(`each glossary term used in the story has exactly one definition control (${lang})`, async ({ page }) => {
      await openStory(page, root);
      // What the reader reads: every step's text, without the definitions themselves.
      const text = await page.locator('article.step .step-text').evaluateAll((els) =>
        els
          .map((e) => {
            const c = e.cloneNode(true) as HTMLElement;
            c.querySelectorAll('.term-def').forEach((d) => d.remove());
            return c.textContent ?? '';
          })
          .join('\n'),
      );
      const used = glossaryOf(lang).filter((g) => termPatterns(g).some((re) => re.test(text)));
      expect(used.length).toBeGreaterThanOrEqual(10);
      for (const g of used) {
        await expect(page.locator(`button.term[data-term="${g.id}"]`), g.id).toHaveCount(1);
        await expect(page.locator(`#term-def-${g.id}`), g.id).toHaveCount(1);
      }
      // No control for a term the text never uses, and no definition boxes any more.
      await expect(page.locator('button.term')).toHaveCount(used.length);
      await expect(page.locator('.step-terms')).toHaveCount(0);
    });

    test(`tapping a term opens its definition inside the screen; Esc closes it and keeps focus (${lang})`, async ({ page }) => {
      test.setTimeout(300_000);
      const g = guard(page);
      await openStory(page, root);
      const ids = await page.locator('button.term').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-term') ?? ''));
      expect(ids.length).toBeGreaterThanOrEqual(10);
      for (const id of ids) {
        const button = page.locator(`button.term[data-term="${id}"]`);
        const def = page.locator(`#term-def-${id}`);
        await expect(button).toHaveAttribute('aria-controls', `term-def-${id}`);
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await button.scrollIntoViewIfNeeded();
        await button.tap();
        await expect(def, id).toBeVisible();
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        const box = (await def.boundingBox())!;
        expect(box.x, `${id} left`).toBeGreaterThanOrEqual(0);
        expect(box.y, `${id} top`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${id} right`).toBeLessThanOrEqual(PHONE.width);
        expect(box.y + box.height, `${id} bottom`).toBeLessThanOrEqual(PHONE.height);
        // Nothing covers it: the element at its centre is the definition itself.
        const onTop = await def.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && el.contains(hit);
        });
        expect(onTop, `${id} is on top`).toBe(true);
        await expect(def).toContainText(glossaryOf(lang).find((e) => e.id === id)!.definition.slice(0, 30));
        await button.focus();
        await page.keyboard.press('Escape');
        await expect(def).toBeHidden();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await expect(button).toBeFocused();
      }
      expect(g.errors).toEqual([]);
    });

    test(`the keyboard opens a definition with Enter and Space (${lang})`, async ({ page }) => {
      await openStory(page, root);
      const button = page.locator('button.term').first();
      const def = page.locator(`#${await button.getAttribute('aria-controls')}`);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(def).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(def).toBeHidden();
      await page.keyboard.press('Space');
      await expect(def).toBeVisible();
      await expect(def.locator('a.term-def-more')).toHaveAttribute('href', new RegExp(`${root}sources/#term-`));
    });
  });
}

test.describe('definitions without a script, and on paper', () => {
  test.use({ javaScriptEnabled: false });
  for (const { lang, root } of LANGS) {
    test(`with no JavaScript a term still opens its definition (${lang})`, async ({ page }) => {
      await page.goto(root);
      const button = page.locator('button.term').first();
      await button.click();
      await expect(page.locator(`#${await button.getAttribute('aria-controls')}`)).toBeVisible();
    });

    test(`printed, each definition follows its word (${lang})`, async ({ page }) => {
      await page.goto(root);
      await page.emulateMedia({ media: 'print' });
      const defs = page.locator('.term-def');
      expect(await defs.count()).toBeGreaterThanOrEqual(10);
      for (const d of await defs.all()) await expect(d).toBeVisible();
    });
  }
});
