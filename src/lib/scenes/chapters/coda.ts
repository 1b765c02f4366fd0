// Chapter 9 — coda: Thurston's conclusion (attributed in the step text). The three countries and
// their capitals, where, in his view, someone will have to make deals.
import { defineScene } from '../base.ts';
import { SAHEL_THREE } from '../ids.ts';
import type { MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8, pulse = false): Marker => ({ place, kind: 'capital', label: true, priority, pulse });
const countryLabels: MapLabel[] = SAHEL_THREE.map((id) => ({ feature: { layer: 'countries', id }, kind: 'country', priority: 5 }));

export const coda: SceneState[] = [
  defineScene('no-apparent-limit', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'alert' as const })) },
    markers: [capital('bamako', 7), capital('ouagadougou', 7), capital('niamey', 7)],
    labels: countryLabels,
    legend: [{ swatch: 'alert', labelKey: 'legend.threeCountries' }],
  }),
  defineScene('neither-side-can-win', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'context' as const })) },
    markers: [capital('bamako', 8), capital('ouagadougou', 8), capital('niamey', 8)],
    labels: [...countryLabels, { textKey: 'map.sahel', at: [-9.5, 15.3], kind: 'area', priority: 3 }],
    legend: [
      { swatch: 'context', labelKey: 'legend.threeCountries' },
      { swatch: 'capital', labelKey: 'legend.capital' },
    ],
  }),
  defineScene('the-guys-with-guns', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const })) },
    markers: [capital('bamako', 9, true), capital('ouagadougou', 9, true), capital('niamey', 9, true)],
    labels: countryLabels,
    legend: [
      { swatch: 'focus', labelKey: 'legend.threeCountries' },
      { swatch: 'capital', labelKey: 'legend.capitalsDeals' },
    ],
    captionKey: 'caption.closingLine',
  }),
];
