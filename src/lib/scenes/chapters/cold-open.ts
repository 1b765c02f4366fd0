// Chapter 1 — the cold open: 17 September 2024, from the continent down to two sites in Bamako.
import { defineScene } from '../base.ts';
import { COUNTRY } from '../ids.ts';
import type { MapLabel, Marker, SceneState } from '../types.ts';

const bamakoCity: Marker = { place: 'bamako', kind: 'capital', label: true, priority: 10 };

/** The two targets of 17 September 2024. The Faladié point is approximate (±2 km, unsourced). */
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

/** Bamako's six communes (OCHA P-codes ML090101–ML090106), named on the city maps. */
const communeLabels: MapLabel[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  feature: { layer: 'communes', id: `ML09010${n}` },
  kind: 'region',
  priority: 2,
}));
const sitesLegend = [
  { swatch: 'site', labelKey: 'legend.attackSite' },
  { swatch: 'approximate', labelKey: 'legend.approximateArea' },
] as const;

export const coldOpen: SceneState[] = [
  defineScene('before-dawn', {
    camera: 'africa',
    layers: ['africa', 'markers', 'labels'],
    highlight: { africa: [{ id: COUNTRY.mali, tone: 'focus' }] },
    markers: [{ ...bamakoCity, pulse: true }],
    labels: [{ feature: { layer: 'africa', id: COUNTRY.mali }, kind: 'country', priority: 5 }],
    legend: [{ swatch: 'focus', labelKey: 'legend.mali' }],
  }),
  defineScene('mali-from-above', {
    camera: 'west-africa',
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'focus' }] },
    markers: [{ ...bamakoCity, pulse: true }],
    labels: [
      { feature: { layer: 'countries', id: COUNTRY.mali }, kind: 'country', priority: 8 },
      { feature: { layer: 'countries', id: COUNTRY.burkinaFaso }, kind: 'country' },
      { feature: { layer: 'countries', id: COUNTRY.niger }, kind: 'country' },
      { feature: { layer: 'countries', id: COUNTRY.algeria }, kind: 'country' },
      { feature: { layer: 'countries', id: COUNTRY.mauritania }, kind: 'country' },
    ],
    legend: [{ swatch: 'focus', labelKey: 'legend.mali' }],
  }),
  defineScene('two-targets', {
    camera: 'bamako',
    layers: bamakoLayers,
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'muted' }] },
    markers: [school, airBase],
    labels: [{ textKey: 'map.niger', at: [-8.035, 12.615], kind: 'water' }, ...communeLabels],
    legend: sitesLegend,
    captionKey: 'caption.faladieApprox',
  }),
  defineScene('gendarmerie-school', {
    camera: 'faladie',
    layers: bamakoLayers,
    highlight: { communes: [{ id: 'ML090106', tone: 'context' }] },
    markers: [{ ...school, pulse: true }],
    // South-east of the ±2 km circle, clear of it at phone and desktop zooms.
    labels: [{ textKey: 'map.communeVI', at: [-7.935, 12.572], kind: 'area' }],
    legend: sitesLegend,
    captionKey: 'caption.faladieApprox',
  }),
  defineScene('air-base-101', {
    camera: 'airport',
    layers: bamakoLayers,
    highlight: { communes: [{ id: 'ML090106', tone: 'context' }] },
    markers: [{ ...airBase, pulse: true }],
    // Below and left of the runway's south-west end (OurAirports GABS 06/24 runs from
    // -7.9604,12.5268 to -7.9395,12.5403): a screen offset keeps it beside the line at any zoom.
    labels: [{ textKey: 'map.runway', at: [-7.9604, 12.5268], offset: [-30, 20], kind: 'note' }],
    legend: [{ swatch: 'site', labelKey: 'legend.attackSite' }],
    captionKey: 'caption.airbaseApprox',
  }),
  defineScene('counting-the-dead', {
    camera: 'bamako',
    layers: bamakoLayers,
    markers: [school, airBase],
    chart: { kind: 'toll' },
    legend: sitesLegend,
  }),
  // The attack came a day after the Alliance of Sahel States' first anniversary: the capital of
  // one of its three members, struck.
  defineScene('why-it-mattered', {
    camera: 'sahel',
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'focus' }, { id: COUNTRY.burkinaFaso, tone: 'focus' }, { id: COUNTRY.niger, tone: 'focus' }] },
    markers: [
      { place: 'bamako', kind: 'site', label: true, priority: 10, pulse: true },
      { place: 'ouagadougou', kind: 'capital', label: true, priority: 6 },
      { place: 'niamey', kind: 'capital', label: true, priority: 6 },
    ],
    labels: [
      { feature: { layer: 'countries', id: COUNTRY.mali }, kind: 'country', priority: 5 },
      { feature: { layer: 'countries', id: COUNTRY.burkinaFaso }, kind: 'country', priority: 5 },
      { feature: { layer: 'countries', id: COUNTRY.niger }, kind: 'country', priority: 5 },
    ],
    legend: [
      { swatch: 'site', labelKey: 'legend.attack2024' },
      { swatch: 'focus', labelKey: 'legend.aesCountries' },
    ],
  }),
];
