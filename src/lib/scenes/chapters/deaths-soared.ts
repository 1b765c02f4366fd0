// Chapter 6 — deaths soared: UCDP yearly deaths by country (full series to 2023), what UCDP counts,
// where the violence happened (UCDP 2021 events: the Sahel, then the tri-border area), and two
// massacres in Burkina Faso: Solhan (in the UCDP events) and Barsalogho (2024, not in the files).
import { defineScene } from '../base.ts';
import { COUNTRY, SAHEL_THREE } from '../ids.ts';
import type { DeathsChart, EventsLayer, MapLabel, Marker, SceneState } from '../types.ts';

const capital = (place: string, priority = 6): Marker => ({ place, kind: 'capital', label: true, priority });
const countryLabel = (id: string, priority = 4): MapLabel => ({ feature: { layer: 'countries', id }, kind: 'country', priority });

const threeFocus = SAHEL_THREE.map((id) => ({ id, tone: 'focus' as const }));
const threeMuted = SAHEL_THREE.map((id) => ({ id, tone: 'muted' as const }));
const threeCapitals = [capital('bamako'), capital('ouagadougou'), capital('niamey')];

/** The full UCDP series, 2010–2023. */
const fullSeries: DeathsChart = {
  kind: 'deaths',
  countries: ['MLI', 'BFA', 'NER'],
  throughYear: 2023,
  marks: [
    { year: 2013, labelKey: 'chart.mark.serval' },
    { year: 2020, labelKey: 'chart.mark.coup2020' },
    { year: 2022, labelKey: 'chart.mark.frenchExit' },
  ],
};

const events2021: EventsLayer = { year: 2021, groups: ['jnim', 'is', 'state', 'militia', 'other'] };
const eventLayers = ['africa', 'countries', 'rivers', 'events', 'markers', 'labels'] as const;
const eventsLegend = [{ swatch: 'event', labelKey: 'legend.ucdpEvent2021' }] as const;

const triBorderLabel: MapLabel = { textKey: 'map.triBorder', at: [0.2, 14.5], kind: 'area', priority: 7 };

export const deathsSoared: SceneState[] = [
  defineScene('deaths-by-year', {
    camera: 'sahel',
    highlight: { countries: threeFocus },
    markers: threeCapitals,
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: [{ swatch: 'focus', labelKey: 'legend.threeCountries' }],
    chart: fullSeries,
    // No caption: the chart's title and note say the same (see violence-spreads).
  }),
  defineScene('what-ucdp-counts', {
    camera: 'sahel',
    highlight: { countries: threeMuted },
    markers: threeCapitals,
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: [{ swatch: 'muted', labelKey: 'legend.threeCountries' }],
    chart: fullSeries,
    // No caption: the step's text is this caveat, and the chart's note says the series ends in
    // 2023; on phones the caption hid the map between the chart and the card.
  }),
  defineScene('where-violence-happens', {
    camera: 'sahel',
    layers: eventLayers,
    highlight: { countries: threeMuted },
    markers: threeCapitals,
    labels: SAHEL_THREE.map((id) => countryLabel(id, 5)),
    legend: eventsLegend,
    events: events2021,
    captionKey: 'caption.events2021',
  }),
  defineScene('the-tri-border', {
    camera: 'tri-border',
    layers: eventLayers,
    highlight: { countries: threeMuted },
    markers: [
      { place: 'menaka', kind: 'city', label: true, priority: 6 },
      { place: 'gao', kind: 'city', label: true, priority: 5 },
      capital('niamey', 7),
      capital('ouagadougou', 7),
      // Three of 2021's deadliest events, at the coordinates UCDP gives them.
      { place: 'gorgadji', kind: 'city', label: true, priority: 8 },
      { place: 'inata', kind: 'city', label: true, priority: 8 },
      { place: 'fantio', kind: 'city', label: true, priority: 8 },
    ],
    labels: [triBorderLabel, ...SAHEL_THREE.map((id) => countryLabel(id, 4))],
    legend: eventsLegend,
    events: events2021,
    captionKey: 'caption.events2021',
  }),
  defineScene('solhan', {
    camera: 'tri-border',
    layers: eventLayers,
    highlight: {
      countries: [
        { id: COUNTRY.burkinaFaso, tone: 'context' },
        { id: COUNTRY.mali, tone: 'muted' },
        { id: COUNTRY.niger, tone: 'muted' },
      ],
    },
    markers: [
      { place: 'solhan', kind: 'site', label: true, priority: 9, pulse: true, labelKey: 'map.solhan.2021' },
      capital('ouagadougou', 6),
      capital('niamey', 6),
    ],
    labels: [triBorderLabel, ...SAHEL_THREE.map((id) => countryLabel(id, 4))],
    legend: [{ swatch: 'site', labelKey: 'legend.massacre' }, ...eventsLegend],
    events: events2021,
    captionKey: 'caption.solhanTolls',
  }),
  defineScene('barsalogho', {
    camera: 'tri-border',
    highlight: {
      countries: [
        { id: COUNTRY.burkinaFaso, tone: 'context' },
        { id: COUNTRY.mali, tone: 'muted' },
        { id: COUNTRY.niger, tone: 'muted' },
      ],
    },
    markers: [
      { place: 'barsalogho', kind: 'site', label: true, priority: 9, pulse: true, labelKey: 'map.barsalogho.2024' },
      { place: 'solhan', kind: 'site', label: true, priority: 6, labelKey: 'map.solhan.2021' },
      capital('ouagadougou', 7),
    ],
    labels: [countryLabel(COUNTRY.burkinaFaso, 5), countryLabel(COUNTRY.mali, 3), countryLabel(COUNTRY.niger, 3)],
    legend: [{ swatch: 'site', labelKey: 'legend.massacre' }],
    captionKey: 'caption.barsaloghoNotInData',
  }),
];
