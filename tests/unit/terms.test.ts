import { describe, expect, it } from 'vitest';
import { firstUses, readingMinutes, termPatterns } from '../../src/lib/content/terms.ts';
import type { GlossaryEntry } from '../../src/lib/build/glossary.ts';

const entry = (id: string, term: string): GlossaryEntry => ({
  id,
  term,
  expansion: '',
  aka: [],
  definition: '',
  notes: null,
  relatedTimelineIds: [],
  sources: [],
});

describe('glossary terms in place', () => {
  it('matches acronyms exactly and words in any case, on word boundaries', () => {
    const [jnim] = termPatterns(entry('jnim', 'JNIM'));
    expect(jnim!.test('JNIM claimed it')).toBe(true);
    expect(jnim!.test('jnim')).toBe(false);
    expect(termPatterns(entry('barkhane', 'Operation Barkhane'))[0]!.test('Barkhane’s bases')).toBe(true);
    expect(termPatterns(entry('junta', 'Junta'))[0]!.test('the juntas')).toBe(false);
    expect(termPatterns(entry('junta', 'Junta'))[0]!.test('the junta said')).toBe(true);
  });

  it('explains a term at its first use in each chapter only', () => {
    const g = [entry('jnim', 'JNIM')];
    const uses = firstUses(
      [
        { steps: [{ id: 'a', text: 'JNIM struck' }, { id: 'b', text: 'JNIM again' }] },
        { steps: [{ id: 'c', text: 'and JNIM' }] },
      ],
      g,
    );
    expect(uses.get('a')?.map((e) => e.id)).toEqual(['jnim']);
    expect(uses.get('b')).toEqual([]);
    expect(uses.get('c')?.map((e) => e.id)).toEqual(['jnim']);
  });

  it('estimates reading time at 200 words a minute', () => {
    expect(readingMinutes(['word '.repeat(1000)])).toBe(5);
    expect(readingMinutes([''])).toBe(1);
  });
});
