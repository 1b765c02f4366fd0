// events-2021.json (+ .csv, .geojson downloads): the 2021 dot map of UCDP events.
import { z } from 'zod';
import { compareStrings, fail, jsonFile, readRawText, round, validate } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { formatCsv, parseCsv } from './lib/csv.ts';

export const EVENTS_RAW = 'conflict/events_ucdp_candidate_sahel_2021_2022feb.csv';
export const EVENT_FIELDS = ['id', 'date', 'lon', 'lat', 'best', 'group', 'country', 'type'] as const;

/**
 * UCDP where_prec: 1 exact place, 2 within 25 km of a known place, 3 second-order
 * admin unit (district), 4 first-order unit (region), 5 a wider area or a line
 * (road, river), 6 country. Dots are only honest down to 3.
 */
const MAX_WHERE_PREC = 3;

const int = z.string().regex(/^-?\d+$/, 'expected an integer').transform(Number);
const num = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a number').transform(Number);

const Row = z.object({
  id: int,
  year: int,
  date_start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  violence_type: z.enum(['state-based', 'non-state', 'one-sided']),
  actor_tags: z.string(),
  country: z.enum(['Mali', 'Burkina Faso', 'Niger']),
  latitude: num,
  longitude: num,
  where_prec: int,
  best: int,
});

export type ActorGroup = 'jnim' | 'is' | 'state' | 'militia' | 'other';

/**
 * A coarse actor family for colouring dots, first match wins: JNIM, then the Islamic
 * State branches (Sahel Province, and ISWAP around Lake Chad), then state forces, then
 * militias. An event between JNIM and the army is therefore "jnim": the colour says who
 * the insurgent side was, which is the story's focus.
 */
export function actorGroup(actorTags: string): ActorGroup {
  const tags = actorTags.split(';');
  if (tags.includes('JNIM')) return 'jnim';
  if (tags.includes('IS_Sahel') || tags.includes('ISWAP')) return 'is';
  if (tags.includes('state_forces')) return 'state';
  if (tags.includes('militia')) return 'militia';
  return 'other';
}

export function buildEvents2021(): OutputFile[] {
  const all = validate(parseCsv(readRawText(EVENTS_RAW), EVENTS_RAW), z.array(Row), EVENTS_RAW);
  const year2021 = all.filter((r) => r.year === 2021);
  if (year2021.length === 0) fail(`${EVENTS_RAW}: no 2021 events`);
  const kept = year2021.filter((r) => r.where_prec <= MAX_WHERE_PREC);
  const dropped = year2021.length - kept.length;

  const rows = kept
    .map((r) => ({
      id: r.id,
      date: r.date_start,
      lon: round(r.longitude, 3),
      lat: round(r.latitude, 3),
      best: r.best,
      group: actorGroup(r.actor_tags),
      country: r.country,
      type: r.violence_type,
    }))
    .sort((a, b) => compareStrings(a.date, b.date) || a.id - b.id);

  const note =
    `UCDP Candidate events (preliminary data) dated 2021, in Mali, Burkina Faso and Niger. ` +
    `Kept ${kept.length} of ${year2021.length} events whose location is known to a place, a place within 25 km ` +
    `or a district (where_prec ≤ ${MAX_WHERE_PREC}); dropped ${dropped} located only to a region, a wider area ` +
    'or the whole country. ' +
    'date = date_start; best = UCDP best estimate of deaths; lon/lat rounded to 3 decimals; ' +
    'group = actor family for colour (jnim, is, state, militia, other); type = UCDP violence type.';

  const table = rows.map((r) => EVENT_FIELDS.map((f) => r[f]));
  const geojson = {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      properties: { id: r.id, date: r.date, best: r.best, group: r.group, country: r.country, type: r.type },
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
    })),
  };
  return [
    jsonFile('events-2021.json', { fields: EVENT_FIELDS, rows: table, source: 'DATA_UCDP', note, kept: kept.length, dropped }),
    { path: 'events-2021.csv', content: formatCsv(EVENT_FIELDS, table) },
    jsonFile('events-2021.geojson', geojson),
  ];
}
