// The yearly deaths chart (UCDP best estimates, 2010–2023) for Mali, Burkina Faso and Niger: a
// screen-space panel like the toll chart. Each country is told apart three ways: colour
// (Okabe–Ito), dash pattern and a direct label at the end of its line (name and last value).
// The axes are fixed for the whole series, so a scene that stops at `throughYear` shows an
// empty future and the next step reveals the rise. Marks are vertical rules with a label.
import { round } from '../../geo/view.ts';
import { linear, polyline } from './scale.ts';
import type { Linear } from './scale.ts';
import type { Box } from './boxes.ts';
import { overlaps } from './boxes.ts';
import type { Panel } from './panels.ts';
import { textWidth, wrap } from './text.ts';
import type { ResolvedDeaths, VNode } from '../types.ts';

const FORMATS = new Map<string, Intl.NumberFormat>();
/** A death count as the chart's language writes it ("1,234" in English, "1 234" in French). */
export function formatDeaths(v: number, locale = 'en-GB'): string {
  let f = FORMATS.get(locale);
  if (!f) FORMATS.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(v);
}

/** Font sizes in px; base.css uses the same (.deaths-*). */
const F = { title: 14, axis: 10.5, tick: 10, name: 11.5, value: 11, mark: 10, note: 10 } as const;
const LABEL_GAP = 25; // vertical distance between two end labels (name + value lines)
const MARK_ROW = 12;

export interface DeathsLayout {
  narrow: boolean;
  /** Panel size and position on screen. */
  box: Box;
  width: number;
  height: number;
  /** Plot area in panel coordinates. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  x: Linear;
  y: Linear;
  yTicks: number[];
  titleLines: string[];
  axisY: number;
  marks: { year: number; text: string; x: number; labelX: number; anchor: 'start' | 'end'; row: number }[];
  markTop: number;
  yearLabels: number[];
  yearLabelY: number;
  noteLines: string[];
  noteY: number;
}

/** Where everything goes. Exported for tests: y(value) is where a point is drawn. */
export function deathsLayout(
  chart: ResolvedDeaths,
  size: { width: number; height: number },
  margin: number,
  avoidTop: number,
  narrow: boolean,
  /** On the right: a panel (the legend) to stay below if it reaches under the chart. */
  avoid: Box | null = null,
): DeathsLayout {
  const pad = narrow ? 10 : 14;
  const width = narrow ? size.width - margin * 2 : Math.min(560, Math.max(300, size.width * 0.46));
  const left = narrow ? margin : size.width - width - margin;
  const topMin = narrow
    ? Math.max(margin, avoidTop)
    : Math.max(margin, avoid && avoid.x1 + 8 > left ? avoid.y1 + 8 : margin);
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const y = linear([0, max], [0, 1], narrow ? 3 : 4);
  const yTicks = y.ticks(narrow ? 3 : 4);
  const tickW = Math.max(...yTicks.map((v) => textWidth(formatDeaths(v, chart.locale), F.tick)));
  const endW = Math.max(
    ...chart.series.map((s) => Math.max(textWidth(s.name, F.name) * 1.06, textWidth(formatDeaths(Math.max(...s.values), chart.locale), F.value))),
  );
  const plotX0 = pad + tickW + 6;
  const plotX1 = width - pad - endW - 10;
  const first = chart.years[0] ?? 2010;
  const last = chart.years[chart.years.length - 1] ?? first + 1;
  const x = linear([first, last], [plotX0, plotX1]);

  const titleLines = balancedWrap(chart.title, F.title, width - pad * 2);
  let cursor = pad + 14 + (titleLines.length - 1) * 18;
  const axisY = cursor + 17;
  cursor = axisY + 6;

  // Mark labels sit in rows above the plot, each in the first row where it collides with nothing.
  const rows: Box[][] = [];
  const marks = [...chart.marks]
    .sort((a, b) => a.year - b.year)
    .map((m) => {
      const mx = x(m.year);
      const w = textWidth(m.text, F.mark);
      const anchor: 'start' | 'end' = mx + 3 + w > width - pad ? 'end' : 'start';
      const labelX = anchor === 'start' ? mx + 3 : mx - 3;
      const bx = anchor === 'start' ? { x0: labelX, x1: labelX + w } : { x0: labelX - w, x1: labelX };
      let row = rows.findIndex((r) => r.every((b) => !overlaps(b, { ...bx, y0: 0, y1: 1 }, 6)));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push({ ...bx, y0: 0, y1: 1 });
      return { year: m.year, text: m.text, x: mx, labelX, anchor, row };
    });
  const markTop = cursor;
  cursor += rows.length * MARK_ROW + (rows.length ? 8 : 4);

  // The caveat and the source as one paragraph: on phones every line counts.
  const noteLines = wrap(`${chart.note} ${chart.source}`, F.note, width - pad * 2);
  const below = 18 + 8 + noteLines.length * 12.5 + pad - 4; // year labels, gap, note, padding
  const wanted = narrow ? Math.min(140, Math.max(90, width * 0.29)) : Math.min(320, Math.max(150, width * 0.62));
  const room = size.height - margin - topMin - cursor - below;
  const plotH = Math.max(narrow ? 80 : 110, Math.min(wanted, room));
  const plotY0 = cursor;
  const plotY1 = cursor + plotH;
  y.range([plotY1, plotY0]);

  const yearLabels = chart.years.filter((yr) => (last - yr) % (narrow || plotX1 - plotX0 < 260 ? 4 : 2) === 0);
  const yearLabelY = plotY1 + 14;
  const noteY = yearLabelY + 8 + 12;
  const height = noteY + (noteLines.length - 1) * 12.5 + pad - 2;

  const top = narrow ? topMin : Math.max(topMin, (size.height - height) / 2);
  return {
    narrow,
    box: { x0: left, y0: top, x1: left + width, y1: top + height },
    width,
    height,
    plot: { x0: plotX0, x1: plotX1, y0: plotY0, y1: plotY1 },
    x,
    y,
    yTicks,
    titleLines,
    axisY,
    marks,
    markTop,
    yearLabels,
    yearLabelY,
    noteLines,
    noteY,
  };
}

/** Wrap, then even out the lines so a title never ends on one orphaned word. */
function balancedWrap(text: string, size: number, maxWidth: number): string[] {
  const lines = wrap(text, size, maxWidth);
  if (lines.length < 2) return lines;
  const even = textWidth(text, size) / lines.length;
  for (let w = even; w < maxWidth; w += size) {
    const tried = wrap(text, size, w);
    if (tried.length === lines.length) return tried;
  }
  return lines;
}

/** Spread labels apart vertically (at least `gap`), keeping them within [lo, hi]. */
export function dodge(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = order.map((o) => Math.min(hi, Math.max(lo, o.v)));
  for (let pass = 0; pass < 4; pass++) {
    for (let k = 1; k < out.length; k++) if (out[k]! - out[k - 1]! < gap) out[k] = out[k - 1]! + gap;
    if (out.length && out[out.length - 1]! > hi) {
      out[out.length - 1] = hi;
      for (let k = out.length - 2; k >= 0; k--) if (out[k + 1]! - out[k]! < gap) out[k] = out[k + 1]! - gap;
    }
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}

export function deathsPanel(
  chart: ResolvedDeaths,
  size: { width: number; height: number },
  margin: number,
  avoidTop: number,
  narrow: boolean,
  avoid: Box | null = null,
): Panel {
  const L = deathsLayout(chart, size, margin, avoidTop, narrow, avoid);
  const { plot, x, y } = L;
  const pad = narrow ? 10 : 14;
  const r1 = (v: number): number => round(v, 1);
  const nodes: VNode[] = [{ tag: 'rect', key: 'bg', attrs: { class: 'panel-bg', width: r1(L.width), height: r1(L.height), rx: 4 } }];

  L.titleLines.forEach((text, i) => nodes.push({ tag: 'text', key: `title:${i}`, attrs: { x: pad, y: pad + 14 + i * 18, class: 'deaths-title' }, text }));
  nodes.push({ tag: 'text', key: 'axis-label', attrs: { x: pad, y: r1(L.axisY), class: 'deaths-axis-label' }, text: chart.axis });

  // y grid and tick labels
  for (const v of L.yTicks) {
    const ty = r1(y(v));
    nodes.push({
      tag: 'g',
      key: `grid:${v}`,
      attrs: { class: v === 0 ? 'deaths-grid deaths-baseline' : 'deaths-grid', transform: `translate(0 ${ty})` },
      children: [
        { tag: 'line', key: 'l', attrs: { x1: r1(plot.x0), x2: r1(plot.x1), y1: 0, y2: 0 } },
        { tag: 'text', key: 't', attrs: { x: r1(plot.x0 - 6), y: 3.5, 'text-anchor': 'end', class: 'deaths-tick-label' }, text: formatDeaths(v, chart.locale) },
      ],
    });
  }

  // x: a tick every year, labels every few years ending on the last one
  const years = chart.years;
  nodes.push({
    tag: 'path',
    key: 'year-ticks',
    attrs: { class: 'deaths-tick', d: years.map((yr) => `M${r1(x(yr))},${r1(plot.y1)}v4`).join('') },
  });
  for (const yr of L.yearLabels) {
    nodes.push({
      tag: 'text',
      key: `year:${yr}`,
      attrs: { x: r1(x(yr)), y: r1(L.yearLabelY), 'text-anchor': 'middle', class: 'deaths-tick-label' },
      text: String(yr),
    });
  }

  // marks: a rule from the label's row down to the axis
  for (const m of L.marks) {
    const labelY = L.markTop + (m.row + 1) * MARK_ROW - 2;
    nodes.push({
      tag: 'g',
      key: `mark:${m.year}:${m.text}`,
      attrs: { class: 'deaths-mark' },
      children: [
        { tag: 'line', key: 'rule', attrs: { x1: r1(m.x), x2: r1(m.x), y1: r1(labelY - 9), y2: r1(plot.y1), class: 'deaths-mark-rule' } },
        { tag: 'text', key: 't', attrs: { x: r1(m.labelX), y: r1(labelY), 'text-anchor': m.anchor, class: 'deaths-mark-label' }, text: m.text },
      ],
    });
  }

  // the lines, up to throughYear
  const shown = years.map((yr, i) => ({ yr, i })).filter(({ yr }) => yr <= chart.throughYear);
  const path = polyline;
  const lines: VNode[] = [];
  const ends: { iso: string; name: string; value: number; x: number; y: number }[] = [];
  for (const s of chart.series) {
    const pts = shown.map(({ yr, i }) => [r1(x(yr)), r1(y(s.values[i] ?? 0))] as const);
    const values = shown.map(({ i }) => s.values[i] ?? 0);
    lines.push({
      tag: 'path',
      key: `line:${s.iso}`,
      attrs: {
        d: path(pts) ?? '',
        class: `deaths-line deaths-${s.iso}`,
        'data-country': s.iso,
        'data-years': shown.map(({ yr }) => yr).join(','),
        'data-values': values.join(','),
      },
    });
    const lastPt = pts[pts.length - 1];
    if (lastPt) ends.push({ iso: s.iso, name: s.name, value: values[values.length - 1] ?? 0, x: lastPt[0], y: lastPt[1] });
  }
  nodes.push(...lines);

  // direct labels at the end of each line: name (in the line's colour) and the last value
  const labelYs = dodge(
    ends.map((e) => e.y),
    LABEL_GAP,
    plot.y0 + 10,
    plot.y1 - 14, // the value line stays above the axis and the year labels
  );
  ends.forEach((e, k) => {
    const ly = labelYs[k]!;
    nodes.push({ tag: 'circle', key: `end:${e.iso}`, attrs: { cx: e.x, cy: e.y, r: 3.5, class: `deaths-end deaths-${e.iso}` } });
    nodes.push({
      tag: 'g',
      key: `label:${e.iso}`,
      attrs: { class: `deaths-label deaths-${e.iso}`, transform: `translate(${r1(e.x + 7)} ${r1(ly)})` },
      children: [
        { tag: 'text', key: 'name', attrs: { x: 0, y: -2, class: 'deaths-label-name' }, text: e.name },
        { tag: 'text', key: 'value', attrs: { x: 0, y: 10, class: 'deaths-label-value' }, text: formatDeaths(e.value, chart.locale) },
      ],
    });
  });

  L.noteLines.forEach((text, i) =>
    nodes.push({ tag: 'text', key: `note:${i}`, attrs: { x: pad, y: r1(L.noteY + i * 12.5), class: 'deaths-note' }, text }),
  );

  return {
    box: L.box,
    node: {
      tag: 'g',
      key: 'deaths',
      attrs: {
        class: 'chart deaths-chart',
        transform: `translate(${r1(L.box.x0)} ${r1(L.box.y0)})`,
        'data-through': chart.throughYear,
      },
      children: nodes,
    },
  };
}
