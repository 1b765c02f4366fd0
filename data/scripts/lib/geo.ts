// Shared geometry helpers: TopoJSON <-> GeoJSON, winding checks, areas and the
// "simplify the topology, then quantize" step used by the three map files.
import { geoArea } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { filter, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { fail } from './io.ts';

/** Mean Earth radius (IUGG), km: geoArea gives steradians, × R² gives km². */
export const EARTH_RADIUS_KM = 6371.0088;

export type Rect = readonly [west: number, south: number, east: number, north: number];

/** The GeoJSON features of one TopoJSON object, failing clearly if it is absent. */
export function topoFeatures(topology: Topology, name: string, label: string): FeatureCollection {
  const object = topology.objects[name];
  if (!object) fail(`${label}: TopoJSON object "${name}" not found (has: ${Object.keys(topology.objects).join(', ')})`);
  if (object.type !== 'GeometryCollection') fail(`${label}: TopoJSON object "${name}" is a ${object.type}, not a GeometryCollection`);
  return feature(topology, object);
}

/** Every polygon of a geometry, as its list of rings. */
export function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/** Area of a feature's geometry on the sphere, in km² (d3-geo, so d3 winding). */
export function areaKm2(geometry: Geometry): number {
  return geoArea({ type: 'Feature', properties: null, geometry }) * EARTH_RADIUS_KM ** 2;
}

/**
 * d3-geo reads a polygon whose exterior ring runs the "wrong" way as the whole globe
 * minus the shape (area > 2π sr), which fills the whole map. Fail instead of shipping it.
 */
export function assertD3Winding(topology: Topology, label: string): void {
  for (const name of Object.keys(topology.objects)) {
    for (const f of topoFeatures(topology, name, label).features) {
      polygonsOf(f.geometry).forEach((rings, i) => {
        const sr = geoArea({ type: 'Polygon', coordinates: rings });
        if (sr > 2 * Math.PI) {
          fail(
            `${label}: object "${name}", feature ${String(f.id ?? '(no id)')}, polygon ${i} has area ${sr.toFixed(3)} sr > 2π: ` +
              'its winding is reversed for d3 (exterior rings must be clockwise). Rewind the input.',
          );
        }
      });
    }
  }
}

/** Largest spherical polygon area (sr) in a topology; tests use it too. */
export function maxPolygonArea(topology: Topology): number {
  let max = 0;
  for (const name of Object.keys(topology.objects)) {
    for (const f of topoFeatures(topology, name, 'maxPolygonArea').features) {
      for (const rings of polygonsOf(f.geometry)) max = Math.max(max, geoArea({ type: 'Polygon', coordinates: rings }));
    }
  }
  return max;
}

// ---- planar rectangle test (lon/lat degrees) ------------------------------------

function segmentHitsRect(a: Position, b: Position, [x0, y0, x1, y1]: Rect): boolean {
  // Liang–Barsky clipping: does any part of segment a→b lie inside the rectangle?
  const ax = a[0] ?? 0, ay = a[1] ?? 0;
  const dx = (b[0] ?? 0) - ax, dy = (b[1] ?? 0) - ay;
  let t0 = 0, t1 = 1;
  const checks: [number, number][] = [[-dx, ax - x0], [dx, x1 - ax], [-dy, ay - y0], [dy, y1 - ay]];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function pointInRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]?.[0] ?? 0, yi = ring[i]?.[1] ?? 0, xj = ring[j]?.[0] ?? 0, yj = ring[j]?.[1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True if the polygon geometry touches the lon/lat rectangle (planar test, no clipping). */
export function geometryIntersectsRect(geometry: Geometry | null, rect: Rect): boolean {
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        // An edge spanning > 180° of longitude is a jump across the antimeridian (Fiji,
        // Russia), not a real edge across the map: skip it.
        if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180) continue;
        if (segmentHitsRect(ring[i - 1] as Position, ring[i] as Position, rect)) return true;
      }
    }
    // No edge crosses the rectangle: it may still lie wholly inside the polygon.
    const exterior = rings[0];
    if (exterior && pointInRing((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2, exterior)) return true;
  }
  return false;
}

// ---- simplification ---------------------------------------------------------------

export interface SimplifyOptions {
  /** Points whose planar triangle weight (degrees²) is below this are removed. */
  minWeight: number;
  /** topojson quantization (number of steps across the bbox). */
  quantization: number;
  /** Rings with a planar area (degrees²) below this are dropped, except protected ones. */
  minRingArea?: number;
  /** Objects whose rings are never dropped (e.g. the Mali regions). */
  keepAllRingsOf?: readonly string[];
}

type ArcPoint = [number, number, number];
/** topojson-simplify's typings want Topology<Objects<{}>>; ours carry GeoJSON properties. */
type SimplifyTopology = Parameters<typeof presimplify>[0];

function ringKey(ring: readonly number[]): string {
  return ring.join(',');
}

/**
 * Builds one topology from the given layers and simplifies it as a whole, so that
 * shared borders (e.g. between Mali's regions) are simplified once and still match
 * exactly afterwards; then quantizes it.
 *
 * "Keep shapes": the largest ring of every feature is never dropped, and every ring
 * keeps at least three distinct points, so small countries (Gambia, Togo, Benin…) do not
 * vanish or collapse into a line however coarse the simplification.
 */
export function simplifyLayers(layers: Record<string, FeatureCollection>, options: SimplifyOptions): Topology {
  // Float (unquantized) topology: presimplify works on real coordinates and drops any
  // transform anyway; quantization is the very last step.
  let topo = buildTopology(layers) as Topology;

  const ringArea = (ring: number[]): number => {
    const polygon = feature(topo, { type: 'Polygon', arcs: [ring] } as GeometryObject) as Feature;
    const coords = (polygon.geometry as unknown as { coordinates: [number, number][][] }).coordinates[0] ?? [];
    return planarRingArea(coords);
  };

  if (options.minRingArea !== undefined) {
    const minRingArea = options.minRingArea;
    const protectedRings = new Set<string>();
    for (const [name, object] of Object.entries(topo.objects)) {
      for (const geometry of (object as GeometryCollection).geometries) {
        const polygons =
          geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
        const exteriors = polygons.map((p) => p[0]).filter((r): r is number[] => r !== undefined);
        if (options.keepAllRingsOf?.includes(name)) {
          polygons.flat().forEach((r) => protectedRings.add(ringKey(r)));
        } else if (exteriors.length > 0) {
          const largest = exteriors.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
          protectedRings.add(ringKey(largest));
        }
      }
    }
    topo = filter(topo as SimplifyTopology, (ring) => {
      const arcs = ring as unknown as number[];
      return protectedRings.has(ringKey(arcs)) || ringArea(arcs) >= minRingArea;
    }) as Topology;
    for (const [name, object] of Object.entries(topo.objects)) {
      if ((object as GeometryCollection).geometries.some((g) => g.type === null)) {
        fail(`simplify: a feature of "${name}" lost all its rings`);
      }
    }
  }

  const pre = presimplify(topo as SimplifyTopology, planarTriangleArea);
  const arcs = pre.arcs as unknown as ArcPoint[][];
  keepRingsOpen(pre, arcs, options.minWeight);
  const simplified = simplify(pre, options.minWeight);
  return quantize(simplified, options.quantization);
}

/** Promotes the heaviest points of rings that would shrink below 3 distinct points. */
function keepRingsOpen(topo: Topology, arcs: ArcPoint[][], minWeight: number): void {
  const arcOf = (i: number): ArcPoint[] => arcs[i < 0 ? ~i : i] ?? [];
  const kept = (arc: ArcPoint[]): number => arc.filter((p) => p[2] >= minWeight).length;
  const visitRing = (ring: number[]): void => {
    const count = (): number => ring.reduce((n, i) => n + kept(arcOf(i)) - 1, 0) + 1;
    if (count() >= 4) return;
    const candidates = ring
      .flatMap((i) => arcOf(i).slice(1, -1))
      .filter((p) => p[2] < minWeight)
      .sort((a, b) => b[2] - a[2]);
    for (const point of candidates) {
      point[2] = Infinity;
      if (count() >= 4) return;
    }
  };
  for (const object of Object.values(topo.objects as Objects)) {
    for (const geometry of (object as GeometryCollection).geometries) {
      if (geometry.type === 'Polygon') geometry.arcs.forEach(visitRing);
      else if (geometry.type === 'MultiPolygon') geometry.arcs.forEach((p) => p.forEach(visitRing));
    }
  }
}

/** A FeatureCollection from a list of features (helper for typed construction). */
export function collection(features: Feature<Geometry, GeoJsonProperties>[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** Number of positions in every ring of one feature, after decoding (tests, sanity checks). */
export function ringSizes(topology: Topology, objectName: string, id: string): number[] {
  const f = topoFeatures(topology, objectName, 'ringSizes').features.find((x) => String(x.id) === id);
  if (!f) return [];
  return polygonsOf(f.geometry).flatMap((rings) => rings.map((r) => r.length));
}
