// The yearly deaths chart draws exactly the numbers of the data: deaths-yearly.json and the raw
// OWID/UCDP CSV it is built from. Checked on the model (data-values and each point's y).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoBundle } from '../../src/lib/build/defs.ts';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { inside, overlaps } from '../../src/lib/map/layers/boxes.ts';
import { deathsLayout, dodge, LABEL_GAP, niceTop, yearLabelsFor } from '../../src/lib/map/layers/deaths-chart.ts';
import { buildMapModel, chartPanel, deathsPlacement, sceneView } from '../../src/lib/map/model.ts';
import type { LayoutMode } from '../../src/lib/map/model.ts';
import type { ResolvedDeaths, ResolvedScene, VNode } from '../../src/lib/map/types.ts';
import { unitToScreen } from '../../src/lib/geo/view.ts';
import { toUnit } from '../../src/lib/geo/mercator.ts';
import { defineScene } from '../../src/lib/scenes/base.ts';
import type { DeathsChart } from '../../src/lib/scenes/types.ts';
import { scene as sceneById } from '../../src/lib/scenes/index.ts';
import { storyMapSize, VIEWPORTS } from '../../src/lib/layout/story-layout.ts';

const root = process.cwd();
const json = JSON.parse(readFileSync(join(root, 'src/generated/deaths-yearly.json'), 'utf8')) as {
  years: number[];
  series: { country: string; iso_a3: string; total: number[] }[];
};

/** total_best per country and year from the raw CSV. */
function rawCsv(): Map<string, Map<number, number>> {
  const [head, ...lines] = readFileSync(join(root, 'data/raw/conflict/yearly_totals_by_country_wide.csv'), 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  const ci = cols.indexOf('country');
  const yi = cols.indexOf('year');
  const ti = cols.indexOf('total_best');
  const out = new Map<string, Map<number, number>>();
  for (const line of lines) {
    const f = line.split(',');
    const m = out.get(f[ci]!) ?? new Map<number, number>();
    m.set(Number(f[yi]), Number(f[ti]));
    out.set(f[ci]!, m);
  }
  return out;
}

const SIZES: { size: { width: number; height: number }; mode: LayoutMode }[] = [
  { size: { width: 375, height: 812 }, mode: 'narrow' }, // phone
  { size: { width: 896, height: 900 }, mode: 'wide' }, // 1440 px desktop: the map column
  { size: { width: 560, height: 440 }, mode: 'static' }, // each step's static map
  { size: { width: 1000, height: 800 }, mode: 'wide' },
];

function deathsScene(chart: Partial<DeathsChart> = {}): ResolvedScene {
  return resolveScene(
    defineScene('test-deaths', {
      camera: 'sahel',
      chart: { kind: 'deaths', countries: ['MLI', 'BFA', 'NER'], throughYear: 2023, marks: [], ...chart },
    }),
    'en',
  );
}

const find = (nodes: readonly VNode[], pred: (n: VNode) => boolean): VNode[] =>
  nodes.flatMap((n) => [...(pred(n) ? [n] : []), ...find(n.children ?? [], pred)]);

/** The points of a path "M x,y L x,y …" written by d3-shape's line(). */
const points = (d: string): [number, number][] =>
  [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('deaths chart', () => {
  const scene = deathsScene();
  const chart = scene.chart as ResolvedDeaths;
  const csv = rawCsv();

  it('resolves the series of deaths-yearly.json, and the file matches the raw CSV (total_best)', () => {
    expect(chart.kind).toBe('deaths');
    expect(chart.years).toEqual(json.years);
    expect(chart.years).toEqual(Array.from({ length: 14 }, (_, i) => 2010 + i));
    for (const s of chart.series) {
      const file = json.series.find((x) => x.iso_a3 === s.iso)!;
      expect(s.values).toEqual(file.total);
      expect(s.name).toBe(file.country);
      const raw = csv.get(file.country)!;
      expect(chart.years.map((y) => raw.get(y))).toEqual(s.values);
    }
    expect(chart.note).toMatch(/series ends in 2023/);
  });

  for (const { size, mode } of SIZES) {
    it(`draws every value where it belongs at ${size.width}×${size.height} (${mode})`, () => {
      const model = buildMapModel(scene, geoBundle().index, { size, mode });
      const panel = model.overlay.find((n) => n.key === 'deaths');
      expect(panel).toBeDefined();
      const layout = deathsLayout(chart, size, deathsPlacement(scene, size, mode));
      const lines = find([panel!], (n) => n.tag === 'path' && String(n.attrs['class']).includes('deaths-line'));
      expect(lines.map((l) => l.attrs['data-country'])).toEqual(['MLI', 'BFA', 'NER']);
      for (const l of lines) {
        const file = json.series.find((x) => x.iso_a3 === l.attrs['data-country'])!;
        const values = String(l.attrs['data-values']).split(',').map(Number);
        expect(values).toEqual(file.total);
        expect(values).toEqual(json.years.map((y) => csv.get(file.country)!.get(y)));
        const pts = points(String(l.attrs['d']));
        expect(pts).toHaveLength(json.years.length);
        pts.forEach(([x, y], i) => {
          expect(x).toBeCloseTo(layout.x(json.years[i]!), 0);
          expect(Math.abs(y - layout.y(file.total[i]!))).toBeLessThanOrEqual(0.051);
          // …and reading the point back through the scale gives the data (to a pixel's worth).
          const perPx = layout.y.domain()[1]! / (layout.plot.y1 - layout.plot.y0);
          expect(Math.abs(layout.y.invert(y) - file.total[i]!)).toBeLessThanOrEqual(perPx * 0.06);
        });
      }
      // End labels: the country name and its last value, formatted with thousands separators.
      const labels = find([panel!], (n) => String(n.attrs['class']).startsWith('deaths-label '));
      expect(labels.map((g) => g.children!.map((c) => c.text))).toEqual([
        ['Mali', '2,001'],
        ['Burkina Faso', '6,152'],
        ['Niger', '524'],
      ]);
      // y ticks are round numbers with separators.
      const ticks = find([panel!], (n) => n.key.startsWith('grid:')).map((g) => g.children![1]!.text);
      expect(ticks).toContain('0');
      expect(ticks.some((t) => /^\d{1,2},000$/.test(t ?? ''))).toBe(true);
    });

    it(`fits the panel on screen and the map beside it at ${size.width}×${size.height} (${mode})`, () => {
      const panel = chartPanel(scene, size, mode)!;
      expect(inside(panel.box, { x0: 0, y0: 0, x1: size.width, y1: size.height })).toBe(true);
      if (mode === 'narrow' || size.width < 560) {
        expect(panel.box.x1 - panel.box.x0).toBeGreaterThanOrEqual(size.width - 28);
      } else {
        // The picture of the step: the map's width (to 1,040 px), centred at its foot.
        expect(panel.box.x1 - panel.box.x0).toBe(Math.min(1040, size.width - 28));
        expect(Math.abs(panel.box.x0 - (size.width - panel.box.x1))).toBeLessThanOrEqual(1);
        expect(panel.box.y1).toBe(size.height - (mode === 'wide' ? 34 : 14));
      }
      // The camera's bounds land outside the panel.
      const view = sceneView(scene, size, mode, panel);
      const [w, s] = scene.bounds[0];
      const [e, n] = scene.bounds[1];
      const [x0, y0] = unitToScreen(toUnit([w, n]), view, size);
      const [x1, y1] = unitToScreen(toUnit([e, s]), view, size);
      expect(overlaps({ x0, y0, x1, y1 }, panel.box)).toBe(false);
    });
  }

  it('reveals the series only up to throughYear, with the marks as labelled rules', () => {
    const partial = deathsScene({ throughYear: 2019, marks: [{ year: 2013, labelKey: 'chart.mark.serval' }, { year: 2020, labelKey: 'chart.mark.coup2020' }] });
    const model = buildMapModel(partial, geoBundle().index, { size: { width: 375, height: 812 }, mode: 'narrow' });
    const panel = model.overlay.find((n) => n.key === 'deaths')!;
    const lines = find([panel], (n) => n.key.startsWith('line:'));
    for (const l of lines) {
      expect(String(l.attrs['data-years']).split(',').map(Number)).toEqual(json.years.filter((y) => y <= 2019));
      expect(points(String(l.attrs['d']))).toHaveLength(10);
    }
    const values = find([panel], (n) => n.key === 'value').map((n) => n.text);
    expect(values).toEqual(['1,157', '1,245', '476']);
    const marks = find([panel], (n) => n.key.startsWith('mark:'));
    expect(marks.map((m) => m.children!.find((c) => c.key === 't')!.text)).toEqual(['Serval', '2020 coup']);
  });

  it('stays clear of the legend on small wide maps (the 560×440 static maps)', () => {
    const withLegend = resolveScene(
      defineScene('test-deaths-legend', {
        camera: 'sahel',
        legend: [{ swatch: 'focus', labelKey: 'legend.threeCountries' }],
        captionKey: 'caption.taoudenit',
        chart: { kind: 'deaths', countries: ['MLI', 'BFA', 'NER'], throughYear: 2023, marks: [] },
      }),
      'en',
    );
    for (const { size, mode } of SIZES) {
      const model = buildMapModel(withLegend, geoBundle().index, { size, mode });
      const box = (key: string) => {
        const n = model.overlay.find((o) => o.key === key)!;
        const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(String(n.attrs['transform']))!;
        const bg = n.children!.find((c) => c.key === 'bg')!;
        return { x0: Number(x), y0: Number(y), x1: Number(x) + Number(bg.attrs['width']), y1: Number(y) + Number(bg.attrs['height']) };
      };
      const chartBox = box('deaths');
      expect(overlaps(chartBox, box('legend'))).toBe(false);
      expect(inside(chartBox, { x0: 0, y0: 0, x1: size.width, y1: size.height })).toBe(true);
    }
  });

  it('draws only the countries asked for', () => {
    const one = deathsScene({ countries: ['BFA'] });
    const model = buildMapModel(one, geoBundle().index, { size: { width: 896, height: 900 }, mode: 'wide' });
    const lines = find(model.overlay, (n) => n.key.startsWith('line:'));
    expect(lines.map((l) => l.attrs['data-country'])).toEqual(['BFA']);
  });

  it('keeps end labels apart', () => {
    const ys = dodge([100, 104, 300], 25, 0, 320);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(25);
    expect(ys[2]).toBe(300);
    const clamped = dodge([310, 315, 318], 25, 0, 320);
    expect(Math.max(...clamped)).toBeLessThanOrEqual(320);
    expect([...clamped].sort((a, b) => a - b).every((y, i, a) => i === 0 || y - a[i - 1]! >= 25)).toBe(true);
  });
});

// The chart as the picture of its steps (issue 11, item 6): at every width a reader uses, in both
// languages, on the story's real chart scenes.
describe('the deaths chart on its steps, at every width', () => {
  const css = readFileSync(join(root, 'src/styles/base.css'), 'utf8');
  /** The last font-size base.css gives a class inside the map (later rules win). */
  const fontSize = (cls: string): number => {
    const sizes = [...css.matchAll(new RegExp(`\\.map \\.${cls}(?![\\w-])[^{]*\\{[^}]*?font-size:\\s*([\\d.]+)px`, 'g'))].map((m) => Number(m[1]));
    return sizes[sizes.length - 1] ?? 0;
  };
  it('sets ticks, axis text, marks and end labels at 12 px or more', () => {
    for (const cls of ['deaths-tick-label', 'deaths-axis-label', 'deaths-mark-label', 'deaths-label-name', 'deaths-label-value', 'deaths-note', 'deaths-title']) {
      expect(fontSize(cls), cls).toBeGreaterThanOrEqual(12);
    }
  });

  it('has a y axis that fits what each step shows', () => {
    expect(niceTop(1477, 3)).toEqual({ top: 1500, step: 500 });
    expect(niceTop(6152, 3)).toEqual({ top: 7500, step: 2500 });
    expect(niceTop(6152, 4).top).toBeLessThanOrEqual(8000);
    expect(yearLabelsFor(json.years, 3)).toEqual([2010, 2013, 2016, 2019, 2023]);
    expect(yearLabelsFor(json.years, 1)).toEqual(json.years);
  });

  const STEPS = [
    { scene: 'violence-spreads', through: 2020 },
    { scene: 'deaths-by-year', through: 2023 },
    { scene: 'what-ucdp-counts', through: 2023 },
    { scene: 'no-apparent-limit', through: 2023 },
  ];
  for (const lang of ['en', 'fr'] as const) {
    for (const step of STEPS) {
      for (const vp of VIEWPORTS) {
        it(`${step.scene} (${lang}) at ${vp.width}×${vp.height}: whole years, fitted axis, apart, on the visible map`, () => {
          const { size, mode } = storyMapSize(vp);
          const s = resolveScene(sceneById(step.scene), lang);
          const c = s.chart as ResolvedDeaths;
          expect(c.throughYear).toBe(step.through);
          const L = deathsLayout(c, size, deathsPlacement(s, size, mode));
          // x: the whole range, 2010 to 2023, both labelled.
          expect(L.x.domain()).toEqual([2010, 2023]);
          expect(L.yearLabels[0]).toBe(2010);
          expect(L.yearLabels[L.yearLabels.length - 1]).toBe(2023);
          // y: the top is the shown maximum rounded up (at most a quarter more), and it is labelled.
          const shownMax = Math.max(...c.series.flatMap((x) => x.values.filter((_, i) => json.years[i]! <= step.through)));
          const top = L.y.domain()[1];
          expect(top).toBeGreaterThanOrEqual(shownMax);
          expect(top).toBeLessThanOrEqual(shownMax * 1.3);
          expect(L.yTicks[L.yTicks.length - 1]).toBe(top);
          // Year labels do not touch (12 px digits, a 4-digit year is about 27 px).
          const yw = 12 * 0.56 * 4;
          L.yearLabels.forEach((yr, i) => i && expect(L.x(yr) - L.x(L.yearLabels[i - 1]!)).toBeGreaterThanOrEqual(yw + 4));
          // End labels: apart, inside the panel.
          const labels = L.ends.map((e) => ({ x0: e.x + 8, x1: e.x + 8 + 13 * 0.56 * 1.06 * Math.max(e.name.length, 6), y0: e.labelY - 13, y1: e.labelY + 15 }));
          labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
          for (const b of labels) expect(b.x1 <= L.width + 1 && b.y0 >= 0 && b.y1 <= L.height).toBe(true);
          expect(LABEL_GAP).toBeGreaterThanOrEqual(26);
          // Mark labels in one row never overlap.
          const marks = L.marks.map((m) => ({ row: m.row, x0: m.anchor === 'start' ? m.labelX : m.labelX - m.text.length * 7, x1: m.anchor === 'start' ? m.labelX + m.text.length * 7 : m.labelX }));
          marks.forEach((a, i) => marks.slice(i + 1).forEach((b) => a.row === b.row && expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true)));
          // Large: the map's width (to 1,040 px) on desktops, the full width on phones.
          const w = L.box.x1 - L.box.x0;
          if (mode === 'wide') {
            expect(w).toBe(Math.min(1040, size.width - 28));
            expect(L.plot.y1 - L.plot.y0).toBeGreaterThanOrEqual(Math.min(240, size.height * 0.3));
          } else {
            expect(w).toBeGreaterThanOrEqual(size.width - 28);
            expect(L.plot.y1 - L.plot.y0).toBeGreaterThanOrEqual(56);
          }
          // On the visible map: inside its top margin (the story bar is above the map, not over
          // it; the card read before has faded) and above the cards on phones, and some
          // map left beside it (the band between chart and cards, or above it).
          expect(inside(L.box, { x0: 0, y0: 0, x1: size.width, y1: size.height })).toBe(true);
          if (mode === 'narrow') {
            expect(L.box.y0).toBeGreaterThanOrEqual(12);
            const cards = Math.round(size.height * 0.62);
            expect(L.box.y1).toBeLessThanOrEqual(cards - 80);
          } else {
            expect(L.box.y0).toBeGreaterThanOrEqual(size.height * 0.25);
          }
        });
      }
    }
  }
});
