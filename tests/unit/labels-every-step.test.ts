// Map labels at every width a reader uses, in both languages, on the map model (where placement
// is computed): no label outside the visible map, no two labels overlapping, and every place the
// step's own text names (and the scene marks) keeps its label. e2e/labels.spec.ts checks that the
// screen matches the model.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { geoBundle } from '../../src/lib/build/defs.ts';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { overlaps } from '../../src/lib/map/layers/boxes.ts';
import { buildMapModel } from '../../src/lib/map/model.ts';
import { scene } from '../../src/lib/scenes/index.ts';
import { storyMapSize, VIEWPORTS } from '../../src/lib/layout/story-layout.ts';

const ROOT = new URL('../../src/content/steps/', import.meta.url).pathname;

function steps(lang: 'en' | 'fr'): { id: string; scene: string; body: string }[] {
  const dir = join(ROOT, lang);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(dir, f), 'utf8'))!;
      const data = parse(m[1]!) as { id: string; scene: string };
      return { id: data.id, scene: data.scene, body: m[2]! };
    });
}

describe.each(['en', 'fr'] as const)('map labels in %s', (lang) => {
  const list = steps(lang);
  it('every step is checked', () => expect(list.length).toBeGreaterThanOrEqual(51));
  for (const vp of VIEWPORTS) {
    it(`at ${vp.width}×${vp.height}: inside the map, apart, and every named place labelled`, () => {
      const problems: string[] = [];
      const { size, mode } = storyMapSize(vp);
      for (const step of list) {
        const resolved = resolveScene(scene(step.scene), lang, step.body);
        const model = buildMapModel(resolved, geoBundle().index, { size, mode });
        const { placed, dropped, blocked } = model.labels;
        for (const p of placed) {
          const b = p.box;
          if (b.x0 < 0 || b.y0 < 0 || b.x1 > size.width || b.y1 > size.height) problems.push(`${step.id}: "${p.text}" runs off the map`);
          const under = blocked.find((x) => overlaps(b, x));
          if (under) problems.push(`${step.id}: "${p.text}" sits under a panel or card`);
        }
        placed.forEach((a, i) => {
          for (const b of placed.slice(i + 1)) if (overlaps(a.box, b.box)) problems.push(`${step.id}: "${a.text}" overlaps "${b.text}"`);
        });
        for (const d of dropped) if (d.named) problems.push(`${step.id}: "${d.text}" (named in the text) has no label`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

describe('which places count as named', () => {
  it('a step that names a marked place marks it as named', () => {
    const r = resolveScene(scene('three-capitals'), 'en', 'Bamako in Mali, Ouagadougou in Burkina Faso, Niamey in Niger.');
    expect(r.markers.filter((m) => m.named).map((m) => m.id).sort()).toEqual(['bamako', 'niamey', 'ouagadougou']);
    expect(r.labels.filter((l) => l.named).length).toBe(3); // MALI, BURKINA FASO, NIGER
  });
  it('a name inside a longer word does not count', () => {
    const r = resolveScene(scene('three-capitals'), 'en', 'Bamakois and Nigeria.');
    expect(r.markers.some((m) => m.named)).toBe(false);
  });
});
