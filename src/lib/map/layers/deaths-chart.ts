// The yearly deaths chart (UCDP best estimates, 2010–2023) for Mali, Burkina Faso and Niger: a
// screen-space panel like the toll chart. Each country is told apart three ways: colour
// (Okabe–Ito), dash pattern and a direct label at the end of its line (name and last value).
// The chart is the picture of its steps: most of the map on desktops (centred at the bottom, the
// map framed above it), the full width above the cards on phones; no text under 12 px. The x axis
// always runs over the whole series (2010–2023), so a scene that stops at `throughYear` shows an
// empty future; the y axis fits what the step shows (a step that stops in 2020 is scaled to 2020's
// numbers, and its top tick says where the axis ends). Marks are vertical rules with a label.
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

/** Font sizes in px; base.css uses the same (.deaths-*). Nothing on the chart is under 12 px. */
const F = { title: 15, titleNarrow: 14, titleCompact: 13, axis: 12, tick: 12, name: 13, value: 12, mark: 12, note: 12 } as const;
/** Short phones (a visible band under this): the unit is said once, by the title ("…, per year"). */
const COMPACT_BAND = 400;
const TITLE_LINE = 19;
const NOTE_LINE = 15;
const MARK_ROW = 15;
/** Vertical room of one end label (name line + value line). */
export const LABEL_GAP = 28;
/** The widest chart on big screens: wider than this, a line chart of 14 years only stretches. */
const MAX_WIDTH = 1040;

/**
 * The top of the y axis: the smallest round value (1, 2, 2.5 or 5 × 10^k steps, at most
 * `maxTicks` of them above zero) that holds `max`, so the axis fits what the step shows.
 */
export function niceTop(max: number, maxTicks: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  let best: { top: number; step: number } | null = null;
  for (let k = Math.floor(Math.log10(max)) - 2; k <= Math.ceil(Math.log10(max)); k++) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * 10 ** k;
      const n = Math.ceil(max / step - 1e-9);
      if (n < 2 || n > maxTicks) continue;
      const top = n * step;
      if (!best || top < best.top || (top === best.top && step > best.step)) best = { top, step };
    }
  }
  return best ?? { top: max, step: max };
}

/** Year labels: the first year, then every `every` years; the last year replaces a label too close to it. */
export function yearLabelsFor(years: readonly number[], every: number): number[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  const out = years.filter((y) => (y - first) % every === 0);
  if (out[out.length - 1] !== last) {
    if (last - out[out.length - 1]! < Math.ceil(every * 0.75)) out.pop();
    out.push(last);
  }
  return out;
}

export interface DeathsLayout {
  narrow: boolean;
  /** A short phone: no separate axis label (the title says "per year"). */
  compact: boolean;
  /** Panel size and position on screen. */
  box: Box;
  width: number;
  height: number;
  pad: number;
  /** Plot area in panel coordinates. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  x: Linear;
  y: Linear;
  yTicks: number[];
  titleLines: string[];
  titleSize: number;
  axisY: number;
  marks: { year: number; text: string; x: number; labelX: number; anchor: 'start' | 'end'; row: number }[];
  markTop: number;
  yearLabels: number[];
  yearLabelY: number;
  noteLines: string[];
  noteY: number;
  noteLine: number;
  /** End labels: one per series, at the last year shown, spread apart (panel coordinates). */
  ends: { iso: string; name: string; value: number; x: number; y: number; labelY: number }[];
}

export interface DeathsPlacement {
  margin: number;
  /** Narrow (phones): full width, from `top` down. Otherwise: centred at the bottom of the map. */
  narrow: boolean;
  /** The highest the panel may start (below the chapter menu on phones). */
  top: number;
  /** Phones: the top of the step cards; the panel leaves room for the map above them. */
  bottom?: number;
  /** A panel (the legend) to stay clear of on wide maps. */
  avoid?: Box | null;
  /** At the bottom: the gap to the map's foot (the story's step counter sits there). */
  foot?: number;
}

/** The values a step shows: every series up to throughYear. */
export function shownValues(chart: ResolvedDeaths): number[] {
  return chart.series.flatMap((s) => s.values.filter((_, i) => (chart.years[i] ?? Infinity) <= chart.throughYear));
}

/** Where everything goes. Exported for tests: y(value) is where a point is drawn. */
export function deathsLayout(chart: ResolvedDeaths, size: { width: number; height: number }, place: DeathsPlacement): DeathsLayout {
  const { narrow } = place;
  const band = (place.bottom ?? size.height) - place.top;
  // Short phones: every pixel of height counts, so the map keeps a band above the cards.
  const compact = narrow && band < COMPACT_BAND;
  const margin = compact ? Math.min(10, place.margin) : place.margin;
  const pad = compact ? 8 : narrow ? 10 : 16;
  const width = narrow ? size.width - margin * 2 : Math.min(MAX_WIDTH, size.width - margin * 2);
  const left = narrow ? margin : Math.round((size.width - width) / 2);
  const titleSize = compact ? F.titleCompact : narrow ? F.titleNarrow : F.title;

  // The y axis fits what this step shows: a step that stops in 2020 is scaled to 2020's numbers.
  const { top: yTop, step: yStep } = niceTop(Math.max(1, ...shownValues(chart)), narrow ? 3 : 4);
  const y = linear([0, yTop], [0, 1]);
  const yTicks = Array.from({ length: Math.round(yTop / yStep) + 1 }, (_, i) => i * yStep);
  const tickW = Math.max(...yTicks.map((v) => textWidth(formatDeaths(v, chart.locale), F.tick)));
  const shown = chart.years.filter((yr) => yr <= chart.throughYear);
  const lastShown = shown[shown.length - 1] ?? chart.years[0] ?? 2010;
  const lastIdx = chart.years.indexOf(lastShown);
  const endW = Math.max(
    ...chart.series.map((s) => Math.max(textWidth(s.name, F.name) * 1.06, textWidth(formatDeaths(s.values[lastIdx] ?? 0, chart.locale), F.value))),
  );
  const plotX0 = pad + tickW + 8;
  // The end labels sit right of the last point shown; the x axis always runs 2010–2023.
  const first = chart.years[0] ?? 2010;
  const last = chart.years[chart.years.length - 1] ?? first + 1;
  const x1Max = width - pad - 4;
  // Room for the labels after the last point shown: the plot ends early enough that they fit.
  const labelRoom = endW + 12;
  const fracLast = (lastShown - first) / Math.max(1, last - first);
  // x(lastShown) + labelRoom <= x1Max, with x(lastShown) = x0 + fracLast * (x1 - x0).
  const plotX1 = Math.min(x1Max, plotX0 + (x1Max - labelRoom - plotX0) / Math.max(0.0001, fracLast));
  const x = linear([first, last], [plotX0, plotX1]);

  const titleLines = balancedWrap(chart.title, titleSize, width - pad * 2);
  let cursor = pad + titleSize + (titleLines.length - 1) * TITLE_LINE;
  const axisY = compact ? 0 : cursor + 20;
  cursor = compact ? cursor + 8 : axisY + 6;

  // Mark labels sit in rows above the plot, each in the first row where it collides with nothing.
  const rows: Box[][] = [];
  const marks = [...chart.marks]
    .sort((a, b) => a.year - b.year)
    .map((m) => {
      const mx = x(m.year);
      const w = textWidth(m.text, F.mark) * 1.05;
      const anchor: 'start' | 'end' = mx + 3 + w > width - pad ? 'end' : 'start';
      const labelX = anchor === 'start' ? mx + 3 : mx - 3;
      const bx = anchor === 'start' ? { x0: labelX, x1: labelX + w } : { x0: labelX - w, x1: labelX };
      let row = rows.findIndex((r) => r.every((b) => !overlaps(b, { ...bx, y0: 0, y1: 1 }, 8)));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push({ ...bx, y0: 0, y1: 1 });
      return { year: m.year, text: m.text, x: mx, labelX, anchor, row };
    });
  const markTop = cursor;
  cursor += rows.length * MARK_ROW + (rows.length ? 8 : 4);

  // The caveat and the source as one paragraph: on phones every line counts.
  // On short phones the note (not axis text) is set a size smaller, so the map keeps a band.
  const noteSize = compact ? 11 : F.note;
  const noteLine = compact ? 13 : NOTE_LINE;
  const noteLines = wrap(`${chart.note} ${chart.source}`, noteSize, width - pad * 2);
  const below = 22 + 10 + (noteLines.length - 1) * noteLine + pad; // year labels, gap, note, padding
  // Plot height: large on desktops (the chart is the picture), and on phones what leaves the
  // map a band between the chart and the cards.
  let wanted: number;
  let room: number;
  if (narrow) {
    wanted = Math.min(240, Math.max(72, width * 0.4));
    // The chart takes most of the visible band; the legend and the map keep the rest (a third;
    // on short phones, where the text around the plot weighs more, a little more).
    room = band * (compact ? 0.56 : 0.7) - cursor - below;
  } else {
    wanted = Math.min(440, Math.max(140, width * 0.42));
    room = size.height * 0.66 - cursor - below;
  }
  // Never shorter than the end labels stacked (name and value, one pair per country).
  const minPlot = Math.max(narrow ? 72 : 110, chart.series.length * LABEL_GAP + 8);
  const plotH = Math.round(Math.max(minPlot, Math.min(wanted, room)));
  const plotY0 = cursor;
  const plotY1 = cursor + plotH;
  y.range([plotY1, plotY0]);

  // A label every year when they fit, else every 2, 3… years; 2010 and 2023 always shown.
  const perYear = (plotX1 - plotX0) / Math.max(1, last - first);
  const labelW = textWidth('2020', F.tick) + 10;
  const every = [1, 2, 3, 4, 5].find((k) => perYear * k >= labelW) ?? 6;
  const yearLabels = yearLabelsFor(chart.years, every);
  const yearLabelY = plotY1 + 17;
  const noteY = yearLabelY + 10 + 14;
  const height = Math.round(noteY + (noteLines.length - 1) * noteLine + pad - 2);

  let top: number;
  if (narrow) top = place.top;
  else {
    top = size.height - (place.foot ?? margin) - height;
    // Below a legend that reaches down to it (the small static maps).
    const a = place.avoid;
    if (a && a.x1 + 8 > left && a.x0 - 8 < left + width && a.y1 + 8 > top) top = Math.max(top, a.y1 + 8);
  }

  // Direct labels at the end of each line: name and last value, spread apart within the plot.
  const endsRaw = chart.series.map((s) => ({ iso: s.iso, name: s.name, value: s.values[lastIdx] ?? 0, x: x(lastShown), y: y(s.values[lastIdx] ?? 0) }));
  const labelYs = dodge(
    endsRaw.map((e) => e.y),
    LABEL_GAP,
    plotY0 + 10,
    plotY1 - 14, // the value line stays above the axis and the year labels
  );
  const ends = endsRaw.map((e, k) => ({ ...e, labelY: labelYs[k]! }));

  return {
    narrow,
    compact,
    box: { x0: left, y0: top, x1: left + width, y1: top + height },
    width,
    height,
    pad,
    plot: { x0: plotX0, x1: plotX1, y0: plotY0, y1: plotY1 },
    x,
    y,
    yTicks,
    titleLines,
    titleSize,
    axisY,
    marks,
    markTop,
    yearLabels,
    yearLabelY,
    noteLines,
    noteY,
    noteLine,
    ends,
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

export function deathsPanel(chart: ResolvedDeaths, size: { width: number; height: number }, place: DeathsPlacement): Panel {
  const L = deathsLayout(chart, size, place);
  const { plot, x, y, pad } = L;
  const r1 = (v: number): number => round(v, 1);
  const nodes: VNode[] = [{ tag: 'rect', key: 'bg', attrs: { class: 'panel-bg', width: r1(L.width), height: r1(L.height), rx: 4 } }];

  L.titleLines.forEach((text, i) =>
    nodes.push({ tag: 'text', key: `title:${i}`, attrs: { x: pad, y: pad + L.titleSize + i * TITLE_LINE, class: L.compact ? 'deaths-title deaths-title-compact' : L.narrow ? 'deaths-title deaths-title-narrow' : 'deaths-title' }, text }),
  );
  // The unit and the top of the axis in words: "deaths per year (axis to 1,500)" is said by the
  // top tick, labelled like every other.
  if (!L.compact) nodes.push({ tag: 'text', key: 'axis-label', attrs: { x: pad, y: r1(L.axisY), class: 'deaths-axis-label' }, text: chart.axis });

  // y grid and tick labels
  for (const v of L.yTicks) {
    const ty = r1(y(v));
    nodes.push({
      tag: 'g',
      key: `grid:${v}`,
      attrs: { class: v === 0 ? 'deaths-grid deaths-baseline' : 'deaths-grid', transform: `translate(0 ${ty})`, 'data-value': v },
      children: [
        { tag: 'line', key: 'l', attrs: { x1: r1(plot.x0), x2: r1(plot.x1), y1: 0, y2: 0 } },
        { tag: 'text', key: 't', attrs: { x: r1(plot.x0 - 8), y: 4, 'text-anchor': 'end', class: 'deaths-tick-label' }, text: formatDeaths(v, chart.locale) },
      ],
    });
  }

  // x: a tick every year, labels every few years, always the first and the last
  const years = chart.years;
  nodes.push({
    tag: 'path',
    key: 'year-ticks',
    attrs: { class: 'deaths-tick', d: years.map((yr) => `M${r1(x(yr))},${r1(plot.y1)}v5`).join('') },
  });
  for (const yr of L.yearLabels) {
    nodes.push({
      tag: 'text',
      key: `year:${yr}`,
      attrs: { x: r1(x(yr)), y: r1(L.yearLabelY), 'text-anchor': 'middle', class: 'deaths-tick-label deaths-year-label' },
      text: String(yr),
    });
  }

  // marks: a rule from the label's row down to the axis
  for (const m of L.marks) {
    const labelY = L.markTop + (m.row + 1) * MARK_ROW - 3;
    nodes.push({
      tag: 'g',
      key: `mark:${m.year}:${m.text}`,
      attrs: { class: 'deaths-mark' },
      children: [
        { tag: 'line', key: 'rule', attrs: { x1: r1(m.x), x2: r1(m.x), y1: r1(labelY - 10), y2: r1(plot.y1), class: 'deaths-mark-rule' } },
        { tag: 'text', key: 't', attrs: { x: r1(m.labelX), y: r1(labelY), 'text-anchor': m.anchor, class: 'deaths-mark-label' }, text: m.text },
      ],
    });
  }

  // the lines, up to throughYear
  const shown = years.map((yr, i) => ({ yr, i })).filter(({ yr }) => yr <= chart.throughYear);
  for (const s of chart.series) {
    const pts = shown.map(({ yr, i }) => [r1(x(yr)), r1(y(s.values[i] ?? 0))] as const);
    const values = shown.map(({ i }) => s.values[i] ?? 0);
    nodes.push({
      tag: 'path',
      key: `line:${s.iso}`,
      attrs: {
        d: polyline(pts),
        class: `deaths-line deaths-${s.iso}`,
        'data-country': s.iso,
        'data-years': shown.map(({ yr }) => yr).join(','),
        'data-values': values.join(','),
      },
    });
  }

  // direct labels at the end of each line: name (in the line's colour) and the last value
  for (const e of L.ends) {
    nodes.push({ tag: 'circle', key: `end:${e.iso}`, attrs: { cx: r1(e.x), cy: r1(e.y), r: 4, class: `deaths-end deaths-${e.iso}` } });
    nodes.push({
      tag: 'g',
      key: `label:${e.iso}`,
      attrs: { class: `deaths-label deaths-${e.iso}`, transform: `translate(${r1(e.x + 8)} ${r1(e.labelY)})` },
      children: [
        { tag: 'text', key: 'name', attrs: { x: 0, y: -2, class: 'deaths-label-name' }, text: e.name },
        { tag: 'text', key: 'value', attrs: { x: 0, y: 12, class: 'deaths-label-value' }, text: formatDeaths(e.value, chart.locale) },
      ],
    });
  }

  L.noteLines.forEach((text, i) =>
    nodes.push({ tag: 'text', key: `note:${i}`, attrs: { x: pad, y: r1(L.noteY + i * L.noteLine), class: L.compact ? 'deaths-note deaths-note-compact' : 'deaths-note' }, text }),
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
        'data-y-max': y.domain()[1],
      },
      children: nodes,
    },
  };
}
