// Chapter 4 — the French years: Serval, Barkhane and its bases, MINUSMA, the Algiers Accord, the
// new armed groups, the spread of violence (UCDP deaths chart), the 2020 coup, and the French bases
// in Mali closing one by one, each with its date (fact sheet §3).
import { defineScene } from '../base.ts';
import { COUNTRY, SAHEL_THREE } from '../ids.ts';
import type { LayerId, MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8, labelKey?: string): Marker => ({
  place,
  kind: 'capital',
  label: true,
  priority,
  ...(labelKey ? { labelKey } : {}),
});
const city = (place: string, priority = 5, labelKey?: string): Marker => ({
  place,
  kind: 'city',
  label: true,
  priority,
  ...(labelKey ? { labelKey } : {}),
});
const base = (place: string, labelKey?: string, priority = 6): Marker => ({
  place,
  kind: 'base',
  label: true,
  priority,
  ...(labelKey ? { labelKey } : {}),
});
const closed = (place: string, labelKey: string, priority = 6, pulse = false): Marker => ({
  place,
  kind: 'base-closed',
  label: true,
  priority,
  labelKey,
  pulse,
});
const countryLabel = (id: string, priority = 4): MapLabel => ({ feature: { layer: 'countries', id }, kind: 'country', priority });

const mapLayers: readonly LayerId[] = ['africa', 'countries', 'regions', 'rivers', 'markers', 'labels'];
const maliFocus = [{ id: COUNTRY.mali, tone: 'focus' as const }];
const maliMuted = [{ id: COUNTRY.mali, tone: 'muted' as const }];

/** The six French sites in Mali (fact sheet §3), in the order they were handed over. */
const OPEN_BASES = [base('kidal'), base('tessalit'), base('timbuktu'), base('gossi'), base('menaka'), base('gao', 'map.gao.mainBase', 8)];

const CLOSED_2021 = [
  closed('kidal', 'map.kidal.closed', 7),
  closed('tessalit', 'map.tessalit.closed', 7),
  closed('timbuktu', 'map.timbuktu.closed', 7),
];

const basesLegend = [
  { swatch: 'base', labelKey: 'legend.frenchBase' },
  { swatch: 'base-closed', labelKey: 'legend.frenchBaseClosed' },
] as const;

export const theFrenchYears: SceneState[] = [
  defineScene('operation-serval', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: maliFocus, rivers: [{ id: 'niger', tone: 'context' }] },
    markers: [
      { place: 'mopti', kind: 'event', label: true, priority: 9, pulse: true, labelKey: 'map.mopti.konna' },
      // Bare names: the legend already says these were retaken in early 2013, and the long
      // labels ("Gao: retaken, late Jan 2013") landed over the neighbouring town on phones.
      city('timbuktu', 6),
      city('gao', 6),
      city('kidal', 5, 'map.kidal.airstrip2013'),
      city('tessalit', 5, 'map.tessalit.retaken2013'),
      capital('bamako', 8),
    ],
    labels: [countryLabel(COUNTRY.mali, 4)],
    legend: [
      { swatch: 'event', labelKey: 'legend.konnaAdvance' },
      { swatch: 'city', labelKey: 'legend.retaken2013' },
    ],
    captionKey: 'caption.konnaNotMapped',
  }),
  defineScene('operation-barkhane', {
    camera: 'g5-sahel',
    highlight: {
      countries: [
        { id: COUNTRY.mali, tone: 'focus' },
        { id: COUNTRY.burkinaFaso, tone: 'context' },
        { id: COUNTRY.niger, tone: 'context' },
        { id: COUNTRY.chad, tone: 'context' },
        { id: COUNTRY.mauritania, tone: 'context' },
      ],
    },
    markers: [
      base('ndjamena', 'map.ndjamena.hq', 9),
      base('gao', 'map.gao.regionalBase', 9),
      base('ouagadougou', 'map.ouagadougou.specialForces', 8),
      base('niamey', 'map.niamey.intelHub', 8),
    ],
    labels: [
      countryLabel(COUNTRY.mali, 5),
      countryLabel(COUNTRY.mauritania, 4),
      countryLabel(COUNTRY.chad, 4),
      countryLabel(COUNTRY.niger, 3),
      countryLabel(COUNTRY.burkinaFaso, 2),
    ],
    legend: [
      { swatch: 'base', labelKey: 'legend.barkhanePlan2014' },
      { swatch: 'context', labelKey: 'legend.g5Sahel' },
    ],
  }),
  defineScene('peacekeepers-and-a-peace-deal', {
    layers: mapLayers,
    // Mali itself muted, so its south reads as Mali and not as one of its neighbours.
    // Where the deal was made (Algeria led the talks; signed in Bamako) and the north it was for.
    camera: 'west-africa',
    highlight: {
      countries: [...maliMuted, { id: COUNTRY.algeria, tone: 'context' as const }],
    },
    markers: [capital('bamako', 9, 'map.bamako.accord2015')],
    labels: [countryLabel(COUNTRY.mali, 5), countryLabel(COUNTRY.algeria, 6), countryLabel(COUNTRY.niger, 3)],
    legend: [
      { swatch: 'capital', labelKey: 'legend.accordSigned' },
      { swatch: 'context', labelKey: 'legend.algeriaTalks' },
    ],
  }),
  defineScene('violence-spreads', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const })) },
    markers: [
      { place: 'menaka', kind: 'event', label: true, priority: 8, pulse: true, labelKey: 'map.menaka.isStronghold' },
      capital('bamako', 7),
      capital('ouagadougou', 7),
      capital('niamey', 7),
    ],
    labels: [...SAHEL_THREE.map((id) => countryLabel(id, 5)), { textKey: 'map.triBorder', at: [0.2, 14.5], kind: 'area', priority: 6 }],
    legend: [
      { swatch: 'focus', labelKey: 'legend.threeCountries' },
      { swatch: 'event', labelKey: 'legend.isStronghold' },
    ],
    chart: {
      kind: 'deaths',
      countries: ['MLI', 'BFA', 'NER'],
      throughYear: 2020,
      marks: [
        { year: 2013, labelKey: 'chart.mark.serval' },
        { year: 2017, labelKey: 'chart.mark.jnim' },
        { year: 2020, labelKey: 'chart.mark.coup2020' },
      ],
    },
    // No caption: the chart's title and note already say what is counted and by whom, and on
    // phones the repeated caption squeezed the map under the chart to a sliver.
  }),
  defineScene('coup-2020', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: maliMuted },
    markers: [
      { place: 'kati', kind: 'event', label: true, priority: 9, pulse: true, labelKey: 'map.kati.mutiny2020' },
      capital('bamako', 8),
      // Bare names: the legend says these are French bases (the long Gao label crowded out
      // its neighbours on phones, in French).
      ...OPEN_BASES.map((b) => (b.place === 'gao' ? base('gao', undefined, 8) : b)),
    ],
    labels: [countryLabel(COUNTRY.algeria, 3), countryLabel(COUNTRY.niger, 3)],
    legend: [
      { swatch: 'event', labelKey: 'legend.coup2020' },
      { swatch: 'base', labelKey: 'legend.frenchBase' },
    ],
  }),
  defineScene('bases-close-2021', {
    camera: 'mali-north',
    layers: mapLayers,
    highlight: { countries: maliMuted },
    // The closures are the story here: their labels are placed before Gao's (which was 8).
    markers: [...CLOSED_2021, base('gossi'), base('menaka'), base('gao', 'map.gao.mainBase', 6)],
    labels: [countryLabel(COUNTRY.algeria, 3), countryLabel(COUNTRY.niger, 3)],
    legend: basesLegend,
  }),
  defineScene('bases-close-2022', {
    camera: 'mali-north',
    layers: mapLayers,
    highlight: { countries: maliMuted },
    markers: [
      ...CLOSED_2021.map((m) => ({ ...m, priority: 4 })),
      closed('gossi', 'map.gossi.closed', 7),
      closed('menaka', 'map.menaka.closed', 7),
      closed('gao', 'map.gao.closed', 9, true),
    ],
    labels: [countryLabel(COUNTRY.algeria, 3), countryLabel(COUNTRY.niger, 4)],
    // Every base on this map is closed: the "French base" row would key nothing.
    legend: basesLegend.filter((l) => l.swatch === 'base-closed'),
    captionKey: 'caption.lastConvoy',
  }),
];
