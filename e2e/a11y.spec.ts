// Accessibility of the story, proven in the browser: axe at phone and desktop widths with and
// without reduced motion, the skip link, the heading outline, named pictures, a polite live
// region that does not chatter, and the motion toggle.
//
// To cover another page, add it to PAGES (every check that applies to any page) or STORY_PAGES
// (pages with the scroll story: steps, live map, announcer, motion toggle).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, liveMapState, stepIds } from './helpers.ts';

/** Pages with the scroll story, and the steps to check on each (null = the first step). */
const STORY_PAGES: { path: string; steps: (string | null)[] }[] = [
  // First step, a Bamako street-level step, and the casualty chart.
  { path: '/', steps: [null, 'air-base-101', 'counting-the-dead'] },
];
/** Every page, for the checks that apply to any page. */
const PAGES: string[] = [...STORY_PAGES.map((p) => p.path), '/sources/'];
const isStory = (path: string): boolean => STORY_PAGES.some((p) => p.path === path);

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1440, height: 900 },
];
const MOTION = ['no-preference', 'reduce'] as const;

function withStep(path: string, step: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}step=${encodeURIComponent(step)}`;
}

/** Collects page errors and console errors, with the resource a console error is about. */
function guard(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { errors };
}

/** axe over the whole page, or only over what a step change touches (the map and the step). */
async function expectNoViolations(page: Page, include?: string[]): Promise<void> {
  if (!include) return expectNoAxeViolations(page);
  let builder = new AxeBuilder({ page });
  for (const sel of include) builder = builder.include(sel);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

/** The HTML as a browser without scripting would render it (test-only transformation). */
function asWithoutScripting(html: string): string {
  return html
    .replace(/<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace(/scripting:\s*(enabled|none)/g, (_, v: string) => `scripting:${v === 'none' ? 'enabled' : 'none'}`)
    .replace(/<\/?noscript>/gi, '');
}

/** Waits until the step is active, its picture settled and announced. */
async function settle(page: Page, id: string): Promise<void> {
  const scene = (await page.locator(`#${id}`).getAttribute('data-scene')) ?? '';
  await expect(page.locator(`#${id}`)).toHaveClass(/\bis-active\b/);
  await liveMapState(page, scene);
  const desc = (await page.locator(`#${id} .map-description-text`).textContent()) ?? '';
  await expect(page.locator('#map-announcer')).toHaveText(desc.trim());
}

for (const { path, steps } of STORY_PAGES) {
  test.describe(`story ${path}`, () => {
    for (const viewport of VIEWPORTS) {
      for (const reducedMotion of MOTION) {
        test(`axe: no violations at ${viewport.width}px, motion ${reducedMotion}`, async ({ browser }) => {
          test.setTimeout(240_000);
          const context = await browser.newContext({ viewport, reducedMotion });
          const page = await context.newPage();
          const g = guard(page);
          await page.goto(path);
          const first = (await stepIds(page))[0]!.id;
          for (const [i, step] of steps.entries()) {
            const id = step ?? first;
            await expect(page.locator(`article.step#${id}`), `step ${id} exists`).toHaveCount(1);
            await page.goto(withStep(path, id));
            await settle(page, id);
            // The whole page once; then what differs from step to step (the live map, its
            // announcer and the active step), which keeps the matrix affordable on a big page.
            await test.step(`axe at ${id}`, () => expectNoViolations(page, i === 0 ? undefined : ['.story-graphic', `#${id}`]));
          }
          expect(g.errors).toEqual([]);
          await context.close();
        });
      }
    }

    test('axe: no violations without JavaScript (the plain article)', async ({ browser, baseURL }) => {
      test.setTimeout(240_000);
      // axe cannot run with JavaScript disabled (its own timers never fire), so the page is
      // served as a browser without scripting renders it: no executable scripts, and the CSS
      // `scripting` media queries flipped (the CSP <meta> goes too, as its style hash no longer
      // matches). One width: without JavaScript the article is the same single column.
      const context = await browser.newContext({ viewport: VIEWPORTS[0]! });
      const page = await context.newPage();
      const url = new URL(path, baseURL).href;
      await page.route(url, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: asWithoutScripting(await res.text()) });
      });
      await page.goto(url);
      expect(await page.evaluate(() => document.scripts.length === document.querySelectorAll('script[type="application/json"]').length)).toBe(true);
      await expect(page.locator('.story-graphic')).toBeHidden();
      await expect(page.locator('.step-figure svg').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await context.close();
    });

    test('the skip link is the first Tab stop and Enter moves focus into main', async ({ page }) => {
      await page.goto(path);
      await page.locator('.live-map[data-settled="true"]').waitFor();
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      await expect(skip).toBeFocused();
      // Visible when focused (not just in the tab order), and on screen.
      await expect(skip).toBeInViewport();
      const target = (await skip.getAttribute('href')) ?? '';
      expect(target).toMatch(/^#.+/);
      await page.keyboard.press('Enter');
      const main = page.locator('main');
      await expect(main).toHaveAttribute('id', target.slice(1));
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      // The next Tab continues inside the story, not back at the top of the page.
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });

    test('every step figure is a named image; the live map is named by its announcer', async ({ page }) => {
      await page.goto(path);
      const steps = await stepIds(page);
      const first = steps[0]!;
      await settle(page, first.id);
      for (const { id } of steps) {
        // The figure's own map (a zoomed map nests its locator inset, a second <svg>, inside it).
        const svg = page.locator(`#${id} .step-figure > svg`);
        await expect(svg, id).toHaveCount(1);
        await expect(svg, id).toHaveAttribute('role', 'img');
        // The figure's own caption names it (its text is the step's map description).
        const name = await svg.evaluate((el) =>
          (el.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .map((ref) => document.getElementById(ref)?.textContent ?? '')
            .join(' ')
            .trim(),
        );
        expect(name.length, `${id}: accessible name`).toBeGreaterThan(20);
      }
      const live = page.locator('.live-map');
      await expect(live).toHaveAttribute('role', 'img');
      const desc = (await page.locator(`#${first.id} .map-description-text`).textContent()) ?? '';
      await expect(live).toHaveAccessibleName(desc.trim());
    });

    test('the announcer gets the map description after a step change, not for every step scrolled past', async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      const steps = await stepIds(page);
      expect(steps.length).toBeGreaterThanOrEqual(7);
      await settle(page, steps[0]!.id);

      // A key press is a step change: the new picture is announced.
      await page.keyboard.press('ArrowRight');
      await settle(page, steps[1]!.id);

      // Scroll quickly through five steps: the reader never stops, so at most one or two
      // announcements — not five — and the last one describes where they stopped.
      await page.evaluate(() => {
        const w = window as unknown as { __announcements: string[]; __actives: string[] };
        w.__announcements = [];
        w.__actives = [];
        const announcer = document.getElementById('map-announcer')!;
        new MutationObserver(() => w.__announcements.push(announcer.textContent ?? '')).observe(announcer, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        new MutationObserver(() => {
          const id = document.querySelector('article.step.is-active')?.id ?? '';
          if (id && w.__actives.at(-1) !== id) w.__actives.push(id);
        }).observe(document.querySelector('.story-steps')!, { attributes: true, attributeFilter: ['class'], subtree: true });
      });
      const passed = steps.slice(2, 7);
      for (const { id } of passed) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(150);
      }
      const last = passed.at(-1)!.id;
      await settle(page, last);
      await page.waitForTimeout(1200); // longer than the announcer's debounce
      const { announcements, actives } = await page.evaluate(() => {
        const w = window as unknown as { __announcements: string[]; __actives: string[] };
        return { announcements: w.__announcements, actives: w.__actives };
      });
      expect(actives.length, `the scroll really passed through several steps: ${actives.join(', ')}`).toBeGreaterThanOrEqual(3);
      expect(announcements.length, announcements.join('\n')).toBeLessThanOrEqual(2);
      const desc = (await page.locator(`#${last} .map-description-text`).textContent()) ?? '';
      expect(announcements.at(-1)).toBe(desc);
    });

    for (const reducedMotion of MOTION) {
      test(`motion toggle: keyboard-operable, flips data-motion, overrides system ${reducedMotion}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion });
        const page = await context.newPage();
        const g = guard(page);
        await page.goto(path);
        const steps = await stepIds(page);
        await settle(page, steps[0]!.id);
        const html = page.locator('html');
        const toggle = page.getByRole('button', { name: 'Motion' });
        const systemOn = reducedMotion === 'no-preference';
        // By default it follows the system.
        await expect(toggle).toBeVisible();
        await expect(toggle).toHaveAttribute('aria-pressed', String(systemOn));
        await expect(toggle).toHaveText(`Motion: ${systemOn ? 'on' : 'off'}`);
        await expect(html).toHaveAttribute('data-motion', systemOn ? 'on' : 'off');

        // Reachable with Tab from the top of the page.
        let reached = false;
        for (let i = 0; i < 25 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await toggle.evaluate((el) => el === document.activeElement);
        }
        expect(reached, 'Tab reaches the motion toggle').toBe(true);

        // Enter flips it against the system setting…
        await page.keyboard.press('Enter');
        await expect(toggle).toHaveAttribute('aria-pressed', String(!systemOn));
        await expect(toggle).toHaveText(`Motion: ${systemOn ? 'off' : 'on'}`);
        await expect(html).toHaveAttribute('data-motion', systemOn ? 'off' : 'on');
        // …and the live map obeys on its next move: it flies only when motion is on.
        const flew = await flightOnNextStep(page);
        expect(flew, 'the map flies only when motion is on').toBe(!systemOn);
        // The choice survives a reload.
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-motion', systemOn ? 'off' : 'on');
        await expect(toggle).toHaveAttribute('aria-pressed', String(!systemOn));

        // Space flips it back; back at the system setting nothing is stored.
        await toggle.focus();
        await page.keyboard.press('Space');
        await expect(toggle).toHaveAttribute('aria-pressed', String(systemOn));
        await expect(html).toHaveAttribute('data-motion', systemOn ? 'on' : 'off');
        expect(await page.evaluate(() => localStorage.getItem('caught-between:motion'))).toBeNull();
        expect(g.errors).toEqual([]);
        await context.close();
      });
    }

    test('without JavaScript the motion toggle is not shown', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('.motion-toggle')).toHaveCount(1);
      await expect(page.locator('.motion-toggle')).toBeHidden();
      await context.close();
    });
  });
}

/** Presses → and reports whether the live map went through an unsettled (flying) state. */
async function flightOnNextStep(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    const w = window as unknown as { __flew: boolean };
    w.__flew = false;
    const svg = document.querySelector('.live-map')!;
    new MutationObserver(() => {
      if (svg.getAttribute('data-settled') === 'false') w.__flew = true;
    }).observe(svg, { attributes: true, attributeFilter: ['data-settled'] });
  });
  const before = await page.locator('.live-map').getAttribute('data-camera');
  // Move until the camera changes (a step with the same camera may legitimately not fly).
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.live-map')).toHaveAttribute('data-settled', 'true');
    if ((await page.locator('.live-map').getAttribute('data-camera')) !== before) break;
  }
  return page.evaluate(() => (window as unknown as { __flew: boolean }).__flew);
}

for (const path of PAGES.filter((p) => !isStory(p))) {
  test(`${path}: axe finds no violations on load (375 and 1440 px)`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await page.waitForLoadState('load');
      await expectNoAxeViolations(page);
    }
  });
}

// The other ways to read: an embed (a chapter with a chart), presenter mode (on the comparison
// table, its longest slide) and the teacher's guide, each at phone and desktop widths, with and
// without reduced motion. (Every chapter's embed is also checked in embed.spec.ts, presenter
// mode at projector sizes in present.spec.ts, the French pages in french.spec.ts.)
const MODE_PAGES: { path: string; ready?: string }[] = [
  { path: '/embed/deaths-soared/?step=what-ucdp-counts', ready: '.live-map[data-settled="true"]' },
  { path: '/present/?step=comparing-the-paths', ready: '.live-map[data-settled="true"]' },
  { path: '/guide/' },
];
for (const { path, ready } of MODE_PAGES) {
  test(`${path}: axe finds no violations at 375 and 1440 px, with and without reduced motion`, async ({ browser }) => {
    test.setTimeout(180_000);
    for (const viewport of VIEWPORTS) {
      for (const reducedMotion of MOTION) {
        const context = await browser.newContext({ viewport, reducedMotion });
        const page = await context.newPage();
        const g = guard(page);
        await page.goto(path);
        // Attached, not visible: the comparison slide hides its map to give the table the screen.
        if (ready) await page.locator(ready).waitFor({ state: 'attached' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await expectNoAxeViolations(page);
        expect(g.errors, `${path} ${viewport.width}px ${reducedMotion}`).toEqual([]);
        await context.close();
      }
    }
  });
}

for (const path of PAGES) {
  test(`${path}: headings: one h1, then h2s…, no skipped levels`, async ({ page }) => {
    await page.goto(path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((els) =>
      els.map((el) => ({
        level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)),
        text: (el.textContent ?? '').trim().slice(0, 40),
      })),
    );
    expect(levels[0]?.level, 'the first heading is the h1').toBe(1);
    expect(levels.filter((h) => h.level === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) {
      const prev = levels[i - 1]!;
      const cur = levels[i]!;
      expect(cur.level - prev.level, `"${prev.text}" (h${prev.level}) → "${cur.text}" (h${cur.level})`).toBeLessThanOrEqual(1);
    }
  });
}
