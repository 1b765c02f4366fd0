// Every step lists, among its sources, the dataset behind everything its map draws: each point
// (a GeoNames city, or a place from the fact sheet's table of places), the runway (OurAirports),
// the boundaries (Natural Earth, OCHA), the UCDP events and the yearly deaths. A reader who opens
// a step's sources can then trace every dot on its map (Djenné on the Moura map is GeoNames').
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { places } from '../../src/lib/build/geo-data.ts';
import { scene } from '../../src/lib/scenes/index.ts';
import type { SceneState } from '../../src/lib/scenes/types.ts';

const ROOT = new URL('../../src/content/steps/', import.meta.url).pathname;

interface Step {
  file: string;
  id: string;
  scene: string;
  sources: string[];
}

function steps(lang: 'en' | 'fr'): Step[] {
  const dir = join(ROOT, lang);
  return readdirSync(dir).flatMap((chapter) =>
    readdirSync(join(dir, chapter)).map((f) => {
      const text = readFileSync(join(dir, chapter, f), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Omit<Step, 'file'>;
      return { ...data, file: `${lang}/${chapter}/${f}` };
    }),
  );
}

/** The data-source keys a scene's picture needs, each with what on the map needs it. */
export function neededSources(s: SceneState): Map<string, string> {
  const need = new Map<string, string>();
  const add = (key: string, why: string): void => void need.set(key, need.has(key) ? `${need.get(key)}, ${why}` : why);
  for (const m of s.markers) {
    const p = places().get(m.place);
    if (!p) throw new Error(`${s.id}: unknown place ${m.place}`);
    if (p.sources.includes('DATA_GEONAMES')) add('DATA_GEONAMES', m.place);
    else add('DATA_PLACES', m.place);
  }
  if (s.layers.includes('africa') || s.layers.includes('countries') || s.layers.includes('rivers')) add('DATA_NE', 'countries and rivers');
  if (s.layers.includes('regions')) add('DATA_OCHA', 'Mali’s regions');
  if (s.layers.includes('bamako')) {
    add('DATA_OCHA', 'Bamako’s communes');
    add('DATA_OURAIRPORTS', 'the runway');
  }
  if (s.events) add('DATA_UCDP', 'UCDP events');
  if (s.chart?.kind === 'deaths') add('DATA_OWID', 'yearly deaths');
  return need;
}

describe('every step cites the data behind its map', () => {
  for (const lang of ['en', 'fr'] as const) {
    const list = steps(lang);
    it(`${lang}: all ${list.length} steps`, () => {
      expect(list.length).toBeGreaterThan(40);
      const missing: string[] = [];
      for (const step of list) {
        for (const [key, why] of neededSources(scene(step.scene))) {
          if (!step.sources.includes(key)) missing.push(`${step.file}: add ${key} (${why})`);
        }
      }
      expect(missing, missing.join('\n')).toEqual([]);
    });
  }

  it('tells a GeoNames point from a fact-sheet point', () => {
    const need = neededSources({ ...scene('moura'), markers: [{ place: 'djenne', kind: 'city' }, { place: 'moura', kind: 'site' }] });
    expect(need.get('DATA_GEONAMES')).toBe('djenne');
    expect(need.get('DATA_PLACES')).toBe('moura');
  });
});
