// The printed handout: the story printed to PDF in Chromium is a clean document, each step's
// text beside its static map, with chapter headings and sources; nothing sticky, no buttons.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { guard } from './helpers.ts';

test('printing the story gives one static map per step, every step’s text and sources, no buttons', async ({ page }, info) => {
  test.setTimeout(120_000);
  const g = guard(page);
  await page.goto('/');
  await expect(page.locator('.live-map[data-settled="true"]')).toHaveCount(1);
  const steps = page.locator('article.step');
  const n = await steps.count();
  expect(n).toBeGreaterThanOrEqual(13);

  await page.emulateMedia({ media: 'print' });
  // One visible static map per step, and nothing else that looks like a map.
  await expect(page.locator('svg.static-map:visible')).toHaveCount(n);
  await expect(page.locator('.step-figure svg.static-map:visible')).toHaveCount(n);
  await expect(page.locator('.live-map:visible')).toHaveCount(0);
  await expect(page.locator('.story-graphic')).toBeHidden();
  // Nothing to press, nothing sticky.
  await expect(page.locator('button:visible')).toHaveCount(0);
  const sticky = await page.evaluate(
    () => [...document.querySelectorAll('body *')].filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && (el as HTMLElement).offsetParent !== null).map((el) => el.className),
  );
  expect(sticky).toEqual([]);
  // Every step's text and its sources (closed <details> on screen) are printed.
  await expect(page.locator('.step-text:visible')).toHaveCount(n);
  await expect(page.locator('.step-sources ul:visible')).toHaveCount(n);
  for (const chapter of await page.locator('.chapter-head h2').all()) await expect(chapter).toBeVisible();
  // Text beside its map: the figure sits to the right of the step's text.
  const layout = await steps.first().evaluate((el) => {
    const text = el.querySelector('.step-text')!.getBoundingClientRect();
    const map = el.querySelector('.step-figure')!.getBoundingClientRect();
    return { textRight: text.right, mapLeft: map.left, textTop: text.top, mapTop: map.top };
  });
  expect(layout.mapLeft).toBeGreaterThanOrEqual(layout.textRight - 1);
  expect(Math.abs(layout.mapTop - layout.textTop)).toBeLessThan(80);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(info.outputPath('handout.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const chapters = await page.locator('.chapter').count();
  // At least a page per chapter (each starts a page), and no more than a page per step plus the cover.
  expect(pages).toBeGreaterThanOrEqual(chapters);
  expect(pages).toBeLessThanOrEqual(n + 2);
  expect(g.errors).toEqual([]);
});

test('the teacher’s guide prints without its buttons and navigation', async ({ page }) => {
  await page.goto('/guide/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('.page-toc')).toBeHidden();
  await expect(page.locator('.guide-chapter').first()).toBeVisible();
  await expect(page.locator('.guide-questions li:visible').first()).toBeVisible();
});
