// Chapter 9 — coda: Thurston's conclusion (attributed in the step text). The three countries and
// their capitals, where, in his view, someone will have to make deals.
import { defineScene } from '../base.ts';
import { SAHEL_THREE } from '../ids.ts';
import type { MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 8, pulse = false): Marker => ({ place, kind: 'capital', label: true, priority, pulse });
const countryLabels: MapLabel[] = SAHEL_THREE.map((id) => ({ feature: { layer: 'countries', id }, kind: 'country', priority: 5 }));

export const coda: SceneState[] = [
  // The counts the text cites (Burkina Faso: none in 2015, 6,152 in 2023): the chart takes the stage.
  defineScene('no-apparent-limit', {
    camera: 'sahel',
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const })) },
    markers: [capital('bamako', 7), capital('ouagadougou', 7), capital('niamey', 7)],
    labels: countryLabels,
    legend: [{ swatch: 'focus', labelKey: 'legend.threeCountries' }],
    chart: {
      kind: 'deaths',
      countries: ['MLI', 'BFA', 'NER'],
      throughYear: 2023,
      marks: [
        { year: 2013, labelKey: 'chart.mark.serval' },
        { year: 2020, labelKey: 'chart.mark.coup2020' },
        { year: 2022, labelKey: 'chart.mark.frenchExit' },
      ],
    },
  }),
  // "Too much territory": the insurgents' 2021 events spread over the three countries, while the
  // capitals they cannot take stand apart from most of them.
  defineScene('neither-side-can-win', {
    camera: 'sahel',
    layers: ['africa', 'countries', 'rivers', 'events', 'markers', 'labels'],
    highlight: { countries: SAHEL_THREE.map((id) => ({ id, tone: 'muted' as const })) },
    events: { year: 2021, groups: ['jnim', 'is'] },
    markers: [capital('bamako', 8), capital('ouagadougou', 8), capital('niamey', 8)],
    labels: countryLabels,
    legend: [
      { swatch: 'capital', labelKey: 'legend.capital' },
      { swatch: 'event', labelKey: 'legend.jihadistEvents2021' },
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
