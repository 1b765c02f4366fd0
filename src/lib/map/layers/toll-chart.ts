// The death-toll chart of 17 September 2024: one row per attributed estimate on a shared axis,
// with "about", "more than" and ranges drawn differently so no estimate looks more exact than it is.
import { round } from '../../geo/view.ts';
import type { Box } from './boxes.ts';
import type { Panel } from './panels.ts';
import { wrap } from './text.ts';
import type { ResolvedToll, VNode } from '../types.ts';

const AXIS_MAX = 110;
/** Minimum row height, and the line height of a wrapped attribution. */
const ROW_H = 30;
const WHO_LINE = 13;

export function tollPanel(chart: ResolvedToll, size: { width: number; height: number }, margin: number, avoidTop: number): Panel {
  const narrow = size.width < 560;
  const w = narrow ? size.width - margin * 2 : Math.min(380, size.width * 0.46);
  const labelW = narrow ? w * 0.44 : w * 0.42;
  const x0 = labelW + 10;
  const x1 = w - 18;
  const scale = (v: number): number => x0 + ((x1 - x0) * v) / AXIS_MAX;
  const rows: VNode[] = [];
  const titleLines = wrap(chart.title, 14, w - 20);
  let y = 10 + titleLines.length * 18 + 6;
  for (const e of chart.estimates) {
    // Every word of an attribution is kept ("AFP, citing an official document" is not "AFP,
    // citing an official"): the row grows with its lines and the panel with its rows.
    const lines = wrap(e.who, 11, labelW - 6);
    const rowH = Math.max(ROW_H, lines.length * WHO_LINE + 8);
    const cy = y + rowH / 2;
    const marks: VNode[] = [];
    if (e.value !== null) {
      const cx = scale(e.value);
      if (e.qualifier === 'range' && e.high !== null) {
        marks.push({ tag: 'line', key: 'range', attrs: { x1: round(cx, 1), x2: round(scale(e.high), 1), y1: 0, y2: 0, class: 'toll-range' } });
        marks.push({ tag: 'circle', key: 'hi', attrs: { cx: round(scale(e.high), 1), cy: 0, r: 4, class: 'toll-dot' } });
      }
      if (e.qualifier === 'more-than') {
        marks.push({ tag: 'line', key: 'more', attrs: { x1: round(cx, 1), x2: round(cx + 16, 1), y1: 0, y2: 0, class: 'toll-more' } });
        marks.push({ tag: 'path', key: 'arrow', attrs: { d: `M${round(cx + 16, 1)},-4L${round(cx + 22, 1)},0L${round(cx + 16, 1)},4Z`, class: 'toll-arrow' } });
      }
      marks.push({
        tag: 'circle',
        key: 'dot',
        attrs: { cx: round(cx, 1), cy: 0, r: 5, class: e.qualifier === 'about' ? 'toll-dot toll-about' : 'toll-dot' },
      });
      marks.push({ tag: 'text', key: 'v', attrs: { x: round(cx, 1), y: -9, class: 'toll-value', 'text-anchor': 'middle' }, text: e.text });
    }
    rows.push({
      tag: 'g',
      key: `row:${e.id}`,
      attrs: { transform: `translate(0 ${round(cy, 1)})` },
      children: [
        ...lines.map((line, i) => ({
          tag: 'text',
          key: `who:${i}`,
          attrs: { x: 10, y: (i - (lines.length - 1) / 2) * WHO_LINE + 4, class: 'toll-who' },
          text: line,
        })),
        ...marks,
      ],
    });
    y += rowH;
  }
  // The junta's silence is a row too: the absence of a number is part of the story.
  rows.push({ tag: 'text', key: 'none', attrs: { x: 10, y: y + 16, class: 'toll-none' }, text: chart.none });
  y += 28;
  const ticks = [0, 25, 50, 75, 100].map((v) => ({
    tag: 'g',
    key: `tick:${v}`,
    attrs: { transform: `translate(${round(scale(v), 1)} ${round(y, 1)})` },
    children: [
      { tag: 'line', key: 'l', attrs: { y1: -4, y2: 0, class: 'toll-tick' } },
      { tag: 'text', key: 't', attrs: { y: 13, class: 'toll-tick-label', 'text-anchor': 'middle' }, text: String(v) },
    ],
  }));
  const axis: VNode = { tag: 'line', key: 'axis', attrs: { x1: round(x0, 1), x2: round(x1, 1), y1: round(y, 1), y2: round(y, 1), class: 'toll-axis' } };
  const axisLabel: VNode = {
    tag: 'text',
    key: 'axis-label',
    attrs: { x: round(x1, 1), y: round(y + 28, 1), class: 'toll-tick-label', 'text-anchor': 'end' },
    text: chart.axis,
  };
  const h = y + 36;
  const left = narrow ? margin : size.width - w - margin;
  const top = narrow ? Math.max(margin, avoidTop) : Math.max(margin, (size.height - h) / 2);
  const title = titleLines.map((line, i) => ({ tag: 'text', key: `title:${i}`, attrs: { x: 10, y: 24 + i * 18, class: 'toll-title' }, text: line }));
  const box: Box = { x0: left, y0: top, x1: left + w, y1: top + h };
  return {
    box,
    node: {
      tag: 'g',
      key: 'toll',
      attrs: { class: 'chart toll-chart', transform: `translate(${round(left, 1)} ${round(top, 1)})` },
      children: [{ tag: 'rect', key: 'bg', attrs: { class: 'panel-bg', width: round(w, 1), height: round(h, 1), rx: 4 } }, ...title, ...rows, axis, ...ticks, axisLabel],
    },
  };
}

