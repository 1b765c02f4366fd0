// deaths-yearly.json / .csv: the headline line chart, deaths per year (UCDP via OWID).
import { z } from 'zod';
import { fail, jsonFile, validate } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { formatCsv, parseCsv } from './lib/csv.ts';
import { readRawText } from './lib/io.ts';

export const DEATHS_RAW = 'conflict/yearly_totals_by_country_wide.csv';

/** Countries in chart order, with their ISO codes. */
const COUNTRIES = [
  { country: 'Mali', iso_a3: 'MLI' },
  { country: 'Burkina Faso', iso_a3: 'BFA' },
  { country: 'Niger', iso_a3: 'NER' },
] as const;

const Row = z.object({
  country: z.string(),
  year: z.string().regex(/^\d{4}$/).transform(Number),
  // Parsed as given, never rounded: these are UCDP best estimates.
  total_best: z.string().regex(/^\d+(\.\d+)?$/, 'expected a number').transform(Number),
  total_source: z.literal('OWID_UCDP241_TOTAL'),
});

const NOTE =
  'UCDP counts deaths in organised violence: state-based conflict, non-state conflict and one-sided violence ' +
  'against civilians. It counts only deaths it can attribute to an identified actor, and only for conflicts or ' +
  'actors that pass 25 deaths in a year, so its totals are lower than ACLED’s and the two are not comparable. ' +
  'Best estimates (UCDP 24.1, via Our World in Data); the series ends in 2023.';

export function buildDeathsYearly(): OutputFile[] {
  const rows = validate(parseCsv(readRawText(DEATHS_RAW), DEATHS_RAW), z.array(Row), DEATHS_RAW);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const first = years[0], last = years[years.length - 1];
  if (first === undefined || last === undefined || years.length !== last - first + 1) {
    fail(`${DEATHS_RAW}: years are not a continuous range (${years.join(', ')})`);
  }
  const series = COUNTRIES.map(({ country, iso_a3 }) => {
    const total = years.map((year) => {
      const matches = rows.filter((r) => r.country === country && r.year === year);
      if (matches.length !== 1) fail(`${DEATHS_RAW}: expected one row for ${country} ${year}, found ${matches.length}`);
      return (matches[0] as (typeof rows)[number]).total_best;
    });
    return { country, iso_a3, total };
  });
  const extra = rows.find((r) => !COUNTRIES.some((c) => c.country === r.country));
  if (extra) fail(`${DEATHS_RAW}: unexpected country ${extra.country}`);

  const csv = formatCsv(
    ['country', 'year', 'total_best'],
    series.flatMap((s) => years.map((year, i) => [s.country, year, s.total[i] ?? null])),
  );
  return [
    jsonFile('deaths-yearly.json', { years, series, source: 'DATA_OWID', note: NOTE }, 2),
    { path: 'deaths-yearly.csv', content: csv },
  ];
}
