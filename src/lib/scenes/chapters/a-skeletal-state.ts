// Chapter 3 — a skeletal state: the rebellions of 1990, 2006 and 2012, the 2012 coup, the fall of
// the north, and how Bamako has answered (Thurston's argument, attributed in the step text).
import { defineScene } from '../base.ts';
import { ALL_REGIONS, COUNTRY, NORTHERN_REGIONS } from '../ids.ts';
import type { Highlight, LayerId, MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8): Marker => ({ place, kind: 'capital', label: true, priority });
const city = (place: string, priority = 5, labelKey?: string): Marker => ({
  place,
  kind: 'city',
  label: true,
  priority,
  ...(labelKey ? { labelKey } : {}),
});
const event = (place: string, labelKey: string, priority = 7, pulse = false): Marker => ({
  place,
  kind: 'event',
  label: true,
  priority,
  labelKey,
  pulse,
});
const countryLabel = (id: string, priority = 4): MapLabel => ({ feature: { layer: 'countries', id }, kind: 'country', priority });

const bamako = capital('bamako', 9);
const mapLayers: readonly LayerId[] = ['africa', 'countries', 'regions', 'rivers', 'markers', 'labels'];
const maliFocus: Highlight[] = [{ id: COUNTRY.mali, tone: 'focus' }];
const northAlert: Highlight[] = NORTHERN_REGIONS.map((id) => ({ id, tone: 'alert' as const }));
const southMuted: Highlight[] = ALL_REGIONS.filter((id) => !(NORTHERN_REGIONS as readonly string[]).includes(id)).map((id) => ({
  id,
  tone: 'muted' as const,
}));
const neighbourLabels = [countryLabel(COUNTRY.algeria, 3), countryLabel(COUNTRY.niger, 3), countryLabel(COUNTRY.burkinaFaso, 2)];

export const aSkeletalState: SceneState[] = [
  defineScene('rebellion-1990', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: maliFocus },
    markers: [event('menaka', 'map.menaka.1990', 8, true), bamako],
    labels: [countryLabel(COUNTRY.mali, 6), countryLabel(COUNTRY.niger, 4), countryLabel(COUNTRY.algeria, 3)],
    legend: [
      { swatch: 'event', labelKey: 'legend.rebellionStart' },
      { swatch: 'capital', labelKey: 'legend.capital' },
    ],
  }),
  defineScene('rebellion-2006', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: maliFocus },
    markers: [event('kidal', 'map.kidal.2006', 8, true), event('menaka', 'map.menaka.2006', 8, true), bamako],
    labels: [countryLabel(COUNTRY.mali, 6), countryLabel(COUNTRY.algeria, 3)],
    legend: [
      { swatch: 'event', labelKey: 'legend.armyPostsAttacked2006' },
      { swatch: 'capital', labelKey: 'legend.capital' },
    ],
  }),
  defineScene('rebellion-2012', {
    camera: 'mali-north',
    layers: mapLayers,
    highlight: { countries: maliFocus },
    markers: [
      event('menaka', 'map.menaka.2012', 8, true),
      event('aguelhok', 'map.aguelhok.2012', 6),
      event('tessalit', 'map.tessalit.2012', 6),
      city('kidal', 4),
      city('gao', 4),
      city('timbuktu', 4),
    ],
    labels: [countryLabel(COUNTRY.algeria, 3), countryLabel(COUNTRY.niger, 3)],
    legend: [{ swatch: 'event', labelKey: 'legend.fighting2012' }],
    captionKey: 'caption.rebellion2012Date',
  }),
  defineScene('coup-2012', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: maliFocus },
    markers: [{ ...bamako, pulse: true, labelKey: 'map.bamako.coup2012' }, city('kidal', 4), city('gao', 4), city('timbuktu', 4)],
    labels: [countryLabel(COUNTRY.mali, 6)],
    legend: [
      { swatch: 'capital', labelKey: 'legend.coupCapital' },
      { swatch: 'city', labelKey: 'legend.northernCities' },
    ],
  }),
  defineScene('the-north-falls', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { regions: [...northAlert, ...southMuted] },
    markers: [
      { place: 'kidal', kind: 'event', label: true, priority: 8, pulse: true },
      { place: 'gao', kind: 'event', label: true, priority: 8, pulse: true },
      { place: 'timbuktu', kind: 'event', label: true, priority: 8, pulse: true },
      bamako,
    ],
    labels: [{ textKey: 'map.north', at: [-1.5, 20.5], kind: 'area', priority: 6 }, ...neighbourLabels],
    legend: [
      { swatch: 'event', labelKey: 'legend.fellMarApr2012' },
      { swatch: 'alert', labelKey: 'legend.northernRegions' },
    ],
    captionKey: 'caption.northFallsDates',
  }),
  defineScene('how-bamako-answers', {
    camera: 'mali',
    layers: mapLayers,
    highlight: {
      regions: [
        ...NORTHERN_REGIONS.map((id) => ({ id, tone: 'context' as const })),
        ...ALL_REGIONS.filter((id) => !(NORTHERN_REGIONS as readonly string[]).includes(id)).map((id) => ({ id, tone: 'muted' as const })),
      ],
    },
    markers: [{ ...bamako, pulse: true }, city('menaka', 5), city('kidal', 5), city('gao', 4), city('timbuktu', 4)],
    labels: [
      { textKey: 'map.north', at: [-1.5, 20.5], kind: 'area', priority: 6 },
      ...neighbourLabels,
    ],
    legend: [
      { swatch: 'capital', labelKey: 'legend.capital' },
      { swatch: 'context', labelKey: 'legend.northernRegions' },
    ],
  }),
];
