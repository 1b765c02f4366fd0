// Performance budgets that do not depend on the machine's speed: bytes on the wire, layout shifts
// and render-blocking requests. Timings (scores, LCP, frame rates) live in `npm run bench`.
// 1 KB = 1024 bytes; sizes are transfer sizes (compressed as sent, headers included) measured with
// the DevTools protocol (Network.loadingFinished encodedDataLength) and Chromium's own
// Accept-Encoding, against the built site served by scripts/serve.ts.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { cls, installRecorder, kb, readRecord, settleServiceWorker, trackTransfers, waitForStoryReady } from '../scripts/bench/page-metrics.ts';
import type { TransferLog } from '../scripts/bench/page-metrics.ts';
import { guard, stepIds } from './helpers.ts';

const KB = 1024;
const BUDGET = {
  /** Script responses on first load, compressed. */
  js: 60 * KB,
  /** Everything (HTML, CSS, fonts, data, JS) transferred before the reader first scrolls. */
  firstView: 250 * KB,
};

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1440, height: 900 },
];

function listing(log: TransferLog): string {
  return [...log.done].sort((a, b) => b.bytes - a.bytes).map((t) => `  ${t.type.padEnd(13)} ${kb(t.bytes).padStart(9)} ${t.encoding || 'identity'} ${new URL(t.url).pathname}`).join('\n');
}

/** Opens the story cold, with byte counting and the layout-shift recorder in place. */
async function openStory(page: Page, path = '/'): Promise<TransferLog> {
  await page.addInitScript(installRecorder);
  const log = await trackTransfers(await page.context().newCDPSession(page), page.context());
  await page.goto(path);
  await waitForStoryReady(page);
  return log;
}

for (const viewport of VIEWPORTS) {
  test.describe(`budgets at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // Both editions: the French text is longer and its fonts carry accented letters.
    for (const path of ['/', '/fr/']) test(`first load of ${path}: JS ≤ 60 KB and everything before the first scroll ≤ 250 KB`, async ({ page }) => {
      test.setTimeout(90_000);
      const g = guard(page);
      const log = await openStory(page, path);
      // The page's own requests are done; a service worker registered on idle may still be
      // precaching. A reader who pauses on the first screen downloads that too: wait for it.
      await settleServiceWorker(page, log);
      const js = log.total('Script');
      const all = log.total();
      const worker = log.total('ServiceWorker');
      const detail = `\n${listing(log)}`;
      test.info().annotations.push({ type: 'measured', description: `JS ${kb(js)}; before first scroll ${kb(all)} (service worker ${kb(worker)})` });
      expect.soft(js, `JS on first load: ${kb(js)} (budget ${kb(BUDGET.js)})${detail}`).toBeLessThanOrEqual(BUDGET.js);
      expect.soft(
        all,
        `transferred before the first scroll: ${kb(all)} (budget ${kb(BUDGET.firstView)}) = page ${kb(all - worker)} + service-worker precache ${kb(worker)}${detail}`,
      ).toBeLessThanOrEqual(BUDGET.firstView);
      expect(log.total('Document'), 'the HTML document was not counted').toBeGreaterThan(0);
      expect(g.errors).toEqual([]);
      expect(g.foreign).toEqual([]);
    });

    test('CLS is 0 while loading and while scrolling through every step', async ({ page }) => {
      test.setTimeout(180_000);
      const g = guard(page);
      // Under reduced motion the map cuts between pictures instead of flying: the same layout,
      // far less work per frame, so the walk through the page stays quick on a busy machine.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openStory(page);
      const atLoad = cls((await readRecord(page)).shifts);
      const steps = await stepIds(page);
      expect(steps.length).toBeGreaterThanOrEqual(13);
      // Programmatic scrolling (no input events, so every shift counts) from the top to the very
      // end, a third of a screen at a time (steps are taller than that), two frames per position
      // so scrollama's observers run; a MutationObserver notes every step activated on the way.
      const seen = await page.evaluate(async () => {
        const active = new Set<string>();
        const note = (): void => document.querySelectorAll('article.step.is-active').forEach((el) => active.add(el.id));
        const mo = new MutationObserver(note);
        note(); // the first step is active on arrival
        mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
        const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
        const el = document.scrollingElement ?? document.documentElement;
        window.scrollTo({ top: 0, behavior: 'instant' });
        await frame();
        while (el.scrollTop + window.innerHeight < el.scrollHeight - 1) {
          window.scrollBy({ top: Math.round(window.innerHeight / 3), behavior: 'instant' });
          await frame();
        }
        await frame();
        note();
        mo.disconnect();
        return [...active];
      });
      const missed = steps.map((s) => s.id).filter((id) => !seen.includes(id));
      expect.soft(missed, `steps never activated while scrolling: ${missed.join(', ')}`).toEqual([]);
      await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
      await page.waitForTimeout(500);
      const rec = await readRecord(page);
      const total = cls(rec.shifts);
      const shifts = rec.shifts
        .filter((s) => !s.hadRecentInput)
        .map((s) => `  at ${Math.round(s.t)} ms: ${s.value.toPrecision(2)} (${s.sources.join(', ') || 'no source'})`)
        .join('\n');
      expect.soft(atLoad.sum, `layout shift while loading: CLS ${atLoad.cls.toPrecision(2)}, ${atLoad.count} shift(s)\n${shifts}`).toBe(0);
      expect(total.sum, `layout shift over load + scroll: CLS ${total.cls.toPrecision(2)} (sum ${total.sum.toPrecision(2)}), ${total.count} shift(s)\n${shifts}`).toBe(0);
      expect(g.errors).toEqual([]);
    });
  });
}

test('no font or image request blocks rendering; web fonts are preloaded or font-display: optional', async ({ page }) => {
  const g = guard(page);
  await page.setViewportSize(VIEWPORTS[0]!);
  const log = await openStory(page);
  const found = await page.evaluate(() => {
    const isFont = (u: string): boolean => /\.(woff2?|ttf|otf)(\?|$)/i.test(u);
    const isImage = (u: string, initiator: string): boolean => ['img', 'image'].includes(initiator) || /\.(png|jpe?g|gif|webp|avif|svg)(\?|$)/i.test(u);
    // renderBlockingStatus (Chromium 107+) is not in TypeScript's DOM types yet.
    const resources = (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
      .filter((e) => isFont(e.name) || isImage(e.name, e.initiatorType))
      .map((e) => ({ url: e.name, status: e.renderBlockingStatus ?? 'unknown' }));
    const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((l) => l.href);
    const faces: { family: string; display: string; urls: string[] }[] = [];
    for (const sheet of [...document.styleSheets]) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of [...rules]) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const src = rule.style.getPropertyValue('src');
        const urls = [...src.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => new URL(m[1] ?? '', sheet.href ?? location.href).href);
        if (urls.length) faces.push({ family: rule.style.getPropertyValue('font-family'), display: rule.style.getPropertyValue('font-display') || 'auto', urls });
      }
    }
    return { resources, preloaded, faces };
  });

  const blocking = found.resources.filter((r) => r.status !== 'non-blocking');
  expect(
    blocking,
    `render-blocking font/image requests:\n${blocking.map((r) => `  ${r.status} ${r.url}`).join('\n')}`,
  ).toEqual([]);
  expect(found.resources.length, 'no font or image resources were seen: the check measured nothing').toBeGreaterThan(0);

  const unsafe = found.faces.filter((f) => f.display !== 'optional' && !f.urls.some((u) => found.preloaded.includes(u)));
  expect(
    unsafe,
    `@font-face rules that can block text or swap it (neither font-display: optional nor preloaded):\n${unsafe.map((f) => `  ${f.family} ${f.display} ${f.urls.join(' ')}`).join('\n')}`,
  ).toEqual([]);

  // A preload that does not match the later request (e.g. missing crossorigin) downloads twice.
  const fontRequests = log.done.filter((t) => t.type === 'Font').map((t) => t.url);
  const twice = fontRequests.filter((u, i) => fontRequests.indexOf(u) !== i);
  expect(twice, `fonts downloaded twice (preload without crossorigin?): ${twice.join(', ')}`).toEqual([]);
  const stray = found.preloaded.filter((u) => !found.faces.some((f) => f.urls.includes(u)));
  expect(stray, `preloaded fonts that no @font-face rule uses: ${stray.join(', ')}`).toEqual([]);
  expect(g.errors).toEqual([]);
});
