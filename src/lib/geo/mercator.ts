// All maps share one projection: spherical Mercator in "unit space" (scale 1, no translation).
// A camera is then a pure similarity transform of unit space (scale + translate), so flying
// between cameras is a transform tween: nothing is re-projected while the camera moves.
// Mercator is acceptable here: the story stays between 38°S and 40°N, where it distorts little.
import { geoMercator } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';

export type LonLat = readonly [number, number];
export type Point = readonly [number, number];

const unit = geoMercator().scale(1).translate([0, 0]).precision(0.0001);

/** Project lon/lat to unit space (x east, y down). */
export function toUnit(lonLat: LonLat): Point {
  const p = unit([lonLat[0], lonLat[1]]);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return [p[0], p[1]];
}

/** A projection that maps lon/lat into a detail level's coordinate space (unit × scale + offset). */
export function levelProjection(scale: number, offset: Point): GeoProjection {
  return geoMercator()
    .scale(scale)
    .translate([offset[0], offset[1]])
    .precision(0.2);
}

/** Kilometres → unit-space distance at a latitude (Mercator stretches by 1/cos φ). */
export function kmToUnit(km: number, lat: number): number {
  const earthRadiusKm = 6371.0088;
  return km / earthRadiusKm / Math.cos((lat * Math.PI) / 180);
}
