// Screen-space panels: the legend (with the optional caveat caption) and their reserved boxes.
import { round } from '../../geo/view.ts';
import type { Box } from './boxes.ts';
import { eventRadius, eventSwatch } from './events.ts';
import { markerShape } from './markers.ts';
import { textWidth, wrap } from './text.ts';
import type { EventGroup, ResolvedScene, VNode } from '../types.ts';

const FONT = 12;
const ROW = 18;
const PAD = 8;

function swatch(kind: ResolvedScene['legend'][number]['swatch']): VNode {
  if (kind === 'sahel') {
    return { tag: 'rect', key: 'sw', attrs: { x: 0, y: -10, width: 14, height: 12, rx: 2, class: 'sahel-band sahel-swatch' } };
  }
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

/** Deaths shown by the size key's reference circles. */
export const SIZE_KEY_DEATHS = [10, 50, 150] as const;

function sizeKey(locale: string): { node: VNode; width: number; height: number } {
  const fmt = new Intl.NumberFormat(locale);
  const children: VNode[] = [];
  let x = 0;
  const maxR = eventRadius(SIZE_KEY_DEATHS[SIZE_KEY_DEATHS.length - 1]!);
  for (const d of SIZE_KEY_DEATHS) {
    const r = eventRadius(d);
    children.push({ tag: 'circle', key: `c${d}`, attrs: { cx: round(x + r, 1), cy: round(maxR - r, 1), r: round(r, 1), class: 'event event-size' } });
    const t = fmt.format(d);
    children.push({ tag: 'text', key: `t${d}`, attrs: { x: round(x + 2 * r + 3, 1), y: round(maxR + 4, 1), class: 'legend-text' }, text: t });
    x += 2 * r + 3 + textWidth(t, FONT) + 10;
  }
  return { node: { tag: 'g', key: 'size-key', attrs: { class: 'size-key' }, children }, width: x, height: Math.round(maxR * 2 + 8) };
}

export interface Panel {
  node: VNode;
  box: Box;
}

/** Legend and caption, stacked in the top-left corner. Returns null when there is nothing to say. */
export function legendPanel(scene: ResolvedScene, width: number, top: number, left: number): Panel | null {
  if (scene.legend.length === 0 && !scene.caption) return null;
  const groups = scene.legend.filter((l) => l.swatch.startsWith('event-') && l.swatch !== 'event-size').length;
  // Many actor families on a narrow map: the legend widens and sets them in two columns, so it
  // takes less of the map's height.
  const twoCols = groups >= 4 && width < 560;
  const maxW = twoCols ? Math.min(400, width - left * 2) : Math.min(280, width - left * 2);
  const colW = (maxW - PAD * 2) / 2;
  const rows: VNode[] = [];
  let y = PAD + 12;
  let w = 0;
  let col = 0;
  let rowLines = 1; // the tallest entry of the current two-column row sets its height
  scene.legend.forEach((item, i) => {
    const inCols = twoCols && item.swatch.startsWith('event-') && item.swatch !== 'event-size';
    // A row too long for the panel wraps under its own text, not past the panel's edge.
    const lines = wrap(item.text, FONT, (inCols ? colW : maxW - PAD * 2) - 20);
    const x = PAD + (inCols ? col * colW : 0);
    rows.push({
      tag: 'g',
      key: `row:${i}:${item.swatch}`,
      attrs: { transform: `translate(${round(x, 1)} ${y})` },
      children: [
        swatch(item.swatch),
        ...lines.map((line, j): VNode => ({ tag: 'text', key: j ? `t${j}` : 't', attrs: { x: 20, y: j * 15, class: 'legend-text' }, text: line })),
      ],
    });
    w = Math.max(w, ...lines.map((line) => x - PAD + 20 + textWidth(line, FONT)));
    const next = scene.legend[i + 1]?.swatch;
    rowLines = Math.max(rowLines, lines.length);
    if (inCols && col === 0 && next?.startsWith('event-') && next !== 'event-size') {
      col = 1; // the next family goes beside this one
    } else {
      col = 0;
      y += ROW + (rowLines - 1) * 15;
      rowLines = 1;
    }
    if (item.swatch === 'event-size') {
      // The size key: reference circles drawn at the sizes the map uses, with their counts.
      const key = sizeKey(scene.locale ?? 'en-GB');
      rows.push({ ...key.node, attrs: { ...key.node.attrs, transform: `translate(${PAD + 20} ${y - 4})` } });
      w = Math.max(w, 20 + key.width);
      y += key.height + 4;
    }
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
