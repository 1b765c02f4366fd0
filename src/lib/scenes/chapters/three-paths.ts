// Chapter 8 — Washington's three paths (Thurston's options, attributed in the step text): an
// introduction (the US leaves Niger), one map state per path, and a step that sets up the comparison.
import { defineScene } from '../base.ts';
import { COASTAL_FOUR, COUNTRY, SAHEL_THREE } from '../ids.ts';
import type { LayerId, MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8, labelKey?: string, pulse = false): Marker => ({
  place,
  kind: 'capital',
  label: true,
  priority,
  pulse,
  ...(labelKey ? { labelKey } : {}),
});
const city = (place: string, priority = 6, labelKey?: string): Marker => ({
  place,
  kind: 'city',
  label: true,
  priority,
  ...(labelKey ? { labelKey } : {}),
});
const countryLabel = (id: string, priority = 4, textKey?: string): MapLabel => ({
  feature: { layer: 'countries', id },
  kind: 'country',
  priority,
  ...(textKey ? { textKey } : {}),
});

const mapLayers: readonly LayerId[] = ['africa', 'countries', 'regions', 'rivers', 'markers', 'labels'];
const coastTone = COASTAL_FOUR.map((id) => ({ id, tone: 'coast' as const }));
const coastCities = [city('abidjan'), city('accra'), city('lome'), city('cotonou')];

export const threePaths: SceneState[] = [
  defineScene('washingtons-problem', {
    camera: 'sahel',
    highlight: {
      countries: [
        { id: COUNTRY.mali, tone: 'context' },
        { id: COUNTRY.burkinaFaso, tone: 'context' },
        { id: COUNTRY.niger, tone: 'focus' },
      ],
    },
    markers: [capital('niamey', 9, 'map.niamey.usExit', true), capital('bamako', 6), capital('ouagadougou', 6)],
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: [
      { swatch: 'focus', labelKey: 'legend.usLeftNiger' },
      { swatch: 'context', labelKey: 'legend.juntaNeighbours' },
    ],
    captionKey: 'caption.agadezNotMapped',
  }),
  defineScene('path-wait', {
    camera: 'mali',
    layers: mapLayers,
    highlight: { countries: [{ id: COUNTRY.mali, tone: 'focus' }] },
    markers: [capital('bamako', 10, 'map.bamako.partner', true)],
    labels: [countryLabel(COUNTRY.mali, 6)],
    legend: [{ swatch: 'capital', labelKey: 'legend.path1' }],
  }),
  defineScene('path-contain', {
    camera: 'coast',
    highlight: {
      countries: [...SAHEL_THREE.map((id) => ({ id, tone: 'muted' as const })), ...coastTone],
    },
    markers: [...coastCities, capital('niamey', 5, 'map.niamey.usExitShort')],
    // Plain names: "X: drone talks reported" ran across two or three countries each, and the
    // caption already says which states were named in the drone reports.
    labels: [
      countryLabel(COUNTRY.coteDIvoire, 7),
      countryLabel(COUNTRY.ghana, 7),
      countryLabel(COUNTRY.togo, 6),
      countryLabel(COUNTRY.benin, 7),
      countryLabel(COUNTRY.mali, 4),
      countryLabel(COUNTRY.burkinaFaso, 4),
    ],
    legend: [
      { swatch: 'coast', labelKey: 'legend.coastalStates' },
      { swatch: 'muted', labelKey: 'legend.threeCountries' },
    ],
    captionKey: 'caption.droneTalks',
  }),
  defineScene('path-talks', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const })) },
    markers: [
      capital('bamako', 9, undefined, true),
      capital('ouagadougou', 9, undefined, true),
      capital('niamey', 9, undefined, true),
    ],
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: [
      { swatch: 'focus', labelKey: 'legend.threeCountries' },
      { swatch: 'capital', labelKey: 'legend.path3' },
    ],
  }),
  defineScene('comparing-the-paths', {
    camera: 'west-africa',
    highlight: {
      countries: [
        { id: COUNTRY.mali, tone: 'focus' },
        { id: COUNTRY.burkinaFaso, tone: 'context' },
        { id: COUNTRY.niger, tone: 'context' },
        ...coastTone,
      ],
    },
    markers: [capital('bamako', 9), capital('ouagadougou', 7), capital('niamey', 7), ...coastCities.map((m) => ({ ...m, priority: 4 }))],
    labels: [countryLabel(COUNTRY.mali, 6), countryLabel(COUNTRY.algeria, 3)],
    legend: [
      { swatch: 'focus', labelKey: 'legend.path1Short' },
      { swatch: 'coast', labelKey: 'legend.path2Short' },
      { swatch: 'capital', labelKey: 'legend.path3Short' },
    ],
  }),
];
