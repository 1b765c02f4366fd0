// French labels are often longer than English ones. The label layer drops a label that does not
// fit (rather than let it collide), so a too-long translation silently empties the map. For every
// scene, at phone and desktop sizes, the French map must name as much as the English one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { geoBundle } from '../../src/lib/build/defs.ts';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { buildMapModel } from '../../src/lib/map/model.ts';
import type { VNode } from '../../src/lib/map/types.ts';
import { scene, sceneIds } from '../../src/lib/scenes/index.ts';

const SIZES = [
  { name: 'phone', size: { width: 375, height: 812 }, mode: 'narrow' },
  { name: 'desktop', size: { width: 860, height: 900 }, mode: 'wide' },
] as const;

/** Each scene's step text, per language: the build resolves scenes with it (named places first). */
const ROOT = new URL('../../src/content/steps/', import.meta.url).pathname;
const BODIES = Object.fromEntries(
  (['en', 'fr'] as const).map((lang) => [
    lang,
    new Map(
      readdirSync(join(ROOT, lang), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => {
          const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(ROOT, lang, f), 'utf8'))!;
          return [(parse(m[1]!) as { scene: string }).scene, m[2]!] as const;
        }),
    ),
  ]),
) as Record<'en' | 'fr', Map<string, string>>;

function labels(id: string, lang: 'en' | 'fr', s: (typeof SIZES)[number]): string[] {
  const model = buildMapModel(resolveScene(scene(id), lang, BODIES[lang].get(id) ?? ''), geoBundle().index, { size: s.size, mode: s.mode });
  const group = model.overlay.find((n) => n.key === 'labels');
  const texts: string[] = [];
  const walk = (n: VNode): void => {
    // A label wrapped onto two lines is a <text> of <tspan>s: one label, read as one string.
    if (n.tag === 'text') {
      texts.push(n.text ?? (n.children ?? []).map((c) => c.text ?? '').join(' '));
      return;
    }
    for (const c of n.children ?? []) walk(c);
  };
  if (group) walk(group);
  return texts;
}

describe('French map labels fit as well as the English ones', () => {
  for (const s of SIZES) {
    it(`every scene at ${s.name} size`, () => {
      const short: string[] = [];
      for (const id of sceneIds()) {
        const en = labels(id, 'en', s);
        const fr = labels(id, 'fr', s);
        if (fr.length < en.length) short.push(`${id}: ${en.length} English labels, ${fr.length} French (${fr.join(' | ')}) vs (${en.join(' | ')})`);
      }
      expect(short, short.join('\n')).toEqual([]);
    });
  }
});
