// A step's map description says what its map draws. Every label it quotes (“Gao: closed
// 15 Aug 2022”, « Trois frontières ») must be drawn on that step's map, at the static map's size
// (printed and read with the description) or at the desktop size of the live map: a description
// never promises a label that a placement rule drops or that a translation changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { geoBundle } from '../../src/lib/build/defs.ts';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { buildMapModel } from '../../src/lib/map/model.ts';
import type { VNode } from '../../src/lib/map/types.ts';
import { scene } from '../../src/lib/scenes/index.ts';

const ROOT = new URL('../../src/content/steps/', import.meta.url).pathname;
const SIZES = [
  { size: { width: 560, height: 440 }, mode: 'static' },
  { size: { width: 896, height: 900 }, mode: 'wide' },
] as const;
const QUOTE = { en: /“([^”]+)”/g, fr: /«\u00a0([^»]+?)\u00a0»/g } as const;

const texts = (nodes: readonly VNode[]): string[] =>
  nodes.flatMap((n) =>
    // A label wrapped onto two lines (<tspan>s) is read as one string.
    n.tag === 'text' ? [n.text ?? (n.children ?? []).map((c) => c.text ?? '').join(' ')] : texts(n.children ?? []),
  );

/** Every text drawn on a scene's map, at the sizes a description is read with. */
function drawn(sceneId: string, lang: 'en' | 'fr', body: string): string[] {
  // With the step's own text, as the build resolves it: places the text names are labelled first.
  const resolved = resolveScene(scene(sceneId), lang, body);
  const out = SIZES.flatMap((s) => texts(buildMapModel(resolved, geoBundle().index, { size: s.size, mode: s.mode }).overlay));
  // Wrapped legend rows and captions are checked as whole sentences too.
  return [...out, ...resolved.legend.map((l) => l.text), ...(resolved.caption ? [resolved.caption] : [])];
}

function steps(lang: 'en' | 'fr'): { file: string; id: string; scene: string; mapDescription: string; body: string }[] {
  const dir = join(ROOT, lang);
  return readdirSync(dir).flatMap((chapter) =>
    readdirSync(join(dir, chapter)).map((f) => {
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(dir, chapter, f), 'utf8'))!;
      return { file: `${lang}/${chapter}/${f}`, body: m[2]!, ...(parse(m[1]!) as { id: string; scene: string; mapDescription: string }) };
    }),
  );
}

describe('map descriptions quote only labels the map draws', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: every quoted label is drawn`, () => {
      const wrong: string[] = [];
      let quotes = 0;
      for (const step of steps(lang)) {
        const onMap = drawn(step.scene, lang, step.body).map((t) => t.toLocaleUpperCase(lang));
        for (const m of step.mapDescription.matchAll(QUOTE[lang])) {
          quotes++;
          const q = m[1]!.replace(/[,.]$/, '').toLocaleUpperCase(lang);
          if (!onMap.some((t) => t.includes(q))) wrong.push(`${step.file}: “${m[1]}” is not drawn (drawn: ${[...new Set(onMap)].join(' | ')})`);
        }
      }
      expect(quotes).toBeGreaterThan(20);
      expect(wrong, wrong.join('\n')).toEqual([]);
    });
  }

  it('the 2021 dot map says how many dots it draws and which events they are', () => {
    const events = JSON.parse(readFileSync(new URL('../../src/generated/events-2021.json', import.meta.url), 'utf8')) as { kept: number; dropped: number };
    for (const lang of ['en', 'fr'] as const) {
      const step = steps(lang).find((s) => s.id === 'where-violence-happens')!;
      expect(step.mapDescription).toContain(`${events.kept}`);
      expect(step.mapDescription).toContain(`${events.dropped}`);
    }
  });
});
