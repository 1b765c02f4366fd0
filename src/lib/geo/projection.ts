// Build-time only: d3-geo projections into a detail level's coordinate space.
import { geoMercator } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Point } from './mercator.ts';

/** A projection that maps lon/lat into a level's space (unit × scale + offset). */
export function levelProjection(scale: number, offset: Point): GeoProjection {
  return geoMercator()
    .scale(scale)
    .translate([offset[0], offset[1]])
    .precision(0.2);
}
