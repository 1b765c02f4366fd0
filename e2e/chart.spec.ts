// The deaths chart as readers get it: large, 12 px text or more, the whole year range, the y axis
// fitted to the step, and the same numbers as a table under the step (with and without scripts),
// in English and French.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { guard } from './helpers.ts';

const data = JSON.parse(readFileSync(join(process.cwd(), 'src/generated/deaths-yearly.json'), 'utf8')) as {
  years: number[];
  series: { iso_a3: string; total: number[] }[];
};
const value = (iso: string, year: number): number => data.series.find((s) => s.iso_a3 === iso)!.total[data.years.indexOf(year)]!;
const LOCALE = { en: 'en-GB', fr: 'fr-FR' } as const;
const fmt = (lang: 'en' | 'fr', v: number): string => new Intl.NumberFormat(LOCALE[lang]).format(v);
const root = (lang: 'en' | 'fr'): string => (lang === 'en' ? '/' : '/fr/');

async function openStep(page: Page, lang: 'en' | 'fr', id: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${root(lang)}?step=${id}`);
  await expect(page.locator(`.live-map[data-scene="${id}"][data-settled="true"]`)).toHaveCount(1);
}

/** Computed font sizes (px) of every text on the live chart, by class. */
async function fontSizes(page: Page): Promise<Record<string, number>> {
  return page.locator('.live-map .deaths-chart text').evaluateAll((els) => {
    const out: Record<string, number> = {};
    for (const el of els) {
      const cls = (el.getAttribute('class') ?? el.parentElement?.getAttribute('class') ?? '').split(' ')[0]!;
      const px = parseFloat(getComputedStyle(el).fontSize);
      out[cls] = Math.min(out[cls] ?? Infinity, px);
    }
    return out;
  });
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`deaths chart (${lang})`, () => {
    for (const vp of [
      { width: 1440, height: 900 },
      { width: 375, height: 812 },
    ]) {
      test(`deaths-by-year at ${vp.width}×${vp.height}: large, readable, 2010 to 2023, and its table`, async ({ page }) => {
        const g = guard(page);
        await page.setViewportSize(vp);
        await openStep(page, lang, 'deaths-by-year');
        const chart = page.locator('.live-map .deaths-chart');
        const map = await page.locator('.live-map').boundingBox();
        const box = await chart.boundingBox();
        expect(box && map).toBeTruthy();
        // Large: the map's width (to 1,040 px) on desktops, the screen's on phones.
        expect(box!.width).toBeGreaterThanOrEqual(Math.min(1040, map!.width - 28) - 2);
        expect(box!.height).toBeGreaterThanOrEqual(vp.width > 1023 ? 400 : 250);
        // Ticks, axis, marks and end labels at 12 px or more.
        const sizes = await fontSizes(page);
        for (const cls of ['deaths-tick-label', 'deaths-axis-label', 'deaths-mark-label', 'deaths-label-name', 'deaths-label-value']) {
          expect(sizes[cls], `${cls}: ${JSON.stringify(sizes)}`).toBeGreaterThanOrEqual(12);
        }
        // The whole year range, 2010 first.
        const years = await page.locator('.live-map .deaths-year-label').allTextContents();
        expect(years[0]).toBe('2010');
        expect(years[years.length - 1]).toBe('2023');
        // The chart's Burkina Faso line carries the data file's 2022 value.
        const bfa = await page.locator('.live-map .deaths-line.deaths-BFA').getAttribute('data-values');
        expect(bfa!.split(',').map(Number)[data.years.indexOf(2022)]).toBe(value('BFA', 2022));
        // The table: one row a year, the same number, written the language's way.
        const table = page.locator('#deaths-by-year .deaths-table');
        await table.locator('summary').click();
        await expect(table.locator('tbody tr')).toHaveCount(data.years.length);
        const cell = table.locator('tbody tr[data-year="2022"] td[data-country="BFA"]');
        await expect(cell).toBeVisible();
        await expect(cell).toHaveText(fmt(lang, value('BFA', 2022)));
        if (lang === 'fr') expect(await cell.textContent()).toContain('\u202f');
        await expect(table.locator('caption')).toContainText('UCDP 24.1');
        expect(g.errors).toEqual([]);
      });
    }

    test('violence-spreads: lines stop in 2020 and the y axis is scaled to the numbers up to 2020', async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openStep(page, lang, 'violence-spreads');
      const chart = page.locator('.live-map .deaths-chart');
      const shownMax = Math.max(...data.series.flatMap((s) => s.total.filter((_, i) => data.years[i]! <= 2020)));
      const top = Number(await chart.getAttribute('data-y-max'));
      expect(top).toBeGreaterThanOrEqual(shownMax);
      expect(top).toBeLessThan(shownMax * 1.3);
      // The top tick says where the axis ends.
      const ticks = await chart.locator('.deaths-grid .deaths-tick-label').allTextContents();
      expect(ticks).toContain(fmt(lang, top));
      // Years still run to 2023 (an empty future); the table stops in 2020 like the lines.
      const years = await chart.locator('.deaths-year-label').allTextContents();
      expect(years[0]).toBe('2010');
      expect(years[years.length - 1]).toBe('2023');
      await expect(page.locator('#violence-spreads .deaths-table tbody tr')).toHaveCount(data.years.filter((y) => y <= 2020).length);
    });
  });
}

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'fr'] as const) {
    test(`the numbers table opens and the static chart reads at 12 px (${lang})`, async ({ page }) => {
      await page.goto(root(lang));
      const table = page.locator('#deaths-by-year .deaths-table');
      await expect(table).toHaveCount(1);
      await table.locator('summary').click();
      await expect(table.locator('table')).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(data.years.length);
      await expect(table.locator('tbody tr[data-year="2022"] td[data-country="BFA"]')).toHaveText(fmt(lang, value('BFA', 2022)));
      // The step's static map draws the chart too, 2010 on its axis.
      const stat = page.locator('#deaths-by-year .step-figure svg');
      await expect(stat.locator('.deaths-year-label').first()).toHaveText('2010');
      const px = await stat.locator('.deaths-tick-label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(px).toBeGreaterThanOrEqual(12);
    });
  }
});
