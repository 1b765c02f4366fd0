// Geometry layers: each returns <use> nodes pointing at paths defined once per page (<defs>),
// so every step's map, static or live, reuses the same geometry and only differs in classes.
import type { Highlight, LayerId, Tone } from '../../scenes/types.ts';
import { LEVELS } from '../../geo/levels.ts';
import { toUnit } from '../../geo/mercator.ts';
import { round } from '../../geo/view.ts';
import { geoId, meshId } from '../types.ts';
import type { GeoIndex, GeoLayerKey, ResolvedScene, VNode } from '../types.ts';

function toneOf(highlights: readonly Highlight[], id: string): Tone | null {
  return highlights.find((h) => h.id === id)?.tone ?? null;
}

function use(layer: GeoLayerKey, id: string, cls: string): VNode {
  return { tag: 'use', key: `${layer}:${id}`, attrs: { href: `#${geoId(layer, id)}`, class: cls } };
}

function mesh(layer: GeoLayerKey, cls: string): VNode {
  return { tag: 'use', key: `${layer}:mesh`, attrs: { href: `#${meshId(layer)}`, class: cls } };
}

/** Filled features, toned by the scene's highlights; untoned features get the base class. */
function fills(index: GeoIndex, layer: GeoLayerKey, highlights: readonly Highlight[], base: string): VNode[] {
  return index.layers[layer].ids.map((id) => {
    const tone = toneOf(highlights, id);
    return use(layer, id, tone ? `${base} tone-${tone}` : base);
  });
}

export function africaLayer(scene: ResolvedScene, index: GeoIndex): VNode[] {
  return [...fills(index, 'africa', scene.highlight.africa, 'land'), mesh('africa', 'border')];
}

export function countriesLayer(scene: ResolvedScene, index: GeoIndex): VNode[] {
  return [...fills(index, 'countries', scene.highlight.countries, 'land'), mesh('countries', 'border')];
}

/**
 * The Sahel as a schematic band, feathered at both edges: it has no agreed border (the fact
 * sheet defines it only as the semi-arid belt between the Sahara and the savanna), so the map
 * must not draw a line a reader could take for one. Five nested bands, lightest outside.
 */
export const SAHEL_BAND = { west: -17.2, east: 40, south: 12, north: 18 } as const;

export function sahelLayer(): VNode[] {
  const level = LEVELS.region;
  const y = (lat: number): number => toUnit([0, lat])[1] * level.scale + level.offset[1];
  const x = (lon: number): number => toUnit([lon, 0])[0] * level.scale + level.offset[0];
  return [0, 1, 2, 3, 4].map((i) => {
    const inset = i * 0.7; // degrees of latitude trimmed from each edge per band
    const top = y(SAHEL_BAND.north - inset);
    const bottom = y(SAHEL_BAND.south + inset);
    return {
      tag: 'rect',
      key: `sahel:${i}`,
      attrs: { class: 'sahel-band', x: round(x(SAHEL_BAND.west), 1), y: round(top, 1), width: round(x(SAHEL_BAND.east) - x(SAHEL_BAND.west), 1), height: round(bottom - top, 1) },
    };
  });
}

export function regionsLayer(scene: ResolvedScene, index: GeoIndex): VNode[] {
  // Only toned regions are filled, so a scene can show Mali's regions over a plain country.
  const toned = index.layers.regions.ids.filter((id) => toneOf(scene.highlight.regions, id));
  return [
    ...toned.map((id) => use('regions', id, `region tone-${toneOf(scene.highlight.regions, id)}`)),
    mesh('regions', 'region-border'),
  ];
}

export function riversLayer(scene: ResolvedScene, index: GeoIndex): VNode[] {
  const lakes = index.layers.lakes.ids.map((id) => use('lakes', id, 'lake'));
  const rivers = index.layers.rivers.ids.map((id) => {
    const tone = toneOf(scene.highlight.rivers, id);
    return use('rivers', id, tone ? `river tone-${tone}` : 'river');
  });
  return [...lakes, ...rivers];
}

export function bamakoLayer(scene: ResolvedScene, index: GeoIndex): VNode[] {
  return [
    ...index.layers.district.ids.map((id) => use('district', id, 'district')),
    ...fills(index, 'communes', scene.highlight.communes, 'commune'),
    mesh('communes', 'commune-border'),
    ...index.layers.bamakoRiver.ids.map((id) => use('bamakoRiver', id, 'river river-city')),
    ...index.layers.runway.ids.map((id) => use('runway', id, 'runway')),
  ];
}

export const LEVEL_LAYERS: Record<'africa' | 'region' | 'city', readonly { layer: LayerId; build: typeof africaLayer }[]> = {
  africa: [{ layer: 'africa', build: africaLayer }],
  region: [
    { layer: 'countries', build: countriesLayer },
    { layer: 'sahel', build: sahelLayer },
    { layer: 'regions', build: regionsLayer },
    { layer: 'rivers', build: riversLayer },
  ],
  city: [{ layer: 'bamako', build: bamakoLayer }],
};
