// English and French map words give the same dates and numbers. For every key of the map
// dictionaries (labels, legends, captions, chart words), the days, months, years and other
// figures are extracted and compared: "Kati: mutiny, 18 Aug 2020" must not become
// « Kati : mutinerie, août 2020 », and « Niamey : retrait US » must keep its year.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { fr } from '../../src/lib/i18n/fr.ts';
import type { DictKey } from '../../src/lib/i18n/en.ts';

const MAP_KEY = /^(map|place|legend|caption|chart|toll)\./;

const MONTHS: Record<'en' | 'fr', RegExp[]> = {
  en: [
    /Jan(?:uary)?/, /Feb(?:ruary)?/, /Mar(?:ch)?/, /Apr(?:il)?/, /May/, /June?/, /July?/, /Aug(?:ust)?/,
    /Sep(?:t(?:ember)?)?/, /Oct(?:ober)?/, /Nov(?:ember)?/, /Dec(?:ember)?/,
  ],
  // "sept" alone is the number seven in French: the month is "sept." or "septembre".
  fr: [
    /janv(?:ier|\.)/, /févr(?:ier|\.)/, /mars/, /avr(?:il|\.)/, /mai/, /juin/, /juil(?:let|\.)/, /août/,
    /sept(?:embre|\.)/, /oct(?:obre|\.)/, /nov(?:embre|\.)/, /déc(?:embre|\.)/,
  ],
};

/** The dates and figures of a text, in order: numbers as written (1er → 1), months as M1–M12. */
export function figures(text: string, lang: 'en' | 'fr'): string[] {
  // Digit groups split by a comma (English) or a no-break space (French) are one number.
  const joined = text.replace(/(\d)[,\u00a0\u202f](?=\d{3}\b)/g, '$1');
  const alternatives = MONTHS[lang].map((re, i) => `(?<m${i + 1}>${re.source})`).join('|');
  const month = lang === 'en' ? `(?:${alternatives})(?![A-Za-z])` : `(?:${alternatives})(?![\\p{L}])`;
  const re = new RegExp(`(?<![\\p{L}])${month}|\\d+`, 'gu');
  const out: string[] = [];
  for (const m of joined.matchAll(re)) {
    const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined);
    out.push(group ? `M${group[0].slice(1)}` : String(Number(m[0])));
  }
  return out;
}

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('figures()', () => {
  it('reads days, abbreviated and full months, years and grouped numbers in both languages', () => {
    expect(figures('Kati: mutiny, 18 Aug 2020', 'en')).toEqual(['18', 'M8', '2020']);
    expect(figures('Kati : mutinerie, août 2020', 'fr')).toEqual(['M8', '2020']);
    expect(figures('Tombées en trois jours, jusqu’au 1er avr. 2012', 'fr')).toEqual(['1', 'M4', '2012']);
    expect(figures('Ouagadougou : putschs, janv. et sept. 2022', 'fr')).toEqual(['M1', 'M9', '2022']);
    expect(figures('Les sept marchés à bétail', 'fr')).toEqual([]);
    expect(figures('1,234 deaths in May', 'en')).toEqual(['1234', 'M5']);
    expect(figures('1\u202f234 morts en mai', 'fr')).toEqual(['1234', 'M5']);
  });
});

describe('English and French map words', () => {
  const keys = (Object.keys(en) as DictKey[]).filter((k) => MAP_KEY.test(k));

  it('cover the map dictionaries', () => {
    expect(keys.length).toBeGreaterThan(100);
  });

  it('give the same dates and numbers for every key', () => {
    const differ: string[] = [];
    for (const key of keys) {
      const a = sorted(figures(en[key], 'en'));
      const b = sorted(figures(fr[key], 'fr'));
      if (a.join(' ') !== b.join(' ')) differ.push(`${key}: "${en[key]}" [${a.join(' ')}] vs « ${fr[key]} » [${b.join(' ')}]`);
    }
    expect(differ, differ.join('\n')).toEqual([]);
  });
});
