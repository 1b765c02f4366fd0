// Chapter 5 — the juntas: the second coup and Wagner, Moura, the coups next door, the UN's exit,
// Kidal retaken and the Algiers Accord ended, the Alliance of Sahel States, Tinzaouaten, and
// Thurston's reading of how the junta treats different places (attributed in the step text).
import { defineScene } from '../base.ts';
import { COUNTRY, NORTHERN_REGIONS, SAHEL_THREE } from '../ids.ts';
import type { LayerId, MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8, labelKey?: string, pulse = false): Marker => ({
  place,
  kind: 'capital',
  label: true,
  priority,
  pulse,
  ...(labelKey ? { labelKey } : {}),
});
const city = (place: string, priority = 5, labelKey?: string): Marker => ({
  place,
  kind: 'city',
  label: true,
  priority,
  ...(labelKey ? { labelKey } : {}),
});
const event = (place: string, labelKey: string, priority = 8, pulse = false): Marker => ({
  place,
  kind: 'event',
  label: true,
  priority,
  labelKey,
  pulse,
});
const countryLabel = (id: string, priority = 4): MapLabel => ({ feature: { layer: 'countries', id }, kind: 'country', priority });

const mapLayers: readonly LayerId[] = ['africa', 'countries', 'regions', 'rivers', 'markers', 'labels'];
const allyThree = SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const }));

export const theJuntas: SceneState[] = [
  defineScene('second-coup-and-wagner', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'focus' }] },
    markers: [capital('bamako', 9, 'map.bamako.coup2021', true)],
    labels: [
      countryLabel(COUNTRY.mali, 6),
      countryLabel(COUNTRY.algeria, 3),
      countryLabel(COUNTRY.niger, 3),
      countryLabel(COUNTRY.burkinaFaso, 3),
    ],
    legend: [{ swatch: 'capital', labelKey: 'legend.coup2021' }],
  }),
  defineScene('moura', {
    camera: 'central-mali',
    layers: mapLayers,
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'muted' }], rivers: [{ id: 'niger', tone: 'context' }] },
    markers: [{ place: 'moura', kind: 'site', label: true, priority: 9, pulse: true, labelKey: 'map.moura.2022' }, city('mopti', 6), city('sevare', 4), city('djenne', 4)],
    labels: [],
    legend: [{ swatch: 'site', labelKey: 'legend.moura' }],
    captionKey: 'caption.mouraTolls',
  }),
  defineScene('coups-next-door', {
    camera: 'sahel',
    highlight: {
      countries: [
        { id: COUNTRY.mali, tone: 'context' },
        { id: COUNTRY.burkinaFaso, tone: 'focus' },
        { id: COUNTRY.niger, tone: 'focus' },
      ],
    },
    markers: [
      capital('ouagadougou', 9, 'map.ouagadougou.coups2022', true),
      capital('niamey', 9, 'map.niamey.coup2023', true),
      capital('bamako', 7, 'map.bamako.coups20202021'),
    ],
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: [
      { swatch: 'focus', labelKey: 'legend.coups20222023' },
      { swatch: 'context', labelKey: 'legend.maliJunta' },
    ],
  }),
  defineScene('un-leaves-accord-ends', {
    camera: 'mali-north',
    layers: mapLayers,
    highlight: { regions: NORTHERN_REGIONS.map((id) => ({ id, tone: 'context' as const })) },
    markers: [
      event('kidal', 'map.kidal.retaken2023', 9, true),
      event('tessalit', 'map.tessalit.fell2023', 7),
      city('gao', 5),
      city('timbuktu', 5),
      city('menaka', 5),
    ],
    labels: [countryLabel(COUNTRY.algeria, 4), countryLabel(COUNTRY.niger, 3)],
    legend: [
      { swatch: 'event', labelKey: 'legend.takenByArmy2023' },
      { swatch: 'context', labelKey: 'legend.northernRegions' },
    ],
  }),
  defineScene('alliance-of-sahel-states', {
    camera: 'sahel',
    highlight: { countries: allyThree },
    markers: [
      capital('niamey', 9, 'map.niamey.confederation', true),
      capital('bamako', 7),
      capital('ouagadougou', 7),
    ],
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: [
      { swatch: 'focus', labelKey: 'legend.aes' },
      { swatch: 'capital', labelKey: 'legend.capital' },
    ],
  }),
  defineScene('tinzaouaten', {
    camera: 'mali-north',
    layers: mapLayers,
    highlight: {
      countries: [
        { id: COUNTRY.mali, tone: 'muted' },
        { id: COUNTRY.algeria, tone: 'context' },
      ],
    },
    markers: [event('tinzaouaten', 'map.tinzaouaten.2024', 9, true), city('kidal', 5), city('tessalit', 4)],
    labels: [countryLabel(COUNTRY.algeria, 6), countryLabel(COUNTRY.mali, 4)],
    legend: [{ swatch: 'event', labelKey: 'legend.tinzaouaten' }],
    captionKey: 'caption.tinzaouatenClaims',
  }),
  defineScene('crackdowns-and-neglect', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'muted' }] },
    markers: [
      { place: 'moura', kind: 'site', label: true, priority: 7, labelKey: 'map.moura.short' },
      event('kidal', 'map.kidal.short', 7),
      event('tinzaouaten', 'map.tinzaouaten.short', 7),
      capital('bamako', 9, undefined, true),
    ],
    labels: [countryLabel(COUNTRY.algeria, 3), countryLabel(COUNTRY.niger, 3)],
    legend: [
      { swatch: 'site', labelKey: 'legend.massacre' },
      { swatch: 'event', labelKey: 'legend.fightingNorth' },
      { swatch: 'capital', labelKey: 'legend.capital' },
    ],
  }),
];
