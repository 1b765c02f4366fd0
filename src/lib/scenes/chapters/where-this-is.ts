// Chapter 2 — where this is: the Sahel, the three countries, Mali's regions, the river, the neighbours.
import { defineScene } from '../base.ts';
import { ALL_REGIONS, COASTAL_FOUR, COUNTRY, NORTHERN_REGIONS, REGION, SAHEL_THREE } from '../ids.ts';
import type { MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8): Marker => ({ place, kind: 'capital', label: true, priority });
const city = (place: string, priority = 5): Marker => ({ place, kind: 'city', label: true, priority });
const countryLabel = (id: string, priority = 4): MapLabel => ({ feature: { layer: 'countries', id }, kind: 'country', priority });

const threeCountries = SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const }));

export const whereThisIs: SceneState[] = [
  defineScene('the-sahel', {
    camera: 'west-africa',
    layers: ['africa', 'countries', 'sahel', 'rivers', 'markers', 'labels'],
    highlight: { countries: threeCountries },
    labels: [
      ...SAHEL_THREE.map((id) => countryLabel(id, 8)),
      { textKey: 'map.sahara', at: [2, 23], kind: 'area', priority: 3 },
      // In the band, west of MALI (not under it, where the two stacked up and read as one).
      { textKey: 'map.sahel', at: [-13.5, 15], kind: 'area', priority: 6 },
    ],
    legend: [
      { swatch: 'focus', labelKey: 'legend.threeCountries' },
      { swatch: 'sahel', labelKey: 'map.sahelBand' },
    ],
    captionKey: 'caption.sahelSchematic',
  }),
  defineScene('three-capitals', {
    camera: 'sahel',
    highlight: { countries: threeCountries },
    markers: [capital('bamako'), capital('ouagadougou'), capital('niamey')],
    labels: SAHEL_THREE.map((id) => countryLabel(id, 6)),
    legend: [
      { swatch: 'focus', labelKey: 'legend.threeCountries' },
      { swatch: 'capital', labelKey: 'legend.capital' },
    ],
  }),
  defineScene('mali-regions', {
    camera: 'mali',
    layers: ['africa', 'countries', 'regions', 'markers', 'labels'],
    highlight: { regions: ALL_REGIONS.map((id) => ({ id, tone: 'context' as const })) },
    labels: ALL_REGIONS.filter((id) => id !== REGION.bamako).map((id) => ({
      feature: { layer: 'regions' as const, id },
      kind: 'region' as const,
      priority: 5,
    })),
    markers: [capital('bamako', 9)],
    legend: [{ swatch: 'context', labelKey: 'legend.regions2021' }],
    captionKey: 'caption.taoudenit',
  }),
  defineScene('the-niger-river', {
    camera: 'mali',
    layers: ['africa', 'countries', 'regions', 'rivers', 'markers', 'labels'],
    highlight: {
      countries: [{ id: COUNTRY.mali, tone: 'muted' }],
      rivers: [{ id: 'niger', tone: 'focus' }],
    },
    markers: [
      capital('bamako', 9),
      city('segou'),
      city('mopti'),
      city('timbuktu', 7),
      city('gao', 7),
      capital('niamey', 6),
    ],
    labels: [{ textKey: 'map.nigerRiver', at: [-5.2, 14.9], kind: 'water', priority: 8 }],
    // No legend: the river is named on the map (a tone swatch would show a box, not a line).
    legend: [],
  }),
  defineScene('north-and-south', {
    camera: 'mali',
    layers: ['africa', 'countries', 'regions', 'rivers', 'markers', 'labels'],
    highlight: {
      regions: [
        ...NORTHERN_REGIONS.map((id) => ({ id, tone: 'focus' as const })),
        ...ALL_REGIONS.filter((id) => !(NORTHERN_REGIONS as readonly string[]).includes(id)).map((id) => ({
          id,
          tone: 'context' as const,
        })),
      ],
    },
    markers: [city('timbuktu', 7), city('gao', 7), city('kidal', 7), city('menaka', 6), city('tessalit', 5), capital('bamako', 9)],
    labels: [
      { textKey: 'map.north', at: [-1.5, 20.5], kind: 'area', priority: 8 },
      { textKey: 'map.south', at: [-8.5, 12.2], kind: 'area', priority: 8 },
    ],
    legend: [
      { swatch: 'focus', labelKey: 'legend.northernRegions' },
      { swatch: 'context', labelKey: 'legend.southernRegions' },
    ],
  }),
  defineScene('neighbours', {
    camera: 'west-africa',
    highlight: {
      countries: [
        { id: COUNTRY.mali, tone: 'focus' },
        ...COASTAL_FOUR.map((id) => ({ id, tone: 'coast' as const })),
      ],
    },
    markers: [city('abidjan', 6), city('accra', 6), city('lome', 6), city('cotonou', 6)],
    labels: [
      countryLabel(COUNTRY.mali, 9),
      countryLabel(COUNTRY.algeria),
      countryLabel(COUNTRY.mauritania),
      countryLabel(COUNTRY.senegal, 3),
      countryLabel(COUNTRY.guinea, 3),
      countryLabel(COUNTRY.burkinaFaso, 5),
      countryLabel(COUNTRY.niger, 5),
      countryLabel(COUNTRY.coteDIvoire, 6),
      countryLabel(COUNTRY.ghana, 6),
    ],
    legend: [
      { swatch: 'focus', labelKey: 'legend.mali' },
      { swatch: 'coast', labelKey: 'legend.coastalStates' },
    ],
  }),
];
