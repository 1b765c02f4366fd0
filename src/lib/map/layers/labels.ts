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

function boxFor(c: Candidate, w: number, h: number, extra = 0): Box {
  const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
  // y is the (first) text baseline; the box spans roughly cap height above and a little below,
  // plus `extra` for the lines of a wrapped label.
  return { x0, y0: c.y - h * 0.78, x1: x0 + w, y1: c.y + h * 0.24 + extra };
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
  /**
   * Width in px of a label's text (already upper-cased where the style says so) as drawn with
   * class `cls`, halo included. The browser measures the font it really draws (a first visit
   * may draw a fallback face); without it, widths are estimated from Inter's metrics.
   */
  measure?: ((text: string, cls: string) => number) | undefined;
}

export interface PlacedLabel {
  key: string;
  text: string;
  box: Box;
  named: boolean;
}

export interface LabelResult {
  nodes: VNode[];
  /** Where each label landed (for tests, and the leader lines' collision checks). */
  placed: PlacedLabel[];
  /** Labels that found no room. A named one here is a bug the tests catch. */
  dropped: { key: string; text: string; named: boolean }[];
}

export function labelNodes(input: LabelInput): LabelResult {
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
    /** Named by the step's text: placed first, and given leader-line positions before it drops. */
    named: boolean;
    /** The point a leader line starts from (the marker), if the label may use one. */
    point: readonly [number, number] | null;
  };
  const items: Item[] = [];
  const placedBoxes: Box[] = [];
  const placedLabels: PlacedLabel[] = [];
  const dropped: LabelResult['dropped'] = [];

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
      priority: m.priority + 100 + (m.named ? 1000 : 0), // named places beat area names
      own: ownBoxes.get(pm) ?? null, // a label may sit next to its own marker
      ownCircle: circle,
      named: m.named ?? false,
      point: [pm.x, pm.y],
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
      priority: l.priority + (l.named ? 1000 : 0),
      named: l.named ?? false,
      point: null,
      // An area's name may shift a little inside its area (a named one farther): nearest first.
      candidates: areaCandidates(x, y, s.size, l.named ? 150 : 28),
      near: 3,
      own: null,
      ownCircle: null,
    });
  }
  items.sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));

  const nodes: VNode[] = [];
  const LINE = 1.15; // line height of wrapped labels, in ems
  const place = (item: Item, raw: string, candidates: readonly Candidate[], opts: { lines?: number; leader?: boolean } = {}): boolean => {
    const { style } = item;
    const text = style.caps ? raw.toUpperCase() : raw;
    const lines = (opts.lines ?? 1) > 1 ? splitLabel(text) : [text];
    if (lines.length !== (opts.lines ?? 1)) return false;
    const width = (l: string): number => {
      const m = input.measure?.(l, item.cls) ?? 0;
      return m > 0 ? m : labelWidth(l, style.size, { caps: style.caps, tracking: style.tracking });
    };
    const w = Math.max(...lines.map(width));
    const h = style.size * 1.2;
    const extra = (lines.length - 1) * style.size * LINE;
    for (const first of candidates) {
      // A wrapped label grows downwards from its first baseline; labels above a point move up.
      const lifted = extra && first.y < (item.point?.[1] ?? first.y) ? { ...first, y: first.y - extra } : first;
      const c = slideIntoFrame(lifted, boxFor(lifted, w, h, extra), frame);
      const box = boxFor(c, w, h, extra);
      if (!inside(box, frame) || taken.some((t) => t !== item.own && overlaps(box, t, 2))) continue;
      if ([...circles.values()].some((circle) => !clearOf(circle, box, circle === item.ownCircle))) continue;
      let leader: VNode | null = null;
      if (opts.leader && item.point) {
        // From the edge of the marker to the nearest point of the label's box.
        const [px, py] = item.point;
        const qx = Math.min(Math.max(px, box.x0), box.x1);
        const qy = Math.min(Math.max(py, box.y0), box.y1);
        const len = Math.hypot(qx - px, qy - py);
        if (len < 8) continue;
        const sx = px + ((qx - px) / len) * 6;
        const sy = py + ((qy - py) / len) * 6;
        // The line must not cross another label or a panel.
        const lineBox: Box = { x0: Math.min(sx, qx), y0: Math.min(sy, qy), x1: Math.max(sx, qx), y1: Math.max(sy, qy) };
        if (input.blocked.some((b) => overlaps(lineBox, b, 0)) || placedBoxes.some((b) => segmentHitsBox(sx, sy, qx, qy, b))) continue;
        leader = { tag: 'line', key: `${item.key}:leader`, attrs: { class: 'leader', x1: round(sx, 1), y1: round(sy, 1), x2: round(qx, 1), y2: round(qy, 1) } };
      }
      taken.push(box);
      placedBoxes.push(box);
      placedLabels.push({ key: item.key, text: lines.join(' '), box, named: item.named });
      if (leader) nodes.push(leader);
      const attrs = { class: item.cls, x: round(c.x, 1), y: round(c.y, 1), 'text-anchor': c.anchor };
      nodes.push(
        lines.length === 1
          ? { tag: 'text', key: item.key, attrs, text }
          : {
              tag: 'text',
              key: item.key,
              attrs,
              children: lines.map((line, i) => ({ tag: 'tspan', key: `l${i}`, attrs: { x: round(c.x, 1), dy: i ? `${LINE}em` : 0 }, text: line })),
            },
      );
      return true;
    }
    return false;
  };
  // Next to the point with the full text, then with the bare name, then farther out: a short
  // name beside its marker reads better than a long label that might belong to a neighbour.
  // A long label may wrap onto two lines. A place the step's text names then gets positions
  // farther out with a leader line, so it is never dropped while the map has room for it.
  for (const item of items) {
    const near = item.candidates.slice(0, item.near);
    const far = item.candidates.slice(item.near);
    const tries: [string | null, readonly Candidate[], { lines?: number; leader?: boolean }][] = [
      [item.text, near, {}],
      [item.text, near, { lines: 2 }],
      [item.short, near, {}],
      [item.text, far, {}],
      [item.text, far, { lines: 2 }],
      [item.short, far, {}],
    ];
    if (item.named && item.point) {
      const ring = leaderRing(item.point[0], item.point[1], item.style.size);
      tries.push([item.text, ring, { leader: true }], [item.text, ring, { lines: 2, leader: true }], [item.short, ring, { leader: true }]);
    }
    const ok = tries.some(([text, candidates, o]) => text !== null && candidates.length > 0 && place(item, text, candidates, o));
    if (!ok) dropped.push({ key: item.key, text: item.text, named: item.named });
  }
  return { nodes, placed: placedLabels, dropped };
}

/** Positions around an area label's anchor within `reach` px, nearest first (the anchor first). */
function areaCandidates(x: number, y: number, size: number, reach: number): Candidate[] {
  const out: { c: Candidate; d: number }[] = [];
  const dy = size * 1.1;
  for (let j = -7; j <= 7; j++) {
    for (let i = -8; i <= 8; i++) {
      const ox = i * 18;
      const oy = j * dy;
      const d = Math.hypot(ox, oy * 1.4);
      if (d <= reach) out.push({ c: { x: x + ox, y: y + oy, anchor: 'middle' }, d });
    }
  }
  return out.sort((a, b) => a.d - b.d).map((o) => o.c);
}

/** Positions 28–90 px from a point in eight directions, nearest first: for leader-line labels. */
function leaderRing(x: number, y: number, size: number): Candidate[] {
  const out: Candidate[] = [];
  for (const d of [28, 44, 64, 90, 120]) {
    out.push(
      { x: x + d, y: y - d * 0.6, anchor: 'start' },
      { x: x - d, y: y - d * 0.6, anchor: 'end' },
      { x: x + d, y: y + d * 0.6 + size * 0.7, anchor: 'start' },
      { x: x - d, y: y + d * 0.6 + size * 0.7, anchor: 'end' },
      { x, y: y - d, anchor: 'middle' },
      { x, y: y + d + size * 0.7, anchor: 'middle' },
      { x: x + d * 1.2, y: y + size * 0.35, anchor: 'start' },
      { x: x - d * 1.2, y: y + size * 0.35, anchor: 'end' },
    );
  }
  return out;
}

/** Whether the segment (x0,y0)–(x1,y1) passes through the box (sampled; labels are small). */
function segmentHitsBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  for (let i = 1; i < 20; i++) {
    const t = i / 20;
    const x = x0 + (x1 - x0) * t;
    const y = y0 + (y1 - y0) * t;
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

/**
 * Two lines for a long label: after its colon ("Gao: main French base" → "Gao:" / "main French
 * base"), else at the space nearest the middle. A single word is not split.
 */
export function splitLabel(text: string): string[] {
  const colon = text.search(/\u00a0?: /);
  if (colon > 0) {
    const cut = text.indexOf(': ', colon) + 1;
    return [text.slice(0, cut).trim(), text.slice(cut).trim()];
  }
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (spaces.length === 0) return [text];
  const mid = text.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [text.slice(0, at), text.slice(at + 1)];
}
