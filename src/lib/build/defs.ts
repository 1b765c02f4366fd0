// Build-time: the page's shared geometry. Every feature is projected once into its level's
// coordinate space and written as a <path id> inside <defs>; maps reference it with <use>.
import { geoCentroid, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LEVELS } from '../geo/levels.ts';
import type { LevelId } from '../geo/levels.ts';
import { levelProjection } from '../geo/projection.ts';
import { geoId, meshId } from '../map/types.ts';
import type { GeoIndex, GeoLayerKey } from '../map/types.ts';
import { topology } from './geo-data.ts';

interface LayerSource {
  key: GeoLayerKey;
  level: LevelId;
  topo: Topology;
  object: string;
  /** Draw shared internal borders once, as a mesh. */
  mesh?: boolean;
}

export interface FeatureInfo {
  id: string;
  name: string;
  name_fr: string | null;
  /** Where a feature's name label goes. */
  labelAt: [number, number];
  /** The feature itself (build time only), to find a label point inside a camera's view. */
  geometry: GeoPermissibleObjects;
}

/** Label points where the centroid reads badly (e.g. clipped countries). */
const LABEL_AT: Record<string, [number, number]> = {
  'countries:012': [2.5, 25.5], // Algeria, clipped at 28°N
  'countries:478': [-10.5, 20], // Mauritania
  'countries:566': [8, 10], // Nigeria
  'countries:148': [18.5, 16], // Chad
  'countries:854': [-0.9, 13.3], // Burkina Faso: its centroid is on Ouagadougou, whose label wins; at 13.4 the name ran into Mali
  'regions:ML06': [-3.6, 19.8], // Tombouctou
  'regions:ML01': [-10.6, 14.2], // Kayes
  'regions:ML02': [-7.6, 14.4], // Koulikoro
  'regions:ML04': [-5.5, 13.4], // Ségou: its centroid falls between the Koulikoro and Mopti labels
};

export interface GeoBundle {
  defs: string;
  index: GeoIndex;
  features: Map<string, FeatureInfo>;
}

let cached: GeoBundle | null = null;

export function geoBundle(): GeoBundle {
  cached ??= buildGeoBundle();
  return cached;
}

function buildGeoBundle(): GeoBundle {
  const africa = topology('africa');
  const west = topology('west-africa');
  const bamako = topology('bamako');
  const sources: LayerSource[] = [
    { key: 'africa', level: 'africa', topo: africa, object: 'countries', mesh: true },
    { key: 'countries', level: 'region', topo: west, object: 'countries', mesh: true },
    { key: 'regions', level: 'region', topo: west, object: 'mali_regions', mesh: true },
    { key: 'rivers', level: 'region', topo: west, object: 'rivers' },
    { key: 'lakes', level: 'region', topo: west, object: 'lakes' },
    { key: 'district', level: 'city', topo: bamako, object: 'district' },
    { key: 'communes', level: 'city', topo: bamako, object: 'communes', mesh: true },
    { key: 'bamakoRiver', level: 'city', topo: bamako, object: 'river' },
    { key: 'runway', level: 'city', topo: bamako, object: 'runway' },
  ];
  const paths: string[] = [];
  const layers = {} as Record<GeoLayerKey, { level: LevelId; ids: string[] }>;
  const features = new Map<string, FeatureInfo>();

  for (const src of sources) {
    const level = LEVELS[src.level];
    const path = geoPath(levelProjection(level.scale, level.offset)).digits(1);
    const obj = src.topo.objects[src.object] as GeometryCollection | undefined;
    if (!obj) throw new Error(`generated topology lacks object "${src.object}"`);
    const fc = feature(src.topo, obj);
    const ids: string[] = [];
    for (const f of fc.features) {
      const id = String(f.id ?? '');
      if (!id) throw new Error(`feature without id in ${src.key}`);
      const d = path(f as GeoPermissibleObjects);
      if (!d) continue; // outside the projection, nothing to draw
      ids.push(id);
      paths.push(`<path id="${geoId(src.key, id)}" d="${d}"></path>`);
      const props = (f.properties ?? {}) as Record<string, unknown>;
      const key = `${src.key}:${id}`;
      features.set(key, {
        id,
        name: String(props['name'] ?? props['name_en'] ?? id),
        name_fr: typeof props['name_fr'] === 'string' ? props['name_fr'] : null,
        labelAt: LABEL_AT[key] ?? (geoCentroid(f as GeoPermissibleObjects) as [number, number]),
        geometry: f as GeoPermissibleObjects,
      });
    }
    layers[src.key] = { level: src.level, ids };
    if (src.mesh) {
      const m = mesh(src.topo, obj, (a, b) => a !== b);
      const d = path(m);
      if (d) paths.push(`<path id="${meshId(src.key)}" d="${d}"></path>`);
    }
  }
  const defs = `<svg class="geo-defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>${paths.join('')}</defs></svg>`;
  return { defs, index: { layers }, features };
}

