// English UI and map strings. One dictionary per language; keys are typed from this file so a
// missing French key fails the type check (see ./index.ts).
import { enStory } from './en-story.ts';

export const en = {
  ...enStory,
  'site.title': 'Caught between',
  'site.dek': "How Mali, Burkina Faso and Niger slid into a war that neither the insurgents nor the juntas can win — and what Washington can do",
  'site.byline': 'An explainer built on Alex Thurston’s analysis for Responsible Statecraft (September 2024) and a verified fact sheet.',
  'site.skip': 'Skip to the story',
  'ui.step': 'Step',
  'ui.of': 'of',
  'ui.sources': 'Sources',
  'ui.mapDescription': 'What the map shows',
  'ui.keyboardHint': 'Tip: use ← and → to move between steps.',
  'ui.mapNotice': 'The interactive map could not start. Each step below still has its own static map.',
  'ui.chapter': 'Chapter',
  'ui.credits': 'Map data: Natural Earth; Mali boundaries: DNCT / UN OCHA (COD-AB); places: GeoNames; runway: OurAirports.',
  'ui.contents': 'Contents',
  'map.sahel': 'SAHEL',
  'map.sahara': 'SAHARA',
  'map.niger': 'Niger river',
  'map.nigerRiver': 'Niger river',
  'map.communeVI': 'Commune VI',
  'map.runway': 'Runway 06/24',
  'map.north': 'THE NORTH',
  'map.south': 'THE SOUTH',
  'place.faladie.approx': 'Gendarmerie school, Faladié (approx.)',
  'place.airbase101': 'Airport and Air Base 101',
  'legend.mali': 'Mali',
  'legend.attackSite': 'Attacked on 17 Sept 2024',
  'legend.approximateArea': 'Approximate location (±2 km)',
  'legend.threeCountries': 'Mali, Burkina Faso, Niger',
  'legend.capital': 'Capital',
  'legend.regions2021': 'Regions (OCHA 2021 boundaries)',
  'legend.nigerRiver': 'Niger river',
  'legend.northernRegions': 'Northern regions',
  'legend.southernRegions': 'Southern regions and Bamako',
  'legend.coastalStates': 'Coastal states',
  'caption.faladieApprox': 'The school’s exact position is not published; the circle marks the Faladié area (±2 km).',
  'caption.airbaseApprox': 'Air Base 101 adjoins the civil airport; the marker uses the airport’s coordinates.',
  'caption.taoudenit': 'In these 2021 boundaries Taoudénit is still part of Tombouctou.',
  'chart.toll.title': 'How many died? Estimates differ',
  'chart.toll.none': 'Junta: no figure given',
  'chart.toll.axis': 'people killed',
} as const;

export type DictKey = keyof typeof en;
export type Dict = { readonly [K in DictKey]: string };
