// Motion with meaning: on a step change only what changes animates. These tests sample every
// animation frame of real step changes (motion on) and check what the reader would see.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { guard, liveMapState } from './helpers.ts';

interface Frame {
  /** Labels on screen: effective opacity > 0.2 and inside the map. */
  labels: number;
  /** Lowest effective opacity among the watched elements (1 when none is watched). */
  watchedMin: number;
  settled: boolean;
}

/**
 * Starts sampling every frame; `watch` lists data-keys (markers, labels) whose effective
 * opacity is recorded. Call `stop` to get the frames.
 */
async function sampleFrames(page: Page, watch: readonly string[]): Promise<void> {
  await page.evaluate((keys) => {
    const w = window as unknown as { __frames: Frame[]; __sampling: boolean };
    w.__frames = [];
    w.__sampling = true;
    const svg = document.querySelector<SVGSVGElement>('.live-map')!;
    const opacityOf = (el: Element): number => {
      let op = 1;
      for (let e: Element | null = el; e && e !== svg; e = e.parentElement) op *= Number(getComputedStyle(e).opacity);
      return op;
    };
    const tick = (): void => {
      const frame = svg.getBoundingClientRect();
      let labels = 0;
      for (const t of svg.querySelectorAll('.overlay .labels text')) {
        const r = t.getBoundingClientRect();
        const onScreen = r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
        if (onScreen && opacityOf(t) > 0.2) labels++;
      }
      let watchedMin = 1;
      for (const k of keys) {
        const el = svg.querySelector(`.overlay [data-key="${k}"]`);
        watchedMin = Math.min(watchedMin, el ? opacityOf(el) : 0);
      }
      w.__frames.push({ labels, watchedMin, settled: svg.dataset['settled'] === 'true' });
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, watch as string[]);
}

async function stopSampling(page: Page): Promise<Frame[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: Frame[]; __sampling: boolean };
    w.__sampling = false;
    return w.__frames;
  });
}

/** Opens `from`, waits for it to settle, then presses → and records frames until `to` settles. */
async function stepChange(page: Page, from: string, to: string, watch: readonly string[] = []): Promise<Frame[]> {
  await page.goto(`/?step=${from}`);
  await liveMapState(page, from);
  await page.waitForTimeout(700); // the first picture's own fades end
  await sampleFrames(page, watch);
  await page.keyboard.press('ArrowRight');
  await liveMapState(page, to);
  await page.waitForTimeout(900); // fades that outlast the camera
  return stopSampling(page);
}

test.describe('step changes never blank the map', () => {
  for (const [from, to] of [
    ['operation-serval', 'operation-barkhane'],
    ['moura', 'coups-next-door'],
    ['mali-from-above', 'two-targets'],
  ] as const) {
    test(`${from} → ${to}: every frame shows labels`, async ({ page }) => {
      const g = guard(page);
      const frames = await stepChange(page, from, to);
      // The change really animated (not a cut), so the frames cover a flight.
      expect(frames.filter((f) => !f.settled).length).toBeGreaterThan(5);
      const empty = frames.filter((f) => f.labels === 0).length;
      const counts = frames.map((f) => f.labels);
      // The figures for the issue note: labels before → the fewest in any frame → after.
      test.info().annotations.push({ type: 'labels', description: `${counts[0]} → min ${Math.min(...counts)} → ${counts[counts.length - 1]} over ${frames.length} frames` });
      expect(empty, `frames with no label on screen: ${empty} of ${frames.length}`).toBe(0);
      expect(g.errors).toEqual([]);
    });
  }

  test('between two steps that share the camera, what both show stays fully visible', async ({ page }) => {
    const g = guard(page);
    // Both steps frame northern Mali; Kidal, Tessalit and Timbuktu are on both maps.
    const keep = ['marker:kidal', 'marker:tessalit', 'marker:timbuktu', 'marker:gossi', 'marker:menaka', 'marker:gao'];
    await page.goto('/?step=bases-close-2022');
    const camera = (await liveMapState(page, 'bases-close-2022')).camera;
    await page.goto('/?step=bases-close-2021');
    expect((await liveMapState(page, 'bases-close-2021')).camera).toBe(camera);
    const frames = await stepChange(page, 'bases-close-2021', 'bases-close-2022', keep);
    expect(frames.length).toBeGreaterThan(10);
    const dimmest = Math.min(...frames.map((f) => f.watchedMin));
    expect(dimmest, 'a marker shown by both steps faded during the change').toBe(1);
    expect(g.errors).toEqual([]);
  });
});

test('on a phone, a card that has been read fades before it covers the legend', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/?step=the-tri-border');
  await liveMapState(page, 'the-tri-border');
  const card = page.locator('#the-tri-border .step-card');
  const state = (): Promise<{ bottom: number; opacity: number }> =>
    card.evaluate((c) => ({ bottom: c.getBoundingClientRect().bottom, opacity: Number(getComputedStyle(c).opacity) }));
  expect((await state()).opacity, 'the card being read is fully opaque').toBe(1);
  const legendBottom = await page.locator('.live-map .legend').evaluate((l) => l.getBoundingClientRect().bottom);
  // Scroll until the card's lower edge is just below the legend.
  const { bottom } = await state();
  await page.evaluate((dy) => window.scrollBy(0, dy), bottom - legendBottom - 20);
  await expect.poll(async () => (await state()).opacity).toBeLessThan(0.25);
});
