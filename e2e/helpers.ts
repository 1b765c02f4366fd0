import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Fails the test on console errors, page errors and any request that leaves the site's origin. */
export function guard(page: Page): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !url.protocol.startsWith('data')) foreign.push(r.url());
  });
  return { errors, foreign };
}

export interface MapState {
  scene: string;
  camera: string;
  highlight: string;
  markers: string;
  transform: string;
}

export async function liveMapState(page: Page, scene: string): Promise<MapState> {
  const svg = page.locator('.live-map');
  await expect(svg).toHaveAttribute('data-scene', scene);
  await expect(svg).toHaveAttribute('data-settled', 'true');
  return svg.evaluate((el) => ({
    scene: el.getAttribute('data-scene') ?? '',
    camera: el.getAttribute('data-camera') ?? '',
    highlight: el.getAttribute('data-highlight') ?? '',
    markers: el.getAttribute('data-markers') ?? '',
    transform: el.querySelector('.level-region')?.getAttribute('transform') ?? '',
  }));
}

/** Parses "matrix(a b c d e f)" so cameras can be compared with a tolerance. */
export function matrix(transform: string): number[] {
  return (transform.match(/-?[\d.e+-]+/g) ?? []).map(Number);
}

export async function stepIds(page: Page): Promise<{ id: string; scene: string }[]> {
  return page.locator('article.step').evaluateAll((els) => els.map((e) => ({ id: e.id, scene: e.getAttribute('data-scene') ?? '' })));
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}
