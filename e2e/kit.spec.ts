// The classroom kit (issue 15): QR codes that a phone can read on every presenter slide, in the
// notes window, in the guide and on the printed handout; presenter keys whatever has focus;
// the blank screen; type sizes from the back of the room; the notes window's chapter timer.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, guard } from './helpers.ts';
import { decodeQr, SITE } from './qr.ts';

const LANGS = [
  { lang: 'en', prefix: '' },
  { lang: 'fr', prefix: '/fr' },
] as const;

async function slideIds(page: Page): Promise<string[]> {
  return page.locator('.present-slide').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''));
}

for (const { lang, prefix } of LANGS) {
  test.describe(`${lang}`, () => {
    test.use({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

    test('every presenter slide carries a QR code that reads as that step’s public address; Q shows it large', async ({ page }) => {
      test.setTimeout(240_000);
      const g = guard(page);
      await page.goto(`${prefix}/present/`);
      await expect(page.locator('html.present-ready')).toHaveCount(1);
      const ids = await slideIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(13);
      for (const [i, id] of ids.entries()) {
        const code = page.locator(`.present-slide[data-step="${id}"] .present-qr .qr-code`);
        await expect(code).toBeVisible();
        expect(await decodeQr(code), `slide ${i + 1} (${id})`).toBe(`${SITE}${prefix}/#${id}`);
        if (i < ids.length - 1) await page.keyboard.press('ArrowRight');
      }
      // The large view: same address, readable, closed by Q and by Escape.
      await page.keyboard.press('q');
      const big = page.locator('#present-qr-view .qr-code');
      await expect(big).toBeVisible();
      const box = await big.boundingBox();
      expect(box!.height).toBeGreaterThan(720 * 0.5);
      expect(await decodeQr(big)).toBe(`${SITE}${prefix}/#${ids.at(-1)}`);
      await expect(page.locator('#present-qr-view')).toContainText(`${SITE.replace(/^https?:\/\//, '')}${prefix}/#${ids.at(-1)}`);
      await page.keyboard.press('q');
      await expect(page.locator('#present-qr-view')).toBeHidden();
      await page.locator('#present-qr').click();
      await expect(page.locator('#present-qr-view')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.locator('#present-qr-view')).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`${prefix}/present/\\?step=${ids.at(-1)}$`));
      expect(g.errors).toEqual([]);
      expect(g.foreign).toEqual([]);
    });

    test('the address in a QR code opens that step of the story', async ({ page }) => {
      await page.goto(`${prefix}/present/?step=moura`);
      const url = new URL((await decodeQr(page.locator('.present-slide[data-step="moura"] .qr-code')))!);
      await page.goto(`${url.pathname}${url.hash}`);
      await expect(page.locator('article.step#moura')).toBeInViewport();
    });

    test('the notes window shows the QR code of the step on screen', async ({ page }) => {
      await page.goto(`${prefix}/notes/`);
      await expect(page.locator('html.notes-ready')).toHaveCount(1);
      for (const id of ['before-dawn', 'moura', 'comparing-the-paths']) {
        await page.goto(`${prefix}/notes/?step=${id}`);
        const code = page.locator('#notes-slot-now .notes-qr .qr-code');
        await expect(code).toBeVisible();
        expect(await decodeQr(code), id).toBe(`${SITE}${prefix}/#${id}`);
      }
    });

    test('the guide and the printed handout give each chapter a QR code to its public address', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`${prefix}/guide/`);
      const guideCodes = page.locator('.guide-chapter .guide-qr .qr-code');
      const chapters = await page.locator('.guide-chapter').evaluateAll((els) => els.map((e) => e.id.replace(/^plan-/, '')));
      await expect(guideCodes).toHaveCount(chapters.length);
      for (const [i, id] of chapters.entries()) expect(await decodeQr(guideCodes.nth(i)), id).toBe(`${SITE}${prefix}/#${id}`);

      await page.goto(`${prefix}/`);
      await expect(page.locator('.chapter-qr').first()).toBeHidden(); // paper only
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('section.chapter');
      const n = await handout.count();
      expect(n).toBe(chapters.length);
      for (let i = 0; i < n; i++) {
        const chapter = handout.nth(i);
        const id = (await chapter.getAttribute('id'))!;
        const code = chapter.locator('.chapter-qr .qr-code');
        await expect(code).toBeVisible();
        expect(await decodeQr(code), id).toBe(`${SITE}${prefix}/#${id}`);
      }
    });
  });
}

// ---------- Worksheet and answer key ----------
import { clippedInPrint, printPages } from './pdf.ts';

for (const { lang, prefix } of LANGS) {
  test.describe(`${lang} worksheet`, () => {
    test('the worksheet and the answer key exist, and the key answers every task and guide question by id', async ({ page }) => {
      const g = guard(page);
      await page.goto(`${prefix}/worksheet/`);
      const tasks = await page.locator('[data-task]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
      expect(tasks.length).toBeGreaterThanOrEqual(10);
      await expect(page.locator('.kit-map-blank svg')).toBeVisible();
      await expect(page.locator('.kit-map-blank svg text:visible')).toHaveCount(0); // a blank map
      await expect(page.locator('.kit-order li')).toHaveCount(8);
      await expect(page.locator('.kit-timeline tr')).toHaveCount(24);
      await expect(page.locator('.kit-vocabulary .glossary-entry').first()).toBeVisible();
      await page.goto(`${prefix}/guide/`);
      const guideQuestions = await page.locator('.guide-questions li').count();
      expect(guideQuestions).toBeGreaterThanOrEqual(30);
      await page.goto(`${prefix}/guide/answers/`);
      for (const id of tasks) await expect(page.locator(`[data-task="${id}"] .kit-answer`), id!).toHaveCount(1);
      await expect(page.locator('[data-question] .kit-answer')).toHaveCount(guideQuestions);
      // Contested points say so.
      await expect(page.locator('[data-task="ws-compare"] .kit-contested')).toBeVisible();
      await expect(page.locator('[data-task="ws-moura"] .kit-contested')).toBeVisible();
      expect(g.errors).toEqual([]);
    });

    for (const path of ['/worksheet/', '/guide/answers/']) {
      for (const paper of ['A4', 'Letter'] as const) {
        test(`${path} prints on ${paper} with nothing cut off, a number and the address on every page`, async ({ page }, info) => {
          await page.goto(`${prefix}${path}`);
          expect(await clippedInPrint(page, paper)).toEqual([]);
          const { pages } = await printPages(page, paper, info.outputPath(`${path.replace(/\//g, '_')}${paper}.pdf`));
          expect(pages.length).toBeGreaterThan(2);
          const address = `${SITE.replace(/^https?:\/\//, '')}${prefix}`;
          for (const [i, text] of pages.entries()) {
            expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\s*$`));
            expect(text, `page ${i + 1}`).toContain(address);
          }
        });
      }
    }
  });
}

// ---------- Handouts: full (the story printed) and compact (/handout/), A4 and Letter ----------
/** The comparison table's rows (head cell, last words of the row) and all its words, from the DOM. */
async function tableFacts(page: Page): Promise<{ rows: { head: string; tail: string }[]; words: string[] }> {
  return page.locator('table').first().evaluate((table) => {
    const words = new Set<string>();
    for (const w of (table.textContent ?? '').split(/[^\p{L}]+/u)) if (w.length >= 4) words.add(w);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children].map((c) => (c.textContent ?? '').trim());
      const last = (cells.at(-1) ?? '').split(/\s+/).filter((w) => /\p{L}{3}/u.test(w)).slice(-2).join(' ');
      return { head: (cells[0] ?? '').split(/\s+/)[0] ?? '', tail: last.replace(/[^\p{L}\s’'-]/gu, '') };
    });
    return { rows, words: [...words] };
  });
}

for (const { lang, prefix } of LANGS) {
  for (const kind of ['full', 'compact'] as const) {
    for (const paper of ['A4', 'Letter'] as const) {
      test(`${lang} ${kind} handout on ${paper}: a number and the address on every page, no table row split, no word broken`, async ({ page }, info) => {
        test.setTimeout(120_000);
        await page.goto(kind === 'full' ? `${prefix}/` : `${prefix}/handout/`);
        if (kind === 'full') await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
        const { rows, words } = await tableFacts(page);
        expect(rows.length).toBeGreaterThanOrEqual(3);
        const { pages } = await printPages(page, paper, info.outputPath(`${kind}-${paper}.pdf`));
        expect(pages.length).toBeGreaterThan(kind === 'full' ? 20 : 9);
        const address = `${SITE.replace(/^https?:\/\//, '')}${prefix}`;
        for (const [i, text] of pages.entries()) {
          expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\s*$`));
          expect(text, `page ${i + 1}`).toContain(address);
        }
        // Each row of the comparison starts and ends on the same page.
        const flat = pages.map((p) => p.replace(/\s+/g, ' '));
        for (const row of rows) {
          const [lastWord] = row.tail.split(' ').slice(-1);
          const start = flat.findIndex((p) => new RegExp(`(^|\\s)${row.head}(\\s|$)`).test(p) && p.includes(lastWord!));
          expect(start, `row “${row.head}” … “${row.tail}” on one page`).toBeGreaterThanOrEqual(0);
        }
        // No word of the comparison broken across lines: no line (or table cell) ends in a piece
        // of one that is not itself a word of the page ("Considera" of "Considerable").
        const tableWords = words.map((w) => w.toLowerCase());
        const known = new Set(
          (await page.evaluate(() => document.body.textContent ?? '')).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean),
        );
        const broken: string[] = [];
        for (const p of pages) {
          for (const line of p.split('\n')) {
            for (const cell of line.split(/\s{2,}/)) {
              const m = /(\p{L}+)-?$/u.exec(cell.trim());
              if (!m) continue;
              const piece = m[1]!.toLowerCase();
              if (piece.length < 3 || known.has(piece)) continue;
              if (tableWords.some((w) => w.startsWith(piece) && w.length > piece.length)) broken.push(cell.trim());
            }
          }
        }
        expect(broken).toEqual([]);
      });
    }
  }
}

// ---------- Presenter keys and type sizes ----------
for (const { lang, prefix } of LANGS) {
  test.describe(`${lang} presenter`, () => {
    test.use({ reducedMotion: 'reduce' });

    test('Space and → step forward after clicking any bar button; B and . blank and unblank', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${prefix}/present/?step=moura`);
      await expect(page.locator('html.present-ready')).toHaveCount(1);
      const ids = await slideIds(page);
      const at = async (id: string): Promise<void> => {
        await expect(page).toHaveURL(new RegExp(`\\?step=${id}$`));
      };
      let i = ids.indexOf('moura');
      // After "← Previous" (mouse), Space and Enter go forward, not back.
      await page.locator('#present-prev').click();
      await at(ids[--i]!);
      await page.keyboard.press('Space');
      await at(ids[++i]!);
      await page.keyboard.press('Enter');
      await at(ids[++i]!);
      await page.locator('#present-next').click();
      await at(ids[++i]!);
      await page.keyboard.press('ArrowRight');
      await at(ids[++i]!);
      // The QR button and its Close, then Space still steps.
      await page.locator('#present-qr').click();
      await page.locator('#present-qr-close').click();
      await expect(page.locator('#present-qr-view')).toBeHidden();
      await page.keyboard.press('Space');
      await at(ids[++i]!);
      // Blank: B, then B again; "." too. The slide stays where it was.
      const blank = page.locator('#present-blank');
      await page.keyboard.press('b');
      await expect(blank).toBeVisible();
      const box = await blank.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
      await page.keyboard.press('b');
      await expect(blank).toBeHidden();
      await page.keyboard.press('.');
      await expect(blank).toBeVisible();
      await page.keyboard.press('.');
      await expect(blank).toBeHidden();
      await at(ids[i]!);
      // Keyboard users keep Enter on a focused button: Tab to "Previous", Enter presses it.
      await page.locator('#present-prev').focus();
      await page.keyboard.press('Enter');
      await at(ids[--i]!);
    });

    for (const [width, height, min] of [
      [1280, 720, 16],
      [1920, 1080, 24],
    ] as const) {
      test(`every slide’s text and tables are at least ${min} px at ${width}×${height}`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height });
        await page.goto(`${prefix}/present/`);
        await expect(page.locator('html.present-ready')).toHaveCount(1);
        const ids = await slideIds(page);
        const small: string[] = [];
        let smallest = Infinity;
        for (const [i, id] of ids.entries()) {
          await expect(page.locator(`.present-slide[data-step="${id}"]`)).toBeVisible();
          const sizes = await page.locator(`.present-slide[data-step="${id}"]`).evaluate((slide) =>
            [...slide.querySelectorAll<HTMLElement>('.present-text :is(p, li, td, th)')].map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
          );
          expect(sizes.length, id).toBeGreaterThan(0);
          const m = Math.min(...sizes);
          smallest = Math.min(smallest, m);
          if (m < min) small.push(`${id}: ${m.toFixed(1)} px`);
          if (i < ids.length - 1) await page.keyboard.press('ArrowRight');
        }
        console.log(`${lang} ${width}×${height}: smallest body/table text ${smallest.toFixed(1)} px`);
        expect(small).toEqual([]);
      });
    }
  });
}

test('the notes window times the chapter against its suggested minutes', async ({ page }) => {
  await page.clock.install();
  await page.goto('/notes/?step=before-dawn');
  const timer = page.locator('#notes-timer');
  await expect(timer).toBeVisible();
  await expect(page.locator('#notes-timer-budget')).toHaveText(/\d+ min/);
  const budget = Number((await page.locator('.notes-questions[data-chapter="cold-open"]').getAttribute('data-minutes'))!);
  await page.clock.runFor(65_000);
  await expect(page.locator('#notes-timer-elapsed')).toHaveText(/^1:[0-5]\d$/);
  await expect(page.locator('#notes-timer-over')).toBeHidden();
  await page.clock.runFor(budget * 60_000);
  await expect(page.locator('#notes-timer-over')).toBeVisible();
  // A new chapter starts its own count.
  await page.goto('/notes/?step=the-sahel');
  await expect(page.locator('#notes-timer-elapsed')).toHaveText(/^0:[0-2]\d$/);
});

for (const path of ['/worksheet/', '/guide/answers/', '/handout/', '/fr/worksheet/', '/fr/guide/answers/', '/fr/handout/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
