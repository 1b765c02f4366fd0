// The French edition mirrors the English one file for file: every chapter and step exists in
// both languages, the structural front matter (ids, order, scene, sources, date) is identical,
// and the prose is translated (not left in English, not empty). See docs/translating.md.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('../../src/content/', import.meta.url).pathname;
const LANGS = ['en', 'fr'] as const;
const FIXED = ['id', 'chapter', 'order', 'scene', 'sources', 'when', 'number'] as const;
const PROSE = { steps: ['mapDescription', 'notes'], chapters: ['title', 'dek'] } as const;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

function read(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${path}: no front matter`);
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]!.trim() };
}

for (const collection of ['chapters', 'steps'] as const) {
  describe(`${collection}: English and French editions`, () => {
    const lists = Object.fromEntries(
      LANGS.map((lang) => [lang, files(join(ROOT, collection, lang)).map((f) => relative(join(ROOT, collection, lang), f)).sort()]),
    ) as Record<(typeof LANGS)[number], string[]>;

    it('have the same files', () => {
      expect(lists.en.length).toBeGreaterThan(0);
      expect(lists.fr.filter((f) => !lists.en.includes(f)), 'French files with no English counterpart').toEqual([]);
      expect(lists.en.filter((f) => !lists.fr.includes(f)), 'English files with no French counterpart').toEqual([]);
    });

    for (const file of lists.en.filter((f) => lists.fr.includes(f))) {
      it(`${file}: same structure, translated prose`, () => {
        const en = read(join(ROOT, collection, 'en', file));
        const fr = read(join(ROOT, collection, 'fr', file));
        for (const key of FIXED) expect(fr.data[key], key).toEqual(en.data[key]);
        for (const key of PROSE[collection]) {
          const value = fr.data[key];
          expect(typeof value === 'string' && value.length > 0, `${key} present`).toBe(true);
          expect(value, `${key} translated`).not.toEqual(en.data[key]);
        }
        if (collection === 'chapters') {
          expect((fr.data['questions'] as unknown[] | undefined)?.length ?? 0).toBe((en.data['questions'] as unknown[] | undefined)?.length ?? 0);
        }
        if (en.body) {
          expect(fr.body.length, 'body present').toBeGreaterThan(0);
          expect(fr.body).not.toEqual(en.body);
          // French typography: no straight double quotes or English curly quotes left in prose.
          expect(fr.body).not.toMatch(/[“”]/);
          // …and a no-break space (not an ordinary one, not none) before : ; ? ! and inside « ».
          expect(fr.body).not.toMatch(/[\p{L}»)] ?[:;?!](?!\/)/u);
          expect(fr.body).not.toMatch(/« | »/);
        }
      });
    }
  });
}
