// Geometry layers: each returns <use> nodes pointing at paths defined once per page (<defs>),
// so every step's map, static or live, reuses the same geometry and only differs in classes.
import type { Highlight, LayerId, Tone } from '../../scenes/types.ts';
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
    { layer: 'regions', build: regionsLayer },
    { layer: 'rivers', build: riversLayer },
  ],
  city: [{ layer: 'bamako', build: bamakoLayer }],
};
