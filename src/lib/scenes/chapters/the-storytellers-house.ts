// Chapter 7 — the storyteller's own house: back to Bamako and the two attack sites of
// 17 September 2024; why, in Thurston's view, the attack damaged the junta's story; the aftermath.
import { defineScene } from '../base.ts';
import { COUNTRY, REGION, SAHEL_THREE } from '../ids.ts';
import type { Marker, SceneState } from '../types.ts';

/** The two targets, as in the cold open. The Faladié point is approximate (±2 km, unsourced). */
const school: Marker = {
  place: 'faladie_gendarmerie_school',
  kind: 'site',
  label: true,
  priority: 9,
  approximateKm: 2,
  labelKey: 'place.faladie.approx',
};
const airBase: Marker = { place: 'bko_airport', kind: 'site', label: true, priority: 9, labelKey: 'place.airbase101' };

const bamakoLayers = ['countries', 'bamako', 'markers', 'labels'] as const;
const sitesLegend = [
  { swatch: 'site', labelKey: 'legend.attackSite' },
  { swatch: 'approximate', labelKey: 'legend.approximateArea' },
] as const;
const river = { textKey: 'map.niger', at: [-8.035, 12.615] as const, kind: 'water' as const };

export const theStorytellersHouse: SceneState[] = [
  defineScene('back-to-bamako', {
    camera: 'bamako',
    layers: bamakoLayers,
    highlight: { regions: [{ id: REGION.bamako, tone: 'context' }] },
    markers: [
      { ...school, pulse: true },
      { ...airBase, pulse: true },
    ],
    labels: [river],
    legend: sitesLegend,
    captionKey: 'caption.faladieApprox',
  }),
  defineScene('a-story-told-in-bamako', {
    camera: 'mali',
    highlight: {
      countries: [{ id: COUNTRY.mali, tone: 'muted' }],
      regions: [{ id: REGION.bamako, tone: 'focus' }],
    },
    // Where the story was told (Bamako, pulsing) against where the war was fought: the 2021
    // UCDP events with JNIM or the Islamic State, which barely reach the capital's region.
    layers: ['africa', 'countries', 'regions', 'events', 'markers', 'labels'],
    events: { year: 2021, groups: ['jnim', 'is'] },
    markers: [{ place: 'bamako', kind: 'capital', label: true, priority: 10, pulse: true }],
    labels: [{ feature: { layer: 'countries', id: COUNTRY.mali }, kind: 'country', priority: 5 }],
    legend: [{ swatch: 'event', labelKey: 'legend.jihadistEvents2021' }],
  }),
  defineScene('after-the-attack', {
    camera: 'bamako',
    layers: bamakoLayers,
    highlight: { regions: [{ id: REGION.bamako, tone: 'muted' }] },
    markers: [school, airBase],
    labels: [river],
    legend: sitesLegend,
    captionKey: 'caption.cattleMarketsNotMapped',
  }),
  defineScene('no-change-soon', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const })) },
    markers: [
      { place: 'bamako', kind: 'capital', label: true, priority: 9, pulse: true },
      { place: 'ouagadougou', kind: 'capital', label: true, priority: 7 },
      { place: 'niamey', kind: 'capital', label: true, priority: 7 },
    ],
    labels: SAHEL_THREE.map((id) => ({ feature: { layer: 'countries' as const, id }, kind: 'country' as const, priority: 5 })),
    legend: [{ swatch: 'focus', labelKey: 'legend.threeCountries' }],
  }),
];
