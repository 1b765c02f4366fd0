// Offline: after one visit, the story, presenter mode, the notes window and the teacher's guide
// work with no network at all (service worker with a Workbox precache, generated at build time).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { guard } from './helpers.ts';

async function waitForServiceWorker(page: Page): Promise<void> {
  // Registration waits for the page to load, the reader to engage and the browser to idle;
  // installing precaches the whole site.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
}

test.use({ serviceWorkers: 'allow' });
test('after one visit the story, presenter mode and the guide work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  const g = guard(page);
  await page.goto('/');
  await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
  // A visit: the reader scrolls (the site stores itself once the reader engages, see offline.ts).
  await page.mouse.wheel(0, 600);
  await waitForServiceWorker(page);
  const firstStep = await page.locator('article.step').first().getAttribute('id');

  await context.setOffline(true);
  // The network is really gone: anything not stored fails.
  const stray = await page.evaluate(() =>
    fetch(`/not-stored-${Date.now()}.txt`).then(
      (r) => r.status,
      () => 'failed',
    ),
  );
  expect(stray).not.toBe(200);

  const reload = await page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText(/Caught between/);
  await expect(page.locator(`#${firstStep}`)).toBeVisible();
  await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);

  // Presenter mode at a step, then stepping on.
  const present = await page.goto(`/present/?step=${firstStep}`);
  expect(present?.fromServiceWorker()).toBe(true);
  await expect(page.locator(`.present-slide[data-step="${firstStep}"]`)).toBeVisible();
  await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#present-counter')).toHaveText(/^Step 2 of \d+$/);
  await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);

  // The notes window and the teacher's guide.
  await page.goto('/notes/');
  await expect(page.locator('#notes-slot-now .notes-step')).toHaveCount(1);
  const guide = await page.goto('/guide/');
  expect(guide?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText(/Teacher’s guide/);
  await page.locator('.guide-chapter').first().getByRole('link', { name: /^Present chapter/ }).click();
  await expect(page.locator('.present-slide:visible')).toHaveCount(1);

  // Data and fonts come from the store too.
  const stored = await page.evaluate(async () => {
    const ok = async (url: string): Promise<boolean> => (await fetch(url)).ok;
    // Font names carry their content hash (scripts/subset-fonts.ts): take it from the page.
    const font = document.querySelector<HTMLLinkElement>('link[rel="preload"][as="font"]')?.href ?? '/fonts/missing.woff2';
    return {
      events: await ok('/data/events-2021.json'),
      font: await ok(font),
      sources: await ok('/sources/'),
    };
  });
  expect(stored).toEqual({ events: true, font: true, sources: true });
  // Network failures of the stray request above are the only errors allowed.
  expect(g.errors.filter((e) => !/not-stored|Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  await context.setOffline(false);
});
