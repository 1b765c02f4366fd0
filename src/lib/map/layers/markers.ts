// Point markers in screen space (constant size whatever the zoom). Approximate sites are drawn
// as a dashed circle whose radius is the uncertainty in km, projected at the current zoom.
import { kmToUnit, toUnit } from '../../geo/mercator.ts';
import { unitToScreen, viewScale, round } from '../../geo/view.ts';
import type { Size, View } from '../../geo/view.ts';
import type { Box } from './boxes.ts';
import type { ResolvedMarker, VNode } from '../types.ts';

export const MARKER_RADIUS: Record<ResolvedMarker['kind'], number> = {
  capital: 5,
  city: 3.5,
  site: 6.5,
  base: 5.5,
  'base-closed': 5.5,
  event: 5,
};

export interface PlacedMarker {
  marker: ResolvedMarker;
  x: number;
  y: number;
  /** Radius in px used for label placement and collisions. */
  r: number;
}

export function placeMarkers(markers: readonly ResolvedMarker[], view: View, size: Size): PlacedMarker[] {
  const k = viewScale(view, size);
  return markers.map((m) => {
    const [x, y] = unitToScreen(toUnit(m.at), view, size);
    const approxR = m.approximateKm ? kmToUnit(m.approximateKm, m.at[1]) * k : 0;
    // An approximate area smaller than the dot is drawn as a dot: the circle would lie.
    const r = Math.max(MARKER_RADIUS[m.kind], approxR > 10 ? approxR : 0);
    return { marker: m, x, y, r };
  });
}

/**
 * The marker's symbol, centred on 0,0. Bases are diamonds (a rotated square), not dots, and a
 * closed base is the same diamond hollow and struck through: open and closed differ by shape.
 */
export function markerShape(kind: ResolvedMarker['kind'], r: number): VNode[] {
  if (kind === 'base' || kind === 'base-closed') {
    const d = round(r * 1.25, 2); // half-diagonal: the diamond's area matches the other dots
    const shape: VNode = { tag: 'path', key: 'dot', attrs: { d: `M0,${-d}L${d},0L0,${d}L${-d},0Z`, class: 'dot' } };
    if (kind === 'base') return [shape];
    const s = round(d * 0.6, 2); // a little past the edges, through the centre
    return [shape, { tag: 'path', key: 'strike', attrs: { d: `M${-s},${s}L${s},${-s}`, class: 'strike' } }];
  }
  return [{ tag: 'circle', key: 'dot', attrs: { r, class: 'dot' } }];
}

export function markerNodes(placed: readonly PlacedMarker[]): VNode[] {
  return placed.map(({ marker, x, y, r }) => {
    const children: VNode[] = [];
    const dotR = MARKER_RADIUS[marker.kind];
    if (r > dotR) {
      children.push({ tag: 'circle', key: 'area', attrs: { r: round(r, 1), class: 'approx-area' } });
    }
    if (marker.pulse) children.push({ tag: 'circle', key: 'pulse', attrs: { r: dotR, class: 'pulse' } });
    children.push(...markerShape(marker.kind, dotR));
    return {
      tag: 'g',
      key: `marker:${marker.id}`,
      attrs: { class: `marker marker-${marker.kind}`, transform: `translate(${round(x, 1)} ${round(y, 1)})` },
      children,
    };
  });
}

export function markerBoxes(placed: readonly PlacedMarker[]): Box[] {
  return placed.map(({ marker, x, y }) => {
    const r = MARKER_RADIUS[marker.kind] + 1;
    return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  });
}
