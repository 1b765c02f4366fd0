// Label placement: greedy, by priority. Each label tries a few candidate positions and is dropped
// if none is free, so labels never collide with each other, with markers or with panels.
import { toUnit } from '../../geo/mercator.ts';
import { round, unitToScreen } from '../../geo/view.ts';
import type { Size, View } from '../../geo/view.ts';
import { inside, overlaps } from './boxes.ts';
import type { Box } from './boxes.ts';
import type { PlacedMarker } from './markers.ts';
import { textWidth } from './text.ts';
import type { ResolvedLabel, VNode } from '../types.ts';

interface Style {
  size: number;
  caps: boolean;
  tracking: number;
}

const STYLE: Record<ResolvedLabel['kind'] | 'marker', Style> = {
  country: { size: 13, caps: true, tracking: 0.08 },
  region: { size: 12, caps: false, tracking: 0 },
  water: { size: 12, caps: false, tracking: 0 },
  area: { size: 14, caps: true, tracking: 0.18 },
  note: { size: 12, caps: false, tracking: 0 },
  marker: { size: 13, caps: false, tracking: 0 },
};

type Anchor = 'start' | 'middle' | 'end';

interface Candidate {
  x: number;
  y: number;
  anchor: Anchor;
}

function boxFor(c: Candidate, w: number, h: number): Box {
  const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
  // y is the text's baseline; the box spans roughly cap height above and a little below.
  return { x0, y0: c.y - h * 0.78, x1: x0 + w, y1: c.y + h * 0.24 };
}

export interface LabelInput {
  markers: readonly PlacedMarker[];
  labels: readonly ResolvedLabel[];
  view: View;
  size: Size;
  /** Areas labels must avoid (legend, chart, cards). */
  blocked: readonly Box[];
  margin: number;
}

export function labelNodes(input: LabelInput): VNode[] {
  const { size, margin } = input;
  const frame: Box = { x0: margin, y0: margin, x1: size.width - margin, y1: size.height - margin };
  const markerBox = ({ marker, x, y }: PlacedMarker): Box => {
    const r = marker.kind === 'site' ? 7.5 : 6;
    return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  };
  const taken: Box[] = [...input.blocked, ...input.markers.map(markerBox)];
  type Item = { key: string; text: string; style: Style; cls: string; priority: number; candidates: Candidate[]; own: Box | null };
  const items: Item[] = [];

  const ownBoxes = new Map<PlacedMarker, Box>();
  input.markers.forEach((pm, i) => ownBoxes.set(pm, taken[input.blocked.length + i]!));
  for (const pm of input.markers) {
    const m = pm.marker;
    if (!m.text) continue;
    const s = STYLE.marker;
    const gap = Math.min(pm.r, 40) + 4;
    const dot = m.kind === 'site' ? 10 : 7;
    const d = pm.r > dot ? gap : dot;
    items.push({
      key: `label:marker:${m.id}`,
      text: m.text,
      style: s,
      cls: `label label-marker label-${m.kind}`,
      priority: m.priority + 100, // named places beat area names
      own: ownBoxes.get(pm) ?? null, // a label may sit next to its own marker
      candidates: [
        { x: pm.x + d, y: pm.y + s.size * 0.35, anchor: 'start' },
        { x: pm.x - d, y: pm.y + s.size * 0.35, anchor: 'end' },
        { x: pm.x, y: pm.y - d - 2, anchor: 'middle' },
        { x: pm.x, y: pm.y + d + s.size * 0.8, anchor: 'middle' },
        { x: pm.x + d * 0.8, y: pm.y - d * 0.8, anchor: 'start' },
        { x: pm.x - d * 0.8, y: pm.y + d * 0.8 + s.size * 0.6, anchor: 'end' },
        { x: pm.x - d * 0.8, y: pm.y - d * 0.8, anchor: 'end' },
        { x: pm.x + d * 0.8, y: pm.y + d * 0.8 + s.size * 0.6, anchor: 'start' },
        // Farther out, before giving up on a named place.
        { x: pm.x, y: pm.y - d - s.size * 1.3, anchor: 'middle' },
        { x: pm.x, y: pm.y + d + s.size * 2.1, anchor: 'middle' },
        { x: pm.x - d, y: pm.y - s.size * 1.1, anchor: 'end' },
        { x: pm.x - d, y: pm.y + s.size * 1.6, anchor: 'end' },
      ],
    });
  }
  for (const l of input.labels) {
    const s = STYLE[l.kind];
    const [x, y] = unitToScreen(toUnit(l.at), input.view, size);
    items.push({
      key: `label:${l.id}`,
      text: l.text,
      style: s,
      cls: `label label-${l.kind}`,
      priority: l.priority,
      candidates: [
        { x, y, anchor: 'middle' },
        { x, y: y - s.size * 1.1, anchor: 'middle' },
        { x, y: y + s.size * 1.1, anchor: 'middle' },
      ],
      own: null,
    });
  }
  items.sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));

  const nodes: VNode[] = [];
  for (const item of items) {
    const { style } = item;
    const text = style.caps ? item.text.toUpperCase() : item.text;
    const w = textWidth(text, style.size, { caps: style.caps, tracking: style.tracking });
    const h = style.size * 1.2;
    for (const c of item.candidates) {
      const box = boxFor(c, w, h);
      if (!inside(box, frame) || taken.some((t) => t !== item.own && overlaps(box, t, 2))) continue;
      taken.push(box);
      nodes.push({
        tag: 'text',
        key: item.key,
        attrs: { class: item.cls, x: round(c.x, 1), y: round(c.y, 1), 'text-anchor': c.anchor },
        text,
      });
      break;
    }
  }
  return nodes;
}
