// The legend's rows never overlap: in two-column phone legends an entry that wraps onto two lines
// pushes the next row down (the state forces' entry used to run into "Other or unidentified").
import { describe, expect, it } from 'vitest';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { legendPanel } from '../../src/lib/map/layers/panels.ts';
import { textWidth } from '../../src/lib/map/layers/text.ts';
import type { VNode } from '../../src/lib/map/types.ts';
import { scene, sceneIds } from '../../src/lib/scenes/index.ts';

interface Line { text: string; x0: number; x1: number; y0: number; y1: number }

/** Every text line of the legend in panel coordinates (rows are translated groups). */
function lines(node: VNode, dx = 0, dy = 0): Line[] {
  const t = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(String(node.attrs?.['transform'] ?? ''));
  const x = dx + (t ? Number(t[1]) : 0);
  const y = dy + (t ? Number(t[2]) : 0);
  if (node.tag === 'text' && node.text) {
    const tx = x + Number(node.attrs?.['x'] ?? 0);
    const ty = y + Number(node.attrs?.['y'] ?? 0);
    return [{ text: node.text, x0: tx, x1: tx + textWidth(node.text, 12), y0: ty - 10, y1: ty + 2 }];
  }
  return (node.children ?? []).flatMap((c) => lines(c, x, y));
}

describe('legend rows', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const width of [320, 375, 768, 1440]) {
      it(`${lang} at ${width} px: no two lines overlap`, () => {
        const problems: string[] = [];
        for (const id of sceneIds()) {
          const panel = legendPanel(resolveScene(scene(id), lang), width, 52, 14);
          if (!panel) continue;
          const all = lines({ ...panel.node, attrs: {} });
          all.forEach((a, i) => {
            for (const b of all.slice(i + 1)) {
              if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) problems.push(`${id}: "${a.text}" overlaps "${b.text}"`);
            }
          });
        }
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  }
});
