// No chart or map text is ever cut. A wrapped text (a toll attribution, a legend row, a caption,
// the deaths chart's note and source) must put every word of its source text on the map, in
// order; a map label must be a whole label, never the first words of one. Checked for every
// scene, in both languages, at phone, desktop and static-map sizes. An attribution cut to two
// lines once read "AFP, citing an official ~100", as if a person had given the figure.
import { describe, expect, it } from 'vitest';
import { geoBundle } from '../../src/lib/build/defs.ts';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { buildMapModel } from '../../src/lib/map/model.ts';
import type { LayoutMode } from '../../src/lib/map/model.ts';
import type { ResolvedScene, VNode } from '../../src/lib/map/types.ts';
import { scene, sceneIds } from '../../src/lib/scenes/index.ts';

const SIZES: { name: string; size: { width: number; height: number }; mode: LayoutMode }[] = [
  { name: 'phone', size: { width: 375, height: 812 }, mode: 'narrow' },
  { name: 'small phone', size: { width: 320, height: 640 }, mode: 'narrow' },
  { name: 'desktop', size: { width: 896, height: 900 }, mode: 'wide' },
  { name: 'static', size: { width: 560, height: 440 }, mode: 'static' },
];
const LANGS = ['en', 'fr'] as const;

const find = (nodes: readonly VNode[], pred: (n: VNode) => boolean): VNode[] =>
  nodes.flatMap((n) => [...(pred(n) ? [n] : []), ...find(n.children ?? [], pred)]);
const texts = (n: VNode): string[] => find([n], (c) => c.tag === 'text' && typeof c.text === 'string').map((c) => c.text!);
/** Wrapped lines back into one string: lines break at ordinary spaces only. */
const joined = (lines: readonly string[]): string => lines.join(' ');

const cases = sceneIds().flatMap((id) => LANGS.flatMap((lang) => SIZES.map((s) => ({ id, lang, s }))));
const model = (resolved: ResolvedScene, s: (typeof SIZES)[number]) => buildMapModel(resolved, geoBundle().index, { size: s.size, mode: s.mode });

describe('the toll chart keeps every attribution whole', () => {
  const tollCases = cases.filter((c) => scene(c.id).chart?.kind === 'toll');

  it('is drawn by at least one scene', () => {
    expect(tollCases.length).toBeGreaterThan(0);
  });

  for (const { id, lang, s } of tollCases) {
    it(`${id} (${lang}, ${s.name}): every estimate's source, value and the title in full, inside the map`, () => {
      const resolved = resolveScene(scene(id), lang);
      const chart = resolved.chart!;
      if (chart.kind !== 'toll') throw new Error('expected the toll chart');
      const m = model(resolved, s);
      const [panel] = find(m.overlay, (n) => n.key === 'toll');
      expect(panel).toBeDefined();
      for (const e of chart.estimates) {
        const [row] = find([panel!], (n) => n.key === `row:${e.id}`);
        expect(row, `row ${e.id}`).toBeDefined();
        const who = find([row!], (n) => n.key.startsWith('who:')).map((n) => n.text!);
        expect(joined(who)).toBe(e.who);
        if (e.value !== null) expect(find([row!], (n) => n.key === 'v')[0]?.text).toBe(e.text);
      }
      expect(joined(find([panel!], (n) => n.key.startsWith('title:')).map((n) => n.text!))).toBe(chart.title);
      expect(texts(panel!)).toContain(chart.none);
      expect(texts(panel!)).toContain(chart.axis);
      // A taller panel must still fit the map.
      const bg = find([panel!], (n) => n.key === 'bg')[0]!;
      const [, ty] = String(panel!.attrs.transform).match(/translate\(([-\d.]+) ([-\d.]+)\)/)!.slice(1).map(Number) as [number, number];
      expect(ty + Number(bg.attrs.height)).toBeLessThanOrEqual(s.size.height);
    });
  }

  it('wraps an attribution longer than two lines instead of cutting it', () => {
    const resolved = resolveScene(scene(tollCases[0]!.id), 'fr');
    const chart = resolved.chart!;
    if (chart.kind !== 'toll') throw new Error('expected the toll chart');
    const long = 'Un très long nom de source, citant un document officiel consulté par une agence de presse';
    const withLong: ResolvedScene = { ...resolved, chart: { ...chart, estimates: [{ ...chart.estimates[0]!, who: long }] } };
    const m = model(withLong, SIZES[0]!);
    const who = find(m.overlay, (n) => n.key.startsWith('who:')).map((n) => n.text!);
    expect(who.length).toBeGreaterThan(2);
    expect(joined(who)).toBe(long);
  });
});

describe('legends, captions, chart notes and map labels are never cut', () => {
  for (const { id, lang, s } of cases) {
    it(`${id} (${lang}, ${s.name})`, () => {
      const resolved = resolveScene(scene(id), lang);
      const m = model(resolved, s);
      const problems: string[] = [];

      const [legend] = find(m.overlay, (n) => n.key === 'legend');
      const legendRows = legend ? find([legend], (n) => n.key.startsWith('row:')) : [];
      resolved.legend.forEach((item, i) => {
        const row = legendRows.find((r) => r.key === `row:${i}:${item.swatch}`);
        if (!row) problems.push(`legend row missing: ${item.text}`);
        else if (joined(texts(row)) !== item.text) problems.push(`legend row cut: "${joined(texts(row))}" ≠ "${item.text}"`);
      });
      if (resolved.caption) {
        const lines = legend ? find([legend], (n) => n.key.startsWith('cap:')).map((n) => n.text!) : [];
        if (joined(lines) !== resolved.caption) problems.push(`caption cut: "${joined(lines)}"`);
      }

      if (resolved.chart?.kind === 'deaths') {
        const chart = resolved.chart;
        const [panel] = find(m.overlay, (n) => n.key === 'deaths');
        const note = panel ? find([panel], (n) => n.key.startsWith('note:')).map((n) => n.text!) : [];
        if (joined(note) !== `${chart.note} ${chart.source}`) problems.push(`deaths note cut: "${joined(note)}"`);
        const title = panel ? find([panel], (n) => n.key.startsWith('title:')).map((n) => n.text!) : [];
        if (joined(title) !== chart.title) problems.push(`deaths title cut: "${joined(title)}"`);
      }

      // Labels are one line each; a label may fall back to its place's bare name, never to a part.
      // (Country and area labels are drawn in capitals.)
      const whole = new Set<string>(
        [...resolved.labels.map((l) => l.text), ...resolved.markers.flatMap((mk) => [mk.text, mk.short].filter((t): t is string => !!t))].map((t) =>
          t.toLocaleUpperCase(lang),
        ),
      );
      const [labels] = find(m.overlay, (n) => n.key === 'labels');
      for (const t of labels ? texts(labels) : []) if (!whole.has(t.toLocaleUpperCase(lang))) problems.push(`label not whole: "${t}"`);

      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
