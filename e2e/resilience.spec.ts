// Resilience of the story: any one resource failing (each script chunk, each font, the data
// files), and a reader who resizes, rotates, zooms, jumps by anchors and scrolls hard. The text
// always stays readable, there is always a right picture (live, or the static maps with a notice),
// no uncaught error — and once things settle the live map shows the active step's scene.
//
// To cover another page with the scroll story, add it to STORY_PAGES.
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { stepIds } from './helpers.ts';

const STORY_PAGES = ['/'];
/** Requests that are blocked as a group as well as one by one. */
const GROUPS: { name: string; test: (url: URL) => boolean; walk?: boolean }[] = [
  { name: 'every script', test: (u) => /\.m?js$/.test(u.pathname) },
  { name: 'every font', test: (u) => u.pathname.startsWith('/fonts/') || /\.(woff2?|ttf|otf)$/.test(u.pathname) },
  // Data is fetched when a step needs it: walk through the story until something asks for it.
  { name: 'every data file under /data/', test: (u) => u.pathname.startsWith('/data/'), walk: true },
];
const BASE_OPTIONS: BrowserContextOptions = { serviceWorkers: 'block', viewport: { width: 1280, height: 800 } };

/** Page errors (uncaught exceptions and rejections) only: a blocked request logs a console error by design. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

interface Consistency {
  ok: boolean;
  detail: string;
}

/** The live map is settled and shows the scene of the one active step. */
async function consistency(page: Page): Promise<Consistency> {
  return page.evaluate(() => {
    const svg = document.querySelector('.live-map');
    const active = [...document.querySelectorAll('article.step.is-active')];
    const scene = svg?.getAttribute('data-scene');
    const settled = svg?.getAttribute('data-settled') === 'true';
    const want = active[0]?.getAttribute('data-scene');
    return {
      ok: settled && active.length === 1 && scene === want,
      detail: `settled=${settled} active=[${active.map((a) => a.id).join(',')}] map=${scene} step scene=${want}`,
    };
  });
}

/**
 * Waits until things have settled — the page has stopped scrolling and the map agrees with the
 * active step — and have stayed so for 600 ms (no late, stray update).
 */
async function expectConsistent(page: Page, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last = '';
  let since = Date.now();
  for (;;) {
    const state = await consistency(page);
    const key = `${state.detail} y=${await page.evaluate(() => Math.round(window.scrollY))}`;
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (state.ok && Date.now() - since >= 600) {
      return;
    }
    if (Date.now() > deadline) throw new Error(`${what}: the map never settled on the active step: ${state.detail}`);
    await page.waitForTimeout(100);
  }
}

/** The live map's cameras (one transform per detail level) and size. */
async function camera(page: Page): Promise<{ size: string; transforms: number[][] }> {
  return page.locator('.live-map').evaluate((svg) => ({
    size: `${svg.getAttribute('width')}x${svg.getAttribute('height')}`,
    transforms: [...svg.querySelectorAll(':scope > g.level')].map((g) =>
      (g.getAttribute('transform')?.match(/-?[\d.e+-]+/g) ?? []).map(Number),
    ),
  }));
}

/** The camera a fresh page opened on this step, at the same size, shows. */
async function freshCamera(browser: Browser, options: BrowserContextOptions, path: string, id: string): Promise<{ size: string; transforms: number[][] }> {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${path}?step=${id}`);
  await expectConsistent(page, `fresh page at ${id}`);
  const cam = await camera(page);
  await context.close();
  return cam;
}

async function expectCameraLikeFresh(page: Page, browser: Browser, options: BrowserContextOptions, path: string, what: string): Promise<void> {
  const id = await page.locator('article.step.is-active').getAttribute('id');
  const [here, fresh] = [await camera(page), await freshCamera(browser, options, path, id ?? '')];
  expect(here.size, `${what}: the live map fills its frame`).toBe(fresh.size);
  expect(here.transforms.length).toBe(fresh.transforms.length);
  here.transforms.forEach((t, i) =>
    t.forEach((v, j) => expect(Math.abs(v - fresh.transforms[i]![j]!), `${what}: camera ${i}[${j}] ${v} vs ${fresh.transforms[i]![j]}`).toBeLessThan(1e-3 * Math.max(1, Math.abs(v)))),
  );
}

for (const path of STORY_PAGES) {
  test.describe(`resilience ${path}`, () => {
    test('any one resource failing: text readable, a picture or a notice, no uncaught error', async ({ browser, baseURL }) => {
      test.setTimeout(300_000);
      // What does the page load besides itself? (Found, not listed: new chunks are covered.)
      const discover = await browser.newContext(BASE_OPTIONS);
      const probe = await discover.newPage();
      const seen = new Set<string>();
      probe.on('request', (r) => {
        if (r.resourceType() !== 'document' && r.url().startsWith(baseURL ?? '')) seen.add(r.url());
      });
      await probe.goto(path);
      await probe.locator('.live-map[data-settled="true"]').waitFor();
      await probe.waitForTimeout(1000);
      await discover.close();
      const resources = [...seen].sort();
      expect(resources.some((u) => /\.m?js$/.test(u)), `scripts among ${resources.join(', ')}`).toBe(true);

      const cases: { name: string; block: (url: URL) => boolean; walk?: boolean }[] = [
        ...resources.map((r) => ({ name: new URL(r).pathname, block: (u: URL) => u.href === r })),
        ...GROUPS.map((g) => ({ name: g.name, block: g.test, walk: g.walk ?? false })),
      ];
      for (const c of cases) {
        await test.step(`blocked: ${c.name}`, async () => {
          const context = await browser.newContext(BASE_OPTIONS);
          const page = await context.newPage();
          const errors = pageErrors(page);
          let blocked = 0;
          await page.route('**/*', (route) => {
            if (c.block(new URL(route.request().url()))) {
              blocked++;
              return route.abort('failed');
            }
            return route.fallback();
          });
          await page.goto(path);
          await page.waitForLoadState('load');
          // Either the live story runs, or the page has fallen back to the article.
          await expect
            .poll(() => page.evaluate(() => document.documentElement.classList.contains('map-failed') || document.querySelector('.live-map[data-settled="true"]') !== null), {
              message: `${c.name}: the story settles or falls back`,
            })
            .toBe(true);
          const state = await page.evaluate(() => {
            const visible = (el: Element): boolean => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            const texts = [...document.querySelectorAll('article.step .step-text')];
            const figures = [...document.querySelectorAll('article.step .step-figure > svg')];
            const notice = document.getElementById('map-notice');
            const live = document.querySelector('.live-map');
            return {
              steps: texts.length,
              unreadable: texts.filter((t) => !visible(t) || (t.textContent ?? '').trim().length < 20).length,
              failed: document.documentElement.classList.contains('map-failed'),
              notice: notice !== null && visible(notice),
              liveVisible: live !== null && visible(live) && live.getBoundingClientRect().height > 100,
              staticShown: figures.filter((f) => visible(f) && f.getBoundingClientRect().height > 100).length,
              figures: figures.length,
            };
          });
          expect(state.steps, c.name).toBeGreaterThan(0);
          expect(state.unreadable, `${c.name}: steps whose text is not visible`).toBe(0);
          if (state.failed) {
            expect(state.notice, `${c.name}: the fallback says so (#map-notice)`).toBe(true);
            expect(state.staticShown, `${c.name}: every step shows its static map`).toBe(state.figures);
          } else {
            expect(state.liveVisible, `${c.name}: the live map is visible`).toBe(true);
            expect(state.notice, `${c.name}: no failure notice while the map works`).toBe(false);
            await expectConsistent(page, c.name);
          }
          if (c.name === 'every script') expect(state.failed, 'without its scripts the story falls back to the article').toBe(true);
          if (c.walk && !state.failed) {
            // Step through the story (← →) until the blocked file has been asked for.
            const ids = await stepIds(page);
            for (let i = 0; i < ids.length && blocked === 0; i++) {
              await page.keyboard.press('ArrowRight');
              await expect(page.locator('.live-map')).toHaveAttribute('data-settled', 'true');
            }
            await expectConsistent(page, `${c.name}, after stepping on`);
            const unreadable = await page.locator('article.step.is-active .step-text').evaluate((el) => !el.checkVisibility());
            expect(unreadable, `${c.name}: the active step's text`).toBe(false);
          }
          test.info().annotations.push({ type: 'blocked', description: `${c.name}: ${blocked} request(s) → ${state.failed ? 'fallback article + notice' : 'live story'}` });
          expect(errors, c.name).toEqual([]);
          await context.close();
        });
      }
    });

    test('resizing, rotating and zooming: the picture follows, and always for the active step', async ({ browser }) => {
      test.setTimeout(240_000);
      const options: BrowserContextOptions = { ...BASE_OPTIONS, viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference' };
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(path);
      const steps = await stepIds(page);
      await expectConsistent(page, 'first load');
      const sizes = [
        { width: 375, height: 812 },
        { width: 1440, height: 900 },
        { width: 768, height: 1024 },
        { width: 320, height: 640 },
        { width: 2000, height: 1200 },
        { width: 812, height: 375 }, // the phone, rotated
      ];
      for (const [i, size] of sizes.entries()) {
        // Start a camera flight (motion on), and resize while it flies.
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(120);
        await page.setViewportSize(size);
        await expectConsistent(page, `after resizing to ${size.width}×${size.height} mid-flight`);
        await expectCameraLikeFresh(page, browser, { ...options, viewport: size }, path, `${size.width}×${size.height}`);
        // And a jump while at this size.
        const target = steps[(i * 7 + 5) % steps.length]!.id;
        await page.goto(`${path}?step=${target}`);
        await expect(page.locator(`#${target}`)).toHaveClass(/\bis-active\b/);
        await expectConsistent(page, `?step=${target} at ${size.width}×${size.height}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    });

    test('zoomed to 200%: the picture follows', async ({ browser }) => {
      test.setTimeout(120_000);
      // Browser zoom at 200% on a 1280×900 window = a 640×450 CSS viewport at 2 device pixels per px.
      const options: BrowserContextOptions = { ...BASE_OPTIONS, viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(path);
      const steps = await stepIds(page);
      for (const id of [steps[3]!.id, steps[Math.floor(steps.length / 2)]!.id, steps.at(-1)!.id]) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expectConsistent(page, `scrolled to ${id} at 200%`);
      }
      await page.keyboard.press('ArrowLeft');
      await expectConsistent(page, '← at 200%');
      await expectCameraLikeFresh(page, browser, options, path, '200%');
      expect(errors).toEqual([]);
      await context.close();
    });

    test('jumping by anchors: links, #step URLs, the table of contents, the address bar', async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ ...BASE_OPTIONS, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(path);
      const steps = await stepIds(page);
      const some = [steps[2]!, steps[Math.floor(steps.length / 2)]!, steps.at(-2)!];

      // A #step URL, loaded.
      for (const { id } of some) {
        await page.goto(`${path}#${id}`);
        await expect(page.locator(`#${id}`)).toHaveClass(/\bis-active\b/);
        await expect(page.locator(`#${id}`)).toBeInViewport();
        await expectConsistent(page, `loaded #${id}`);
      }
      // The table of contents.
      await page.goto(path);
      const toc = page.locator('.toc a[href^="#"]');
      const n = await toc.count();
      for (const k of [n - 1, 1, 0]) {
        const link = toc.nth(k);
        const id = ((await link.getAttribute('href')) ?? '').slice(1);
        await link.click();
        await expect(page.locator(`#${id}`)).toHaveClass(/\bis-active\b/);
        await expect(page.locator(`#${id}`)).toBeInViewport();
        await expectConsistent(page, `table of contents → #${id}`);
      }
      // The address bar: a new #step typed on the open page (a same-document navigation).
      for (const { id } of some) {
        await page.evaluate((h) => {
          location.hash = h;
        }, id);
        await expect(page.locator(`#${id}`)).toBeInViewport();
        await expectConsistent(page, `location.hash = #${id}`);
      }
      // History: back to an earlier step's hash.
      await page.goBack();
      await expectConsistent(page, 'history back');
      expect(errors).toEqual([]);
      await context.close();
    });

    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 375, height: 812 },
    ]) {
      test(`scrolling hard at ${viewport.width}px: the map ends on the active step`, async ({ browser }) => {
        test.setTimeout(120_000);
        const context = await browser.newContext({ ...BASE_OPTIONS, viewport, reducedMotion: 'no-preference' });
        const page = await context.newPage();
        const errors = pageErrors(page);
        await page.goto(path);
        await expectConsistent(page, 'first load');
        await page.mouse.move(viewport.width / 3, viewport.height / 2);
        // Flicks of the wheel, without waiting for anything.
        for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 600);
        await expectConsistent(page, 'after 40 quick wheel flicks down');
        for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -900);
        await expectConsistent(page, 'after quick flicks up');
        // Jumps to arbitrary positions, faster than any flight.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let i = 0; i < 12; i++) {
          const y = Math.round(((i * 0.618) % 1) * height);
          await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
          await page.waitForTimeout(30);
        }
        await expectConsistent(page, 'after 12 random jumps');
        await page.keyboard.press('End');
        await expectConsistent(page, 'End');
        await page.keyboard.press('Home');
        await page.waitForTimeout(300);
        // Back at the top, and scrolling into the story again.
        await page.locator('article.step').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expectConsistent(page, 'Home, then back to the first step');
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  });
}
