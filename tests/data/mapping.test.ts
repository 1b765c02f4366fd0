// Unit tests of the small mappings whose wording matters: death tolls and actor groups.
import { describe, expect, it } from 'vitest';
import { parseKilled } from '../../data/scripts/bamako-attack.ts';
import { actorGroup } from '../../data/scripts/events-2021.ts';
import { slugify } from '../../data/scripts/lib/slug.ts';

describe('parseKilled (Bamako toll wording → number)', () => {
  it('reads only what the text says', () => {
    expect(parseKilled(77)).toEqual({ value: 77, qualifier: 'exact' });
    expect(parseKilled("about 100 ('une centaine')")).toEqual({ value: 100, qualifier: 'about' });
    expect(parseKilled('more than 70 (about 20 of them at the airport base)')).toEqual({ value: 70, qualifier: 'more-than' });
    expect(parseKilled("about 60 ('une soixantaine')")).toEqual({ value: 60, qualifier: 'about' });
    expect(parseKilled('77–100 (Malian forces)')).toEqual({ value: 77, qualifier: 'range', high: 100 });
    expect(parseKilled("'at least 77'")).toEqual({ value: 77, qualifier: 'at-least' });
    expect(parseKilled("'an estimated 77'")).toEqual({ value: 77, qualifier: 'about' });
  });

  it('gives no number for claims, funerals or silence', () => {
    expect(parseKilled(null)).toEqual({ value: null, qualifier: null });
    expect(parseKilled("'a hundred' killed or wounded (RFI summary)")).toEqual({ value: null, qualifier: null });
    expect(parseKilled('funerals of about 50 student gendarmes announced')).toEqual({ value: null, qualifier: null });
  });
});

describe('actorGroup (UCDP actor tags → colour family)', () => {
  it('prefers JNIM, then IS, then state forces, then militias', () => {
    expect(actorGroup('state_forces;JNIM')).toBe('jnim');
    expect(actorGroup('IS_Sahel;JNIM')).toBe('jnim');
    expect(actorGroup('IS_Sahel;civilians_targeted')).toBe('is');
    expect(actorGroup('ISWAP;state_forces')).toBe('is');
    expect(actorGroup('state_forces;militia')).toBe('state');
    expect(actorGroup('militia;civilians_targeted')).toBe('militia');
    expect(actorGroup('unidentified;civilians_targeted')).toBe('other');
  });
});

describe('slugify', () => {
  it('makes lowercase ASCII ids', () => {
    expect(slugify("N'Djamena")).toBe('ndjamena');
    expect(slugify('Ségou')).toBe('segou');
    expect(slugify('Black Volta')).toBe('black-volta');
  });
});
