// Build-time: the credit and source lines drawn into every downloadable map. Map data credits
// follow what the scene draws; the source line names the publishers the step cites.
import { sources } from '../build/geo-data.ts';
import type { Source } from '../build/geo-data.ts';
import type { ResolvedScene } from '../map/types.ts';

/** Data sources behind each layer, as keys of src/generated/sources.json. */
const LAYER_DATA: Record<string, readonly string[]> = {
  africa: ['DATA_NE'],
  countries: ['DATA_NE'],
  rivers: ['DATA_NE'],
  regions: ['DATA_OCHA'],
  bamako: ['DATA_OCHA', 'DATA_OURAIRPORTS'],
  markers: ['DATA_GEONAMES'],
  events: ['DATA_UCDP'],
};

export function mapCredit(scene: ResolvedScene): string {
  const all = sources();
  const keys = new Set<string>();
  for (const layer of scene.layers) for (const k of LAYER_DATA[layer] ?? []) keys.add(k);
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
