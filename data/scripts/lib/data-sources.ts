// The datasets behind the maps and charts, cited by key like the fact sources.
// Used for sources.json (kind "data") and for data/raw/LICENCES.md.
import { fail, readRawText } from './io.ts';

export interface DataSource {
  title: string;
  publisher: string;
  date: string | null;
  url: string;
  licence: string;
  /** Credit line to show on the site next to what uses the data. */
  credit: string;
  citation?: string;
}

/**
 * The attribution paragraph of the conflict PROVENANCE ("Attribution text for the
 * site"), read from the raw copy so the wording cannot drift from the source notes.
 */
export function ucdpCitation(): string {
  const text = readRawText('conflict/PROVENANCE.md');
  const match = /\*\*Attribution text for the site\.\*\*\s*"([^"]+)"/.exec(text);
  if (!match?.[1]) fail('data/raw/conflict/PROVENANCE.md: paragraph "Attribution text for the site." not found');
  return match[1].replace(/\s+/g, ' ').trim();
}

export function dataSources(): Record<string, DataSource> {
  return {
    DATA_NE: {
      title: 'Natural Earth: admin-0 countries (1:110m, 1:50m), rivers and lakes (1:50m)',
      publisher: 'Natural Earth',
      date: null,
      url: 'https://www.naturalearthdata.com/',
      licence: 'Public domain',
      credit: 'Made with Natural Earth (public domain)',
    },
    DATA_OCHA: {
      title: 'Mali administrative boundaries (COD-AB), 2021',
      publisher: 'DNCT Mali / UN OCHA, via HDX',
      date: '2021-12-20',
      url: 'https://data.humdata.org/dataset/cod-ab-mli',
      licence: 'HDX terms (CC BY-IGO 3.0 expected; not confirmed)',
      credit: 'Boundaries: DNCT Mali / OCHA (COD-AB, HDX)',
    },
    DATA_GEONAMES: {
      title: 'GeoNames gazetteer (city coordinates)',
      publisher: 'GeoNames',
      date: null,
      url: 'https://www.geonames.org/',
      licence: 'CC BY 4.0',
      credit: 'Places: GeoNames (geonames.org), CC BY 4.0',
    },
    // The fact sheet's table of places (§5): every point on the maps that is not a GeoNames
    // city. Each coordinate's basis and sources are in the places download.
    DATA_PLACES: {
      title: 'Places and coordinates used on the maps (fact sheet §5), each with its basis and sources',
      publisher: 'Caught between fact sheet',
      date: null,
      url: '/data/places.json',
      licence: 'Own compilation; coordinates from the sources listed for each place',
      credit: 'Other places: the project fact sheet (basis and sources of each point in /data/places.json)',
    },
    DATA_OURAIRPORTS: {
      title: 'OurAirports airports and runways',
      publisher: 'OurAirports',
      date: null,
      url: 'https://ourairports.com/data/',
      licence: 'Public domain',
      credit: 'Runway: OurAirports (public domain)',
    },
    DATA_UCDP: {
      title: 'UCDP Candidate Events Dataset (2021–Feb 2022) and UCDP 24.1 yearly totals',
      publisher: 'Uppsala Conflict Data Program (UCDP)',
      date: null,
      url: 'https://ucdp.uu.se/downloads/',
      licence: 'CC BY 4.0',
      credit: 'Data: Uppsala Conflict Data Program (UCDP), CC BY 4.0',
      citation: ucdpCitation(),
    },
    DATA_OWID: {
      title: 'Deaths in armed conflicts based on where they occurred (UCDP 24.1)',
      publisher: 'Our World in Data',
      date: null,
      url: 'https://ourworldindata.org/',
      licence: 'CC BY 4.0',
      credit: 'Yearly totals: Our World in Data, based on UCDP 24.1 (CC BY 4.0)',
    },
  };
}
