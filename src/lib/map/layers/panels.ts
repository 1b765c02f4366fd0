// Screen-space panels: the legend (with the optional caveat caption) and their reserved boxes.
import { round } from '../../geo/view.ts';
import type { Box } from './boxes.ts';
import { eventSwatch } from './events.ts';
import { markerShape } from './markers.ts';
import { textWidth, wrap } from './text.ts';
import type { EventGroup, ResolvedScene, VNode } from '../types.ts';

const FONT = 12;
const ROW = 18;
const PAD = 8;

function swatch(kind: ResolvedScene['legend'][number]['swatch']): VNode {
  if (kind === 'approximate') {
    return { tag: 'circle', key: 'sw', attrs: { cx: 7, cy: -4, r: 6, class: 'approx-area' } };
  }
  if (kind === 'capital' || kind === 'city' || kind === 'site' || kind === 'base' || kind === 'base-closed' || kind === 'event') {
    return {
      tag: 'g',
      key: 'sw',
      attrs: { class: `marker marker-${kind}`, transform: 'translate(7 -4)' },
      children: markerShape(kind, kind === 'site' ? 5.5 : 4.5),
    };
  }
  if (kind.startsWith('event-')) return eventSwatch(kind as `event-${EventGroup}` | 'event-size');
  return { tag: 'rect', key: 'sw', attrs: { x: 0, y: -10, width: 14, height: 12, rx: 2, class: `swatch tone-${kind}` } };
}

export interface Panel {
  node: VNode;
  box: Box;
}

/** Legend and caption, stacked in the top-left corner. Returns null when there is nothing to say. */
export function legendPanel(scene: ResolvedScene, width: number, top: number, left: number): Panel | null {
  if (scene.legend.length === 0 && !scene.caption) return null;
  const maxW = Math.min(280, width - left * 2);
  const rows: VNode[] = [];
  let y = PAD + 12;
  let w = 0;
  scene.legend.forEach((item, i) => {
    // A row too long for the panel wraps under its own text, not past the panel's edge.
    const lines = wrap(item.text, FONT, maxW - PAD * 2 - 20);
    rows.push({
      tag: 'g',
      key: `row:${i}:${item.swatch}`,
      attrs: { transform: `translate(${PAD} ${y})` },
      children: [
        swatch(item.swatch),
        ...lines.map((line, j): VNode => ({ tag: 'text', key: j ? `t${j}` : 't', attrs: { x: 20, y: j * 15, class: 'legend-text' }, text: line })),
      ],
    });
    w = Math.max(w, ...lines.map((line) => 20 + textWidth(line, FONT)));
    y += ROW + (lines.length - 1) * 15;
  });
  if (scene.caption) {
    const lines = wrap(scene.caption, 11, maxW - PAD * 2);
    lines.forEach((line, i) => {
      rows.push({ tag: 'text', key: `cap:${i}`, attrs: { x: PAD, y: y + i * 14, class: 'legend-caption' }, text: line });
      w = Math.max(w, textWidth(line, 11));
    });
    y += lines.length * 14;
  }
  const boxW = Math.min(maxW, w + PAD * 2);
  const boxH = y - 6;
  const node: VNode = {
    tag: 'g',
    key: 'legend',
    attrs: { class: 'legend', transform: `translate(${left} ${top})` },
    children: [{ tag: 'rect', key: 'bg', attrs: { class: 'panel-bg', width: round(boxW, 1), height: round(boxH, 1), rx: 4 } }, ...rows],
  };
  return { node, box: { x0: left, y0: top, x1: left + boxW, y1: top + boxH } };
}
