// Every UI and map string, glossary entry and prose component exists in both languages, and the
// French follows French typography. (The type `Dict` already makes a missing French key a type
// error; this also catches extra keys and the runtime shape.) Content files: i18n-content.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { fr } from '../../src/lib/i18n/fr.ts';
import { frGlossary } from '../../src/lib/i18n/fr-glossary.ts';
import { LANGS, localePath, neutralPath } from '../../src/lib/i18n/paths.ts';
import { formatWhen } from '../../src/lib/i18n/dates.ts';

const glossaryIds = (JSON.parse(readFileSync(new URL('../../data/raw/facts/glossary.json', import.meta.url), 'utf8')) as { id: string }[]).map((g) => g.id);

describe('dictionaries', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).filter((k) => !(k in en)), 'French keys with no English').toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in fr)), 'English keys with no French').toEqual([]);
  });

  it('no string is empty, and placeholders match', () => {
    for (const [key, value] of Object.entries(en)) {
      const frValue = fr[key as keyof typeof fr];
      expect(value.length, key).toBeGreaterThan(0);
      expect(frValue.length, key).toBeGreaterThan(0);
      const holes = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(frValue), key).toEqual(holes(value));
    }
  });

  it('French typography: no-break spaces before : ; ? ! and inside « »', () => {
    const bad: string[] = [];
    for (const [key, value] of Object.entries(fr)) {
      // A colon after a letter or a closing guillemet needs a no-break space (times like 5:30 aside).
      if (/[\p{L}»)] ?[:;?!]/u.test(value) || /« | »/.test(value) || /["“”]/.test(value)) bad.push(`${key}: ${value}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('glossary', () => {
  it('every entry of the fact sheet’s glossary has a French translation, and nothing else', () => {
    expect(Object.keys(frGlossary).sort()).toEqual([...glossaryIds].sort());
    for (const [id, g] of Object.entries(frGlossary)) {
      expect(g.term.length, id).toBeGreaterThan(1);
      expect(g.definition.length, id).toBeGreaterThan(20);
    }
  });
});

describe('prose components', () => {
  it('each English prose component has a French one', () => {
    const list = (lang: string): string[] => readdirSync(new URL(`../../src/prose/${lang}/`, import.meta.url)).sort();
    expect(list('fr')).toEqual(list('en'));
  });
});

describe('addresses and dates', () => {
  it('maps each page between the editions', () => {
    expect(LANGS).toEqual(['en', 'fr']);
    expect(localePath('en', '/guide/')).toBe('/guide/');
    expect(localePath('fr', '/guide/')).toBe('/fr/guide/');
    expect(localePath('fr', '/')).toBe('/fr/');
    expect(neutralPath('/fr/embed/coda/')).toBe('/embed/coda/');
    expect(neutralPath('/fr')).toBe('/');
    expect(neutralPath('/fresh/')).toBe('/fresh/');
    expect(neutralPath('/guide/')).toBe('/guide/');
  });

  it('writes dates the French way', () => {
    expect(formatWhen('2024-09-17', 'fr')).toBe('17 septembre 2024');
    expect(formatWhen('2012-04-01', 'fr')).toBe('1er avril 2012');
    expect(formatWhen('2012-03', 'fr')).toBe('mars 2012');
    expect(formatWhen('2024-09-17', 'en')).toBe('17 September 2024');
  });
});
