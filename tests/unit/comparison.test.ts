import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseComparison } from '../../src/lib/content/comparison.ts';

const body = (lang: string): string =>
  readFileSync(new URL(`../../src/content/steps/${lang}/three-paths/05-comparing-the-paths.md`, import.meta.url), 'utf8').split(/^---$/m)[2]!;

describe('parseComparison reads a step table as one card per path', () => {
  it('turns each column into a path with every row label and its words', () => {
    const c = parseComparison('Intro.\n\n| Path | A | B |\n|---|---|---|\n| **Assumes** | x “q” | y |\n| **Risks** | z | w |\n')!;
    expect(c.caption).toBe('Path');
    expect(c.paths.map((p) => p.title)).toEqual(['A', 'B']);
    expect(c.paths[1]!.rows).toEqual([
      { label: 'Assumes', text: 'y' },
      { label: 'Risks', text: 'w' },
    ]);
  });
  it('returns null without a table or with ragged rows', () => {
    expect(parseComparison('No table here.')).toBeNull();
    expect(parseComparison('| a | b |\n|---|---|\n| c |\n')).toBeNull();
  });
  for (const lang of ['en', 'fr']) {
    it(`keeps every word of the ${lang} comparison step's table`, () => {
      const md = body(lang);
      const c = parseComparison(md)!;
      expect(c.paths).toHaveLength(3);
      for (const p of c.paths) {
        expect(p.rows).toHaveLength(3);
        for (const r of p.rows) expect(md).toContain(r.text);
      }
    });
  }
});
