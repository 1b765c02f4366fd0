// geo/bamako.topo.json: the city map of the 17 September 2024 attack.
import { z } from 'zod';
import type { Feature, Geometry } from 'geojson';
import { compareStrings, fail, jsonFile, readRawJson } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { assertD3Winding, collection, simplifyLayers } from './lib/geo.ts';
import { featureCollection } from './lib/schemas.ts';

export const BAMAKO_FILE = 'geo/bamako.topo.json';

/**
 * Light touch: at Bamako's latitude 1 deg² ≈ 12 000 km², so 1e-8 deg² is a triangle of
 * about 120 m²: only near-collinear points of the 6-decimal COD outlines go. Unsimplified
 * the topology is ≈ 13 KB; this gives ≈ 10 KB (target ≤ 25 KB), borders still shared.
 */
const MIN_WEIGHT = 1e-8;

function district(): Feature[] {
  const raw = 'geo/bamako_district_ocha2021.geojson';
  const fc = readRawJson(raw, featureCollection(z.object({ ADM1_PCODE: z.string(), ADM1_FR: z.string() })));
  const ml09 = fc.features.filter((f) => f.properties.ADM1_PCODE === 'ML09');
  if (ml09.length !== 1) fail(`${raw}: expected one ML09 feature, found ${ml09.length}`);
  return ml09.map((f) => ({ type: 'Feature', id: 'ML09', properties: { name: 'Bamako' }, geometry: f.geometry as Geometry }));
}

function communes(): Feature[] {
  const raw = 'geo/bamako_communes_ocha2021.geojson';
  const fc = readRawJson(raw, featureCollection(z.object({ ADM3_PCODE: z.string().regex(/^ML0901\d{2}$/), ADM3_FR: z.string().min(1) })));
  if (fc.features.length !== 6) fail(`${raw}: expected 6 communes, found ${fc.features.length}`);
  return fc.features
    .map((f) => ({
      type: 'Feature' as const,
      id: f.properties.ADM3_PCODE,
      properties: { name: f.properties.ADM3_FR },
      geometry: f.geometry as Geometry,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function river(): Feature[] {
  const raw = 'geo/bamako_niger_river_derived.geojson';
  const fc = readRawJson(raw, featureCollection(z.object({ name: z.string() })));
  if (fc.features.length !== 1 || fc.features[0]?.geometry.type !== 'LineString') {
    fail(`${raw}: expected a single LineString`);
  }
  // The line is the shared boundary of the left- and right-bank communes, so it stands
  // for the river's course, not its width (see data/README.md).
  return fc.features.map((f) => ({
    type: 'Feature',
    id: 'niger',
    properties: { name: 'Niger', name_fr: 'Niger', derived: true },
    geometry: f.geometry as Geometry,
  }));
}

function runway(): Feature[] {
  const raw = 'geo/bamako_airport_ourairports.geojson';
  const fc = readRawJson(
    raw,
    featureCollection(
      z.object({ kind: z.string(), airport_ident: z.string().optional(), runway: z.string().optional(), length_ft: z.number().optional() }),
    ),
  );
  const runways = fc.features.filter((f) => f.properties.kind === 'runway' && f.properties.airport_ident === 'GABS');
  const gabs = runways[0];
  if (runways.length !== 1 || !gabs || gabs.geometry.type !== 'LineString' || gabs.properties.runway !== '06/24') {
    fail(`${raw}: expected one GABS 06/24 runway LineString`);
  }
  return [
    {
      type: 'Feature',
      id: 'GABS-06-24',
      properties: { airport: 'GABS', runway: '06/24', length_ft: gabs.properties.length_ft ?? null },
      geometry: gabs.geometry as Geometry,
    },
  ];
}

export function bamakoLayers(): Record<string, ReturnType<typeof collection>> {
  return {
    district: collection(district()),
    communes: collection(communes()),
    river: collection(river()),
    runway: collection(runway()),
  };
}

export function buildBamako(): OutputFile[] {
  const topo = simplifyLayers(bamakoLayers(), { minWeight: MIN_WEIGHT, quantization: 1e5 });
  assertD3Winding(topo, BAMAKO_FILE);
  return [jsonFile(BAMAKO_FILE, topo)];
}
