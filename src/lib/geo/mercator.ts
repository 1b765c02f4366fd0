// All maps share one projection: spherical Mercator in "unit space" (scale 1, no translation).
// A camera is then a pure similarity transform of unit space (scale + translate), so flying
// between cameras is a transform tween: nothing is re-projected while the camera moves.
// Mercator is acceptable here: the story stays between 38°S and 40°N, where it distorts little.
//
// The formula is written out (it is d3.geoMercator's with scale 1 and no translation) so the
// browser bundle does not need d3-geo; build-time code projects paths with d3 (./projection.ts),
// and a unit test checks the two agree.

export type LonLat = readonly [number, number];
export type Point = readonly [number, number];

const RAD = Math.PI / 180;

/** Project lon/lat to unit space (x east, y down). */
export function toUnit(lonLat: LonLat): Point {
  const [lon, lat] = lonLat;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) >= 90) throw new Error(`cannot project ${lon},${lat}`);
  return [lon * RAD, -Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

/** Kilometres → unit-space distance at a latitude (Mercator stretches by 1/cos φ). */
export function kmToUnit(km: number, lat: number): number {
  const earthRadiusKm = 6371.0088;
  return km / earthRadiusKm / Math.cos(lat * RAD);
}
