// How a source reads on the sources page and under each step: its date once, in words, in the
// reader's language ("undated", never "n.d.."); mirrors and agency copies with the original
// publication first; dead-looking or incomplete addresses flagged; never-accessed sources dropped.
import { describe, expect, it } from 'vitest';
import { places, sources } from '../../src/lib/build/geo-data.ts';
import { formatSourceDate, isNamedOriginal, sourceEntry, wasAccessed } from '../../src/lib/build/source-entry.ts';

const all = sources();
const facts = Object.entries(all).filter(([, s]) => s.kind === 'fact');

describe('formatSourceDate', () => {
  it('writes full dates, months, years and the fact sheet’s notes in each language', () => {
    expect(formatSourceDate('2024-09-17', 'en')).toBe('17 September 2024');
    expect(formatSourceDate('2024-09-17', 'fr')).toBe('17 septembre 2024');
    expect(formatSourceDate('2012-04-01', 'fr')).toBe('1er avril 2012');
    expect(formatSourceDate('2023-07', 'en')).toBe('July 2023');
    expect(formatSourceDate('2021', 'fr')).toBe('2021');
    expect(formatSourceDate('2024-09 (day not shown)', 'en')).toBe('September 2024 (day not shown)');
    expect(formatSourceDate('2024-09 (day not shown)', 'fr')).toBe('septembre 2024 (jour non indiqué)');
    expect(formatSourceDate('2024-01-03/04', 'en')).toBe('3 or 4 January 2024');
    expect(formatSourceDate('2024-01-03/04', 'fr')).toBe('3 ou 4 janvier 2024');
    expect(formatSourceDate('2021-12/2022 (day not shown)', 'en')).toBe('December 2021 or 2022 (day not shown)');
    expect(formatSourceDate('2024 (Jan/Feb, day not shown)', 'en')).toBe('January or February 2024 (day not shown)');
    expect(formatSourceDate(null, 'en')).toBe('undated');
    expect(formatSourceDate(null, 'fr')).toBe('sans date');
  });

  it('replaces “see notes” by what the notes say', () => {
    const art = formatSourceDate(all['ART']!.date, 'en');
    expect(art).toBe('September 2024 (day not shown in the archived copy; published on or after 19 September 2024)');
    expect(art).not.toMatch(/notes/);
  });

  it('refuses a date it cannot read rather than print it raw', () => {
    expect(() => formatSourceDate('sometime in 2024', 'en')).toThrow(/not understood/);
    expect(() => formatSourceDate('2024 (rumoured)', 'en')).toThrow(/not translated/);
  });
});

describe('every fact source', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: has a readable date, a publisher and a title, and no raw date or double stop`, () => {
      for (const [key, s] of facts) {
        const e = sourceEntry(key, s, lang);
        expect(e.date, key).not.toMatch(/\d{4}-\d{2}|n\.d\.|s\. d\.|see notes|\.\.$/);
        expect(e.publisher.length, key).toBeGreaterThan(1);
        expect(e.title, key).not.toMatch(/URL truncated/);
      }
    });
  }
});

describe('mirrors and copies', () => {
  it('name the original publication first and the copy’s host after it', () => {
    expect(sourceEntry('SERVAL_MIRROR', all['SERVAL_MIRROR']!, 'en')).toMatchObject({ publisher: 'Wikipedia', via: 'copy on 5.180.24.3' });
    expect(sourceEntry('UNCENSORED_BAMAKO', all['UNCENSORED_BAMAKO']!, 'fr')).toMatchObject({
      publisher: 'Wikipédia',
      via: 'copie sur the-uncensored-wiki.com:20171',
    });
    expect(sourceEntry('RFI_RU24', all['RFI_RU24']!, 'en')).toMatchObject({ publisher: 'RFI', via: 'copy on ru24.net' });
    expect(sourceEntry('IVOIREMATIN_RFI', all['IVOIREMATIN_RFI']!, 'en')).toMatchObject({ publisher: 'RFI', via: 'as cited by Ivoirematin' });
    expect(sourceEntry('SOFX_WSJ', all['SOFX_WSJ']!, 'en')).toMatchObject({ publisher: 'The Wall Street Journal', via: 'summarised by SOFX' });
    expect(sourceEntry('AIRPORT_FRWP', all['AIRPORT_FRWP']!, 'en').publisher).toBe('French Wikipedia');
  });

  it('no publisher field that names a mirror, a copy or a bare web address is shown as the original', () => {
    const shownAsOriginal: string[] = [];
    for (const [key, s] of facts) {
      const looksLikeCopy = /mirror|Kiwix|Wikipedia-derived|frwiki|\bcopy\b|\bvia\b|citing|summarising/i.test(s.publisher) || /^[\w.-]+\.[a-z]{2,}$/.test(s.publisher);
      if (looksLikeCopy && !isNamedOriginal(key) && sourceEntry(key, s, 'en').via === null) shownAsOriginal.push(`${key}: ${s.publisher}`);
    }
    expect(shownAsOriginal).toEqual([]);
  });

  it('flags dead-looking and incomplete addresses', () => {
    expect(sourceEntry('SERVAL_MIRROR', all['SERVAL_MIRROR']!, 'en').warning).toMatch(/may no longer work/);
    expect(sourceEntry('ABOUT_SAHEL', all['ABOUT_SAHEL']!, 'en').warning).toMatch(/may no longer work/);
    const truncated = sourceEntry('AFRICANEWS_AC', all['AFRICANEWS_AC']!, 'fr');
    expect(truncated.href).toBeNull();
    expect(truncated.warning).toMatch(/incomplète/);
  });
});

describe('sources never accessed', () => {
  it('are recognised (the WSJ original, known only through summaries)', () => {
    expect(wasAccessed(all['WSJ_ORIG']!)).toBe(false);
    expect(wasAccessed(all['SOFX_WSJ']!)).toBe(true);
  });
});

describe('the method note’s two approximate points', () => {
  it('are the only approximate places in the data', () => {
    const approximate = [...places().values()].filter((p) => p.approximate).map((p) => p.id).sort();
    expect(approximate).toEqual(['bko_airport', 'faladie_gendarmerie_school']);
  });
});

describe('copies named with a commit', () => {
  it('keep the host and drop the commit note (the date says when the copy was made)', () => {
    expect(sourceEntry('FB_UV', all['FB_UV']!, 'en')).toMatchObject({ publisher: 'CIA World Factbook', via: 'copy on github.com/factbook/factbook.json', date: '17 May 2026' });
  });
});
