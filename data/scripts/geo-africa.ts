// geo/africa.topo.json: the continental locator map (Natural Earth 1:110m via world-atlas).
import { z } from 'zod';
import type { Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { compareStrings, fail, jsonFile, readRawJson, validate } from './lib/io.ts';
import { slugify } from './lib/slug.ts';
import type { OutputFile } from './lib/io.ts';
import { assertD3Winding, collection, geometryIntersectsRect, simplifyLayers, topoFeatures } from './lib/geo.ts';
import type { Rect } from './lib/geo.ts';
import { featureCollection, topology } from './lib/schemas.ts';

export const AFRICA_FILE = 'geo/africa.topo.json';
export const AFRICA_RAW = 'geo/world-atlas/countries-110m.json';

/** Africa plus the edges of Europe and the Middle East that show in the frame. */
export const AFRICA_RECT: Rect = [-26, -38, 60, 40];

/**
 * Tuned by hand (planar, degrees²). The 1:110m data is already coarse: unsimplified the
 * subset is ≈ 27 KB; 0.1 gives ≈ 22 KB (target ≤ 25 KB) and still leaves Gambia 10
 * points, Togo 13 and Benin 15, enough to recognise them (0.2 flattens Gambia to 7).
 * Rings under 0.3 deg² (tiny islands) are dropped, except each country's largest ring.
 */
const MIN_WEIGHT = 0.1;
const MIN_RING_AREA = 0.3;

export function buildAfrica(): OutputFile[] {
  const world = readRawJson(AFRICA_RAW, topology(['countries'])) as unknown as Topology;
  const countries = validate(
    topoFeatures(world, 'countries', AFRICA_RAW),
    featureCollection(z.object({ name: z.string().min(1) })),
    `${AFRICA_RAW} countries`,
  );

  const features = countries.features
    .filter((f) => geometryIntersectsRect(f.geometry, AFRICA_RECT))
    .map((f) => ({
      type: 'Feature' as const,
      // world-atlas's ISO 3166-1 numeric id. Territories without an ISO code have no id
      // there ("Somaliland" and "N. Cyprus" in this frame); the map code needs one id
      // per feature, so they get a slug of their name instead ("somaliland", "n-cyprus").
      id: f.id === undefined ? slugify(f.properties.name) : String(f.id),
      properties: { name: f.properties.name },
      geometry: f.geometry as Geometry,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
  if (features.length < 50) fail(`${AFRICA_FILE}: only ${features.length} countries intersect the frame`);
  const dup = features.find((f, i) => features[i - 1]?.id === f.id);
  if (dup) fail(`${AFRICA_FILE}: duplicate feature id ${dup.id}`);

  const topo = simplifyLayers({ countries: collection(features) }, {
    minWeight: MIN_WEIGHT,
    minRingArea: MIN_RING_AREA,
    quantization: 1e4,
  });
  assertD3Winding(topo, AFRICA_FILE);
  return [jsonFile(AFRICA_FILE, topo)];
}
