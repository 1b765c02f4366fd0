// Presenter mode (/present/), the notes window (/notes/) and the per-step map downloads.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, guard } from './helpers.ts';

interface Slide {
  id: string;
  scene: string;
}

async function slides(page: Page): Promise<Slide[]> {
  return page.locator('.present-slide').evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-step') ?? '', scene: e.getAttribute('data-scene') ?? '' })),
  );
}

/** The picture each step has in the story (its static map's state), to compare with. */
async function storyPictures(page: Page): Promise<Map<string, Record<string, string>>> {
  const story = await page.context().newPage();
  await story.goto('/');
  const pictures = await story.locator('article.step').evaluateAll((els) =>
    els.map((el) => {
      const svg = el.querySelector('.step-figure svg');
      const get = (k: string): string => svg?.getAttribute(`data-${k}`) ?? '';
      return [el.id, { scene: get('scene'), camera: get('camera'), highlight: get('highlight'), markers: get('markers') }] as const;
    }),
  );
  await story.close();
  return new Map(pictures);
}

async function expectStep(page: Page, all: Slide[], i: number, pictures?: Map<string, Record<string, string>>): Promise<void> {
  const { id, scene } = all[i]!;
  await expect(page).toHaveURL(new RegExp(`/present/\\?step=${id}$`));
  await expect(page.locator('#present-counter')).toHaveText(`Step ${i + 1} of ${all.length}`);
  await expect(page.locator(`.present-slide[data-step="${id}"]`)).toBeVisible();
  await expect(page.locator('.present-slide:visible')).toHaveCount(1);
  const map = page.locator(`.live-map[data-scene="${scene}"][data-settled="true"]`);
  await expect(map).toHaveCount(1);
  if (pictures) {
    const want = pictures.get(id)!;
    const got = await map.evaluate((el) => ({
      scene: el.getAttribute('data-scene') ?? '',
      camera: el.getAttribute('data-camera') ?? '',
      highlight: el.getAttribute('data-highlight') ?? '',
      markers: el.getAttribute('data-markers') ?? '',
    }));
    expect(got, `picture of ${id}`).toEqual(want);
  }
}

test.describe('presenter mode', () => {
  test('steps through the whole story with every key; the URL, counter and map follow', async ({ page }) => {
    test.setTimeout(300_000);
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/');
    const all = await slides(page);
    expect(all.length).toBeGreaterThanOrEqual(13);
    const pictures = await storyPictures(page);
    await expectStep(page, all, 0, pictures);

    const forward = ['ArrowRight', 'Space', 'PageDown'];
    for (let i = 1; i < all.length; i++) {
      await page.keyboard.press(forward[i % forward.length]!);
      await expectStep(page, all, i, pictures);
    }
    // Past the end nothing moves.
    await page.keyboard.press('ArrowRight');
    await expectStep(page, all, all.length - 1);
    const back = ['ArrowLeft', 'Shift+Space', 'PageUp'];
    for (let i = all.length - 2; i >= 0; i--) {
      await page.keyboard.press(back[i % back.length]!);
      await expectStep(page, all, i);
    }
    await page.keyboard.press('End');
    await expectStep(page, all, all.length - 1);
    await page.keyboard.press('Home');
    await expectStep(page, all, 0);
    // The on-screen buttons do the same.
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, all, 1);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expectStep(page, all, 0);
    expect(g.errors).toEqual([]);
    expect(g.foreign).toEqual([]);
  });

  test('with motion the map flies to each step and settles on the same scene', async ({ page }) => {
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/present/');
    const all = await slides(page);
    await expectStep(page, all, 0);
    for (let i = 1; i <= Math.min(4, all.length - 1); i++) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, all, i);
    }
    expect(g.errors).toEqual([]);
  });

  test('?step= starts anywhere, a reload stays, Esc goes back to the story at the same step', async ({ page }) => {
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/');
    const all = await slides(page);
    const i = Math.min(5, all.length - 1);
    await page.goto(`/present/?step=${all[i]!.id}`);
    await expectStep(page, all, i);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, all, i + 1);
    await page.reload();
    await expectStep(page, all, i + 1);
    // Download links and the way back follow the step.
    await expect(page.locator('#present-downloads a[data-ext="svg"]')).toHaveAttribute('href', `/maps/${all[i + 1]!.id}.svg`);
    await expect(page.locator('#present-downloads a[data-ext="png"]')).toHaveAttribute('href', `/maps/${all[i + 1]!.id}.png`);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/#${all[i + 1]!.id}$`));
    await expect(page.locator(`#${all[i + 1]!.id}`)).toHaveClass(/is-active/);
    // A bad ?step= falls back to the first step, never to a blank page.
    await page.goto('/present/?step=%3Cimg%20src%3Dx%3E');
    await expectStep(page, all, 0);
    expect(g.errors).toEqual([]);
  });

  test('f toggles full screen where the browser allows it; Esc leaves full screen first', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/');
    const all = await slides(page);
    await expectStep(page, all, 0);
    const supported = await page.evaluate(() => document.fullscreenEnabled);
    test.skip(!supported, 'no Fullscreen API here');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.locator('#present-fullscreen')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expect(page).toHaveURL(/\/present\//);
  });

  test('the notes window follows the presenter window and can drive it', async ({ page, context }) => {
    const g = guard(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/');
    const all = await slides(page);
    await expectStep(page, all, 0);
    const notes = await context.newPage();
    const ng = guard(notes);
    await notes.goto('/notes/');
    const now = (id: string) => notes.locator(`#notes-slot-now .notes-step[data-step="${id}"]`);
    const next = (id: string) => notes.locator(`#notes-slot-next .notes-step[data-step="${id}"]`);
    // On opening, the notes ask the presenter where it is.
    await expect(notes.locator('#notes-status')).toHaveText(/Following the presenter window/);
    await expect(now(all[0]!.id)).toBeVisible();
    await expect(now(all[0]!.id).locator('.notes-teacher')).toBeVisible();
    await expect(next(all[1]!.id)).toBeVisible();
    await expect(next(all[1]!.id).locator('svg.static-map')).toBeVisible();
    await expect(next(all[1]!.id).locator('.notes-body')).toBeVisible();

    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('PageDown');
      await expectStep(page, all, i);
      await expect(now(all[i]!.id)).toBeVisible();
      await expect(next(all[i + 1]!.id)).toBeVisible();
      await expect(notes.locator('#notes-number')).toHaveText(String(i + 1));
    }
    // The notes window's own buttons move the presenter.
    await notes.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, all, 4);
    await notes.getByRole('button', { name: 'Previous' }).click();
    await expectStep(page, all, 3);
    // The chapter's discussion questions are there when it has any.
    const chapterHasQuestions = await notes.locator('.notes-questions:not([hidden]) li').count();
    expect(chapterHasQuestions).toBeGreaterThanOrEqual(0);

    // Invalid messages are ignored; a valid one is obeyed.
    const rogue = await context.newPage();
    await rogue.goto('/guide/');
    await rogue.evaluate((ids) => {
      const ch = new BroadcastChannel('caught-between-present');
      for (const junk of [
        'step',
        null,
        42,
        { type: 'step', id: ids.last },
        { v: 2, type: 'step', id: ids.last },
        { v: 1, type: 'step', id: 'no-such-step' },
        { v: 1, type: 'step', id: '<img src=x onerror=alert(1)>' },
        { v: 1, type: 'go', id: ids.last, extra: true },
        { v: 1, type: 'reload' },
        [1, 'step', ids.last],
      ])
        ch.postMessage(junk);
      ch.close();
    }, { last: all.at(-1)!.id });
    await page.waitForTimeout(300);
    await expectStep(page, all, 3);
    await expect(now(all[3]!.id)).toBeVisible();
    await rogue.evaluate((id) => {
      const ch = new BroadcastChannel('caught-between-present');
      ch.postMessage({ v: 1, type: 'go', id });
      ch.close();
    }, all.at(-1)!.id);
    await expectStep(page, all, all.length - 1);
    await expect(now(all.at(-1)!.id)).toBeVisible();
    await expect(notes.locator('#notes-end')).toBeVisible();
    await expect(notes).toHaveURL(new RegExp(`/notes/\\?step=${all.at(-1)!.id}$`));
    expect(g.errors).toEqual([]);
    expect(ng.errors).toEqual([]);
  });

  test('"Open notes window" opens /notes/ at the current step', async ({ page, context }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/present/');
    const all = await slides(page);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, all, 1);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open notes window' }).click()]);
    await popup.waitForLoadState();
    await expect(popup).toHaveURL(new RegExp(`/notes/\\?step=${all[1]!.id}$`));
    await expect(popup.locator(`#notes-slot-now .notes-step[data-step="${all[1]!.id}"]`)).toBeVisible();
  });

  test('the story’s “For teachers” links open presenter mode, the handout and the guide', async ({ page }) => {
    await page.goto('/');
    await page.locator('.for-teachers').getByRole('link', { name: 'Present', exact: true }).click();
    await expect(page).toHaveURL(/\/present\/\?step=/);
    await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
    await page.goto('/');
    await expect(page.locator('.for-teachers').getByRole('link', { name: 'Handout' })).toHaveAttribute('href', '/guide/#handout');
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`axe finds no violations and nothing is cut off at ${viewport.width}×${viewport.height}`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/present/');
      const all = await slides(page);
      // A long step with a chart, if the story has one; else the longest step.
      const words = await page.locator('.present-slide').evaluateAll((els) => els.map((e) => (e.textContent ?? '').split(/\s+/).length));
      const longest = words.indexOf(Math.max(...words));
      for (const i of [0, longest]) {
        await page.goto(`/present/?step=${all[i]!.id}`);
        await expectStep(page, all, i);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.waitForTimeout(200);
        // Nothing overflows the window; the text panel fits its step without scrolling.
        const fit = await page.evaluate(() => {
          const panel = document.getElementById('present-slides')!;
          const bar = document.querySelector('.present-bar')!.getBoundingClientRect();
          return {
            pageScroll: document.documentElement.scrollHeight - window.innerHeight,
            panelOverflow: panel.scrollHeight - panel.clientHeight,
            barBottom: bar.bottom - window.innerHeight,
            fontPx: parseFloat(getComputedStyle(document.querySelector('.present-slide:not([hidden]) .present-text p')!).fontSize),
          };
        });
        expect(fit.pageScroll).toBeLessThanOrEqual(0);
        expect(fit.barBottom).toBeLessThanOrEqual(0);
        expect(fit.panelOverflow).toBeLessThanOrEqual(1);
        // Big type: at least 2.2% of the screen height even for the longest step.
        expect(fit.fontPx).toBeGreaterThanOrEqual(viewport.height * 0.022);
        await page.screenshot({ path: info.outputPath(`present-${viewport.width}x${viewport.height}-${all[i]!.id}.png`) });
      }
      await expectNoAxeViolations(page);
    });
  }

  test('axe finds no violations in the notes window', async ({ page }) => {
    await page.goto('/notes/');
    await expect(page.locator('#notes-slot-now .notes-step')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});

test.describe('teacher’s guide', () => {
  test('lists every chapter with timings, questions and links that start presenter mode', async ({ page }) => {
    const g = guard(page);
    await page.goto('/present/');
    const all = await slides(page);
    await page.goto('/guide/');
    const chapters = page.locator('.guide-chapter');
    expect(await chapters.count()).toBeGreaterThanOrEqual(2);
    for (const c of await chapters.all()) {
      await expect(c.locator('.guide-timing')).toContainText(/about \d+ min to present/);
    }
    // Every step can be presented from here and has its map downloads.
    for (const { id } of all) {
      expect(await page.locator(`a[href="/present/?step=${id}"]`).count()).toBeGreaterThanOrEqual(1);
      await expect(page.locator(`a[href="/maps/${id}.svg"]`)).toHaveCount(1);
      await expect(page.locator(`a[href="/maps/${id}.png"]`)).toHaveCount(1);
    }
    await expect(page.locator('.guide-questions li').first()).toBeVisible();
    await expect(page.locator('#glossary dt').first()).toBeVisible();
    await page.locator('.guide-chapter').nth(1).getByRole('link', { name: /^Present chapter/ }).click();
    await expect(page).toHaveURL(/\/present\/\?step=/);
    await expect(page.locator('.present-slide:visible')).toHaveCount(1);
    expect(g.errors).toEqual([]);
  });

  test('axe finds no violations on the guide', async ({ page }) => {
    await page.goto('/guide/');
    await expectNoAxeViolations(page);
  });
});

test.describe('map downloads', () => {
  test('every step has an SVG and a PNG that open and carry the credit line', async ({ page, request }) => {
    test.setTimeout(180_000);
    await page.goto('/present/');
    const all = await slides(page);
    await page.goto('/guide/');
    for (const { id, scene } of all) {
      const svgRes = await request.get(`/maps/${id}.svg`);
      expect(svgRes.status(), `${id}.svg`).toBe(200);
      expect(svgRes.headers()['content-type']).toContain('image/svg+xml');
      const svg = await svgRes.text();
      // Standalone: no references into a page's <defs>, no stylesheet needed.
      expect(svg).not.toContain('<use');
      expect(svg).not.toContain('var(--');
      expect(svg).toContain('Map: Caught between');
      expect(svg).toMatch(/Sources: [^<]{3,}/);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          tag: root.tagName,
          step: root.getAttribute('data-step'),
          scene: root.getAttribute('data-scene'),
          paths: root.querySelectorAll('path').length,
          credit: [...root.querySelectorAll('text.credit tspan')].map((t) => t.textContent).join(' '),
        };
      }, svg);
      expect(parsed.error, `${id}.svg parses`).toBeNull();
      expect(parsed).toMatchObject({ tag: 'svg', step: id, scene });
      expect(parsed.paths).toBeGreaterThan(0);
      expect(parsed.credit).toContain('Map: Caught between');
      // The SVG also renders as an image on its own.
      const svgWidth = await page.evaluate(imageWidth, `/maps/${id}.svg`);
      expect(svgWidth).toBeGreaterThan(0);

      const pngRes = await request.get(`/maps/${id}.png`);
      expect(pngRes.status(), `${id}.png`).toBe(200);
      const png = await pngRes.body();
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(pngText(png)['Copyright'], `${id}.png credit chunk`).toContain('Map: Caught between');
      const pngWidth = await page.evaluate(imageWidth, `/maps/${id}.png`);
      expect(pngWidth).toBe(1920);
    }
  });
});

/** In the page: loads an image in an <img> and gives its natural width. */
async function imageWidth(src: string): Promise<number> {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img.naturalWidth;
}

/** The tEXt chunks of a PNG, as key → text. */
function pngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const data = png.toString('latin1', at + 8, at + 8 + len);
      const nul = data.indexOf('\0');
      out[data.slice(0, nul)] = data.slice(nul + 1);
    }
    if (type === 'IEND') break;
    at += 12 + len;
  }
  return out;
}
