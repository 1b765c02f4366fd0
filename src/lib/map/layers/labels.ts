// Label placement: greedy, by priority. Each label tries a few candidate positions and is dropped
// if none is free, so labels never collide with each other, with markers or with panels, and
// never cross the edge of an approximate-area circle.
import { toUnit } from '../../geo/mercator.ts';
import { round, unitToScreen } from '../../geo/view.ts';
import type { Size, View } from '../../geo/view.ts';
import { inside, overlaps } from './boxes.ts';
import type { Box } from './boxes.ts';
import { MARKER_RADIUS } from './markers.ts';
import type { PlacedMarker } from './markers.ts';
import { labelWidth } from './text.ts';
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

/**
 * A centred label (above or below its point) that would run off the side of the map slides
 * along its baseline until it fits, as long as it still spans its point.
 */
function slideIntoFrame(c: Candidate, box: Box, frame: Box): Candidate {
  if (c.anchor !== 'middle') return c;
  // (Half a pixel more than needed, so rounding cannot leave the box a hair outside.)
  const dx = box.x0 < frame.x0 ? frame.x0 - box.x0 + 0.5 : box.x1 > frame.x1 ? frame.x1 - box.x1 - 0.5 : 0;
  if (dx === 0 || box.x0 + dx > c.x || box.x1 + dx < c.x) return c;
  return { ...c, x: c.x + dx };
}

/** An approximate area, drawn as a circle: labels stay wholly outside it, or wholly inside. */
interface Circle {
  x: number;
  y: number;
  r: number;
}

function distanceToBox(c: Circle, b: Box): number {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
  const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  return Math.hypot(dx, dy);
}

function insideCircle(c: Circle, b: Box): boolean {
  const fx = Math.max(Math.abs(b.x0 - c.x), Math.abs(b.x1 - c.x));
  const fy = Math.max(Math.abs(b.y0 - c.y), Math.abs(b.y1 - c.y));
  return Math.hypot(fx, fy) <= c.r - 3;
}

/** Another feature's label must stay out of the circle; a marker's own label may sit inside. */
function clearOf(circle: Circle, box: Box, own: boolean): boolean {
  return distanceToBox(circle, box) > circle.r + 2 || (own && insideCircle(circle, box));
}

/** The eight usual positions around a point, `d` px from it, then a few farther out. */
function around(x: number, y: number, d: number, size: number): Candidate[] {
  return [
    { x: x + d, y: y + size * 0.35, anchor: 'start' },
    { x: x - d, y: y + size * 0.35, anchor: 'end' },
    { x, y: y - d - 2, anchor: 'middle' },
    { x, y: y + d + size * 0.8, anchor: 'middle' },
    { x: x + d * 0.8, y: y - d * 0.8, anchor: 'start' },
    { x: x - d * 0.8, y: y + d * 0.8 + size * 0.6, anchor: 'end' },
    { x: x - d * 0.8, y: y - d * 0.8, anchor: 'end' },
    { x: x + d * 0.8, y: y + d * 0.8 + size * 0.6, anchor: 'start' },
  ];
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
  // Approximate areas (circles bigger than their dot; see placeMarkers).
  const circles = new Map<PlacedMarker, Circle>();
  for (const pm of input.markers) {
    if (pm.marker.approximateKm && pm.r > MARKER_RADIUS[pm.marker.kind]) circles.set(pm, { x: pm.x, y: pm.y, r: pm.r });
  }
  type Item = {
    key: string;
    text: string;
    /** Tried after every candidate failed with `text`. */
    short: string | null;
    style: Style;
    cls: string;
    priority: number;
    candidates: Candidate[];
    /** How many of the candidates sit right next to the point (the rest are farther out). */
    near: number;
    own: Box | null;
    ownCircle: Circle | null;
  };
  const items: Item[] = [];

  const ownBoxes = new Map<PlacedMarker, Box>();
  input.markers.forEach((pm, i) => ownBoxes.set(pm, taken[input.blocked.length + i]!));
  for (const pm of input.markers) {
    const m = pm.marker;
    if (!m.text) continue;
    const s = STYLE.marker;
    const dot = m.kind === 'site' ? 10 : 7;
    const circle = circles.get(pm) ?? null;
    // Next to the dot (inside a large circle), then just outside the circle, then farther out.
    const near = circle ? Math.min(pm.r, 40) + 4 : dot;
    const d = circle ? pm.r + 6 : dot;
    const close = [...around(pm.x, pm.y, near, s.size), ...(circle && d > near ? around(pm.x, pm.y, d, s.size) : [])];
    items.push({
      key: `label:marker:${m.id}`,
      text: m.text,
      short: m.short ?? null,
      style: s,
      cls: `label label-marker label-${m.kind}`,
      priority: m.priority + 100, // named places beat area names
      own: ownBoxes.get(pm) ?? null, // a label may sit next to its own marker
      ownCircle: circle,
      near: close.length,
      candidates: [
        ...close,
        // Farther out, before giving up on a named place.
        { x: pm.x, y: pm.y - d - s.size * 1.3, anchor: 'middle' },
        { x: pm.x, y: pm.y + d + s.size * 2.1, anchor: 'middle' },
        { x: pm.x - d, y: pm.y - s.size * 1.1, anchor: 'end' },
        { x: pm.x - d, y: pm.y + s.size * 1.6, anchor: 'end' },
        { x: pm.x + d, y: pm.y - s.size * 1.1, anchor: 'start' },
        { x: pm.x + d, y: pm.y + s.size * 1.6, anchor: 'start' },
      ],
    });
  }
  for (const l of input.labels) {
    const s = STYLE[l.kind];
    const [ax, ay] = unitToScreen(toUnit(l.at), input.view, size);
    const [x, y] = [ax + (l.offset?.[0] ?? 0), ay + (l.offset?.[1] ?? 0)];
    items.push({
      key: `label:${l.id}`,
      text: l.text,
      short: null,
      style: s,
      cls: `label label-${l.kind}`,
      priority: l.priority,
      candidates: [
        { x, y, anchor: 'middle' },
        { x, y: y - s.size * 1.1, anchor: 'middle' },
        { x, y: y + s.size * 1.1, anchor: 'middle' },
      ],
      near: 3,
      own: null,
      ownCircle: null,
    });
  }
  items.sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));

  const nodes: VNode[] = [];
  const place = (item: Item, raw: string, candidates: readonly Candidate[]): boolean => {
    const { style } = item;
    const text = style.caps ? raw.toUpperCase() : raw;
    const w = labelWidth(text, style.size, { caps: style.caps, tracking: style.tracking });
    const h = style.size * 1.2;
    for (const first of candidates) {
      const c = slideIntoFrame(first, boxFor(first, w, h), frame);
      const box = boxFor(c, w, h);
      if (!inside(box, frame) || taken.some((t) => t !== item.own && overlaps(box, t, 2))) continue;
      if ([...circles.values()].some((circle) => !clearOf(circle, box, circle === item.ownCircle))) continue;
      taken.push(box);
      nodes.push({
        tag: 'text',
        key: item.key,
        attrs: { class: item.cls, x: round(c.x, 1), y: round(c.y, 1), 'text-anchor': c.anchor },
        text,
      });
      return true;
    }
    return false;
  };
  // Next to the point with the full text, then with the bare name, then farther out: a short
  // name beside its marker reads better than a long label that might belong to a neighbour.
  for (const item of items) {
    const near = item.candidates.slice(0, item.near);
    const far = item.candidates.slice(item.near);
    const tries: [string | null, readonly Candidate[]][] = [
      [item.text, near],
      [item.short, near],
      [item.text, far],
      [item.short, far],
    ];
    tries.some(([text, candidates]) => text !== null && candidates.length > 0 && place(item, text, candidates));
  }
  return nodes;
}
