// Build-time: the credit and source lines drawn into every downloadable map. Map data credits
// follow what the scene draws; the source line names the publishers the step cites.
import { places, sources } from '../build/geo-data.ts';
import type { Source } from '../build/geo-data.ts';
import type { ResolvedScene } from '../map/types.ts';

/** Data sources behind each layer, as keys of src/generated/sources.json. Markers are credited
 *  one by one below: a point is a GeoNames city or a place from the fact sheet's table. */
const LAYER_DATA: Record<string, readonly string[]> = {
  africa: ['DATA_NE'],
  countries: ['DATA_NE'],
  rivers: ['DATA_NE'],
  regions: ['DATA_OCHA'],
  bamako: ['DATA_OCHA', 'DATA_OURAIRPORTS'],
  events: ['DATA_UCDP'],
};

export function mapCredit(scene: ResolvedScene): string {
  const all = sources();
  const keys = new Set<string>();
  for (const layer of scene.layers) for (const k of LAYER_DATA[layer] ?? []) keys.add(k);
  for (const m of scene.markers) keys.add(markerSource(m.id));
  if (scene.events) keys.add('DATA_UCDP');
  if (scene.chart?.kind === 'deaths') keys.add('DATA_OWID');
  const credits = [...keys]
    .map((k) => all[k] as (Source & { credit?: string }) | undefined)
    .map((s) => s?.credit ?? s?.publisher).filter((c): c is string => Boolean(c));
  return credits.join(' · ');
}

export function sourceLine(keys: readonly string[]): string {
  const all = sources();
  const publishers = [...new Set(keys.map((k) => all[k]?.publisher).filter((p): p is string => Boolean(p)))];
  return publishers.join('; ');
}

/** Where a marked point comes from: a GeoNames city, a UCDP event's coordinates, or the fact
 *  sheet's table of places (as the steps' source lists say; tests/unit/step-data-sources.test.ts). */
export function markerSource(placeId: string): 'DATA_GEONAMES' | 'DATA_UCDP' | 'DATA_PLACES' {
  const from = places().get(placeId)?.sources ?? [];
  if (from.includes('DATA_GEONAMES')) return 'DATA_GEONAMES';
  if (from.includes('DATA_UCDP')) return 'DATA_UCDP';
  return 'DATA_PLACES';
}
