// A view is where the camera looks: the centre (x, y) and the width w, all in unit space.
// This is the representation d3.interpolateZoom expects, which gives smooth "fly-to" paths.
import type { Level } from './levels.ts';
import { toUnit } from './mercator.ts';
import type { LonLat, Point } from './mercator.ts';

export interface View {
  x: number;
  y: number;
  /** Width of the viewport in unit space. */
  w: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Insets in px: the part of the viewport the subject must fit in (e.g. above phone cards). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Bounds = readonly [LonLat, LonLat]; // [[west, south], [east, north]]

/** The view that fits `bounds` inside the viewport minus insets. */
export function fitView(bounds: Bounds, size: Size, insets: Insets): View {
  const [x0, y1] = toUnit(bounds[0]);
  const [x1, y0] = toUnit(bounds[1]);
  const innerW = Math.max(1, size.width - insets.left - insets.right);
  const innerH = Math.max(1, size.height - insets.top - insets.bottom);
  const k = Math.min(innerW / (x1 - x0), innerH / (y1 - y0)); // px per unit
  // Centre of the inner box, in px, mapped back to the bounds' centre.
  const cxPx = insets.left + innerW / 2;
  const cyPx = insets.top + innerH / 2;
  const bx = (x0 + x1) / 2;
  const by = (y0 + y1) / 2;
  const w = size.width / k;
  // The viewport centre sits (width/2 - cxPx) px away from the inner box centre.
  return { x: bx + (size.width / 2 - cxPx) / k, y: by + (size.height / 2 - cyPx) / k, w };
}

/** px per unit for a view. */
export function viewScale(view: View, size: Size): number {
  return size.width / view.w;
}

/** Screen position of a unit-space point. */
export function unitToScreen(p: Point, view: View, size: Size): Point {
  const k = viewScale(view, size);
  return [(p[0] - view.x) * k + size.width / 2, (p[1] - view.y) * k + size.height / 2];
}

export function lonLatToScreen(ll: LonLat, view: View, size: Size): Point {
  return unitToScreen(toUnit(ll), view, size);
}

/** SVG matrix(a,b,c,d,e,f) that maps a level's coordinates to the screen for this view. */
export function levelMatrix(level: Level, view: View, size: Size): [number, number, number, number, number, number] {
  const k = viewScale(view, size) / level.scale;
  const e = size.width / 2 - (view.x * level.scale + level.offset[0]) * k;
  const f = size.height / 2 - (view.y * level.scale + level.offset[1]) * k;
  return [k, 0, 0, k, e, f];
}

export function matrixAttr(m: readonly number[]): string {
  return `matrix(${m.map((v) => round(v, 5)).join(' ')})`;
}

export function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
