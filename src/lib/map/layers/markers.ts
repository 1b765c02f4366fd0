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
  event: 3,
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

export function markerNodes(placed: readonly PlacedMarker[]): VNode[] {
  return placed.map(({ marker, x, y, r }) => {
    const children: VNode[] = [];
    const dotR = MARKER_RADIUS[marker.kind];
    if (r > dotR) {
      children.push({ tag: 'circle', key: 'area', attrs: { r: round(r, 1), class: 'approx-area' } });
    }
    if (marker.pulse) children.push({ tag: 'circle', key: 'pulse', attrs: { r: dotR, class: 'pulse' } });
    children.push({ tag: 'circle', key: 'dot', attrs: { r: dotR, class: 'dot' } });
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
