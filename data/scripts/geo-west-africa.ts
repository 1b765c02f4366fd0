// geo/west-africa.topo.json: the main map (countries, Mali's regions, rivers, lakes).
import { z } from 'zod';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { compareStrings, fail, jsonFile, readRawJson, validate } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { areaKm2, assertD3Winding, collection, polygonsOf, simplifyLayers, topoFeatures } from './lib/geo.ts';
import { featureCollection, topology } from './lib/schemas.ts';
import { slugify } from './lib/slug.ts';

export const WEST_AFRICA_FILE = 'geo/west-africa.topo.json';

/** Rivers worth drawing around Mali, by their Natural Earth `name_en`. */
export const RIVERS_EN = ['Niger', 'Senegal', 'Bafing', 'Black Volta', 'White Volta', 'Volta', 'Benue'] as const;

/** NE's lake names are short ("Chad"); the map labels need the full names. */
const LAKE_NAMES: Record<string, { name_en: string; name_fr: string }> = {
  'Lake Chad': { name_en: 'Lake Chad', name_fr: 'Lac Tchad' },
  'Lake Volta': { name_en: 'Lake Volta', name_fr: 'Lac Volta' },
  'Kainji Reservoir': { name_en: 'Kainji Reservoir', name_fr: 'Lac de Kainji' },
};

/**
 * Planar weight threshold (degrees²) for the whole topology, tuned for ≤ ~60 KB with
 * quantization 1e5 (which is kept high because the map zooms to single regions).
 * Islands smaller than MIN_RING_AREA are dropped from countries (never from regions).
 */
const MIN_WEIGHT = 0.0003;
const MIN_RING_AREA = 0.002;

/** Mali's area is ~1.24 million km²; the regions must add up to it (catches bad winding/units). */
const MALI_KM2 = 1_240_000;

function countriesLayer(): Feature[] {
  const raw = 'geo/countries_50m.topojson';
  const topo = readRawJson(raw, topology(['countries'])) as unknown as Topology;
  const fc = validate(
    topoFeatures(topo, 'countries', raw),
    featureCollection(
      z.object({ name: z.string().min(1), name_fr: z.string().min(1), iso_n3: z.string().regex(/^\d{3}$/), iso_a3: z.string().regex(/^[A-Z]{3}$/) }),
    ),
    raw,
  );
  return fc.features
    .map((f) => ({
      type: 'Feature' as const,
      id: f.properties.iso_n3,
      properties: { name: f.properties.name, name_fr: f.properties.name_fr, iso_a3: f.properties.iso_a3 },
      geometry: f.geometry as Geometry,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function regionsLayer(): Feature[] {
  const raw = 'geo/mali_admin1_ocha2021.topojson';
  const topo = readRawJson(raw, topology(['mali_admin1'])) as unknown as Topology;
  const fc = validate(
    topoFeatures(topo, 'mali_admin1', raw),
    featureCollection(z.object({ ADM1_PCODE: z.string().regex(/^ML\d{2}$/), name: z.string().min(1), name_en: z.string().min(1) })),
    raw,
  );
  if (fc.features.length !== 10) fail(`${raw}: expected 10 regions, found ${fc.features.length}`);
  const features = fc.features
    .map((f) => {
      const geometry = f.geometry as Geometry;
      // Area from the input geometry, before this build simplifies it, so the figure
      // does not depend on the simplification settings.
      const area = areaKm2(geometry);
      if (area > 2 * Math.PI * 6371 ** 2) fail(`${raw}: ${f.properties.ADM1_PCODE} is wound the wrong way for d3`);
      return {
        type: 'Feature' as const,
        id: f.properties.ADM1_PCODE,
        properties: { name: f.properties.name, name_en: f.properties.name_en, area_km2: Math.round(area) },
        geometry,
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
  const total = features.reduce((sum, f) => sum + f.properties.area_km2, 0);
  if (Math.abs(total - MALI_KM2) / MALI_KM2 > 0.03) fail(`${raw}: regions add up to ${total} km², expected ≈ ${MALI_KM2}`);
  return features;
}

function riversLayer(): Feature[] {
  const raw = 'geo/rivers_ne50m.geojson';
  const fc = readRawJson(raw, featureCollection(z.object({ name_en: z.string().nullable(), name_fr: z.string().nullable() })));
  const byName = new Map<string, { name_fr: string; lines: Position[][] }>();
  for (const f of fc.features) {
    const nameEn = f.properties.name_en;
    if (nameEn === null || !(RIVERS_EN as readonly string[]).includes(nameEn)) continue;
    const nameFr = f.properties.name_fr ?? nameEn;
    const entry = byName.get(nameEn) ?? { name_fr: nameFr, lines: [] };
    if (entry.name_fr !== nameFr) fail(`${raw}: river ${nameEn} has two French names (${entry.name_fr}, ${nameFr})`);
    // NE splits a river into several features (by scale rank); merge them into one
    // MultiLineString so the map has exactly one feature per river.
    if (f.geometry.type === 'LineString') entry.lines.push(f.geometry.coordinates);
    else if (f.geometry.type === 'MultiLineString') entry.lines.push(...f.geometry.coordinates);
    else fail(`${raw}: river ${nameEn} is a ${f.geometry.type}`);
    byName.set(nameEn, entry);
  }
  const missing = RIVERS_EN.filter((n) => !byName.has(n));
  if (missing.length) fail(`${raw}: rivers not found: ${missing.join(', ')}`);
  return [...byName.entries()]
    .map(([nameEn, { name_fr, lines }]) => ({
      type: 'Feature' as const,
      id: slugify(nameEn),
      properties: { name_en: nameEn, name_fr },
      geometry: { type: 'MultiLineString', coordinates: lines } satisfies MultiLineString,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function lakesLayer(): Feature[] {
  const raw = 'geo/lakes_ne50m.geojson';
  const fc = readRawJson(raw, featureCollection(z.object({ name: z.string().min(1) })));
  const byName = new Map<string, Position[][][]>();
  for (const f of fc.features) {
    if (!LAKE_NAMES[f.properties.name]) fail(`${raw}: no display names for lake "${f.properties.name}" (add it to LAKE_NAMES)`);
    byName.set(f.properties.name, [...(byName.get(f.properties.name) ?? []), ...polygonsOf(f.geometry as Geometry)]);
  }
  return [...byName.entries()]
    .map(([name, polygons]) => ({
      type: 'Feature' as const,
      id: slugify(name),
      properties: LAKE_NAMES[name] as { name_en: string; name_fr: string },
      geometry: { type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** The four layers before simplification (exported for tuning and tests). */
export function westAfricaLayers(): Record<string, FeatureCollection> {
  return {
    countries: collection(countriesLayer()),
    mali_regions: collection(regionsLayer()),
    rivers: collection(riversLayer()),
    lakes: collection(lakesLayer()),
  };
}

export function buildWestAfrica(): OutputFile[] {
  const topo = simplifyLayers(
    westAfricaLayers(),
    { minWeight: MIN_WEIGHT, minRingArea: MIN_RING_AREA, keepAllRingsOf: ['mali_regions'], quantization: 1e5 },
  );
  assertD3Winding(topo, WEST_AFRICA_FILE);
  return [jsonFile(WEST_AFRICA_FILE, topo)];
}
