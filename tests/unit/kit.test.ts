// The classroom kit's worksheet and answer key (issue 15): every worksheet task and every
// discussion question of the guide has a model answer, in both languages, under the same ids;
// every answer is traceable (its source keys exist in the fact sheet's source list, its steps
// exist in the story); contested tolls are answered as contested; timeline events exist.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORDER_EVENTS, TIMELINE_EVENTS, questionId, scrambled } from '../../src/lib/kit/kit.ts';
import { words as en } from '../../src/prose/en/worksheet.ts';
import { words as fr } from '../../src/prose/fr/worksheet.ts';
import { qrShape } from '../../src/lib/kit/qr.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
// The project's source list: the fact sheet's sources plus the data sets (DATA_*), as the sources page lists them.
const sources = JSON.parse(read('src/generated/sources.json')) as Record<string, unknown>;
const timeline = new Set((JSON.parse(read('data/raw/facts/timeline.json')) as { id: string }[]).map((e) => e.id));

/** Chapters (id → number of discussion questions) and whether they have steps, from the content. */
function chapters(lang: string): { id: string; questions: number; hasSteps: boolean }[] {
  const dir = `src/content/chapters/${lang}/`;
  const stepDirs = new Set(readdirSync(new URL(`src/content/steps/${lang}/`, root)));
  return readdirSync(new URL(dir, root)).map((f) => {
    const text = read(dir + f);
    const front = text.split(/^---$/m)[1] ?? '';
    const id = /^id: (.+)$/m.exec(front)![1]!.trim();
    const block = /^questions:\n((?:\s+- .*\n?)*)/m.exec(front)?.[1] ?? '';
    return { id, questions: (block.match(/^\s+- /gm) ?? []).length, hasSteps: stepDirs.has(id) };
  });
}
function stepIds(lang: string): Set<string> {
  const ids = new Set<string>();
  for (const dir of readdirSync(new URL(`src/content/steps/${lang}/`, root))) {
    for (const f of readdirSync(new URL(`src/content/steps/${lang}/${dir}/`, root))) ids.add(/^id: (.+)$/m.exec(read(`src/content/steps/${lang}/${dir}/${f}`))![1]!.trim());
  }
  return ids;
}

for (const [lang, w] of [['en', en], ['fr', fr]] as const) {
  describe(`answer key (${lang})`, () => {
    it('answers every worksheet task and every guide question by id, and nothing else', () => {
      const expected = [...w.tasks.map((t) => t.id), ...chapters(lang).flatMap((c) => Array.from({ length: c.questions }, (_, i) => questionId(c.id, i + 1)))];
      expect(expected.filter((id) => !(id in w.answers)), 'questions without an answer').toEqual([]);
      expect(Object.keys(w.answers).filter((id) => !expected.includes(id)), 'answers to no question').toEqual([]);
      // The guide (chapters with steps) has 30 questions; all are in the key.
      const guide = chapters(lang).filter((c) => c.hasSteps).reduce((n, c) => n + c.questions, 0);
      expect(guide).toBeGreaterThanOrEqual(30);
    });

    it('every answer names sources from the fact sheet and steps of the story', () => {
      const steps = stepIds(lang);
      for (const [id, a] of Object.entries(w.answers)) {
        expect(a.text.length, id).toBeGreaterThan(60);
        expect(a.sources.length, id).toBeGreaterThan(0);
        expect(a.sources.filter((k) => !(k in sources)), `${id}: unknown source keys`).toEqual([]);
        expect(a.steps.filter((s) => !steps.has(s)), `${id}: unknown steps`).toEqual([]);
      }
    });

    it('the Bamako toll and Moura are answered as contested, each figure attributed', () => {
      for (const id of ['ws-compare', 'q-cold-open-1']) {
        const a = w.answers[id]!;
        expect(a.contested, id).toBe(true);
        for (const figure of ['60', '77', '255', '100']) expect(a.text, `${id} gives ${figure}`).toContain(figure);
        expect(a.text).toMatch(/Le Monde/);
        expect(a.text).toMatch(/AFP/);
      }
      const moura = w.answers['ws-moura']!;
      expect(moura.contested).toBe(true);
      for (const figure of ['203', '300', '500', '238']) expect(moura.text).toContain(figure);
    });

    it('labels every timeline event it uses, and the ordering task is not in date order', () => {
      for (const id of [...ORDER_EVENTS, ...TIMELINE_EVENTS]) {
        expect(timeline.has(id), id).toBe(true);
        expect(w.events[id]?.length ?? 0, id).toBeGreaterThan(3);
      }
      expect(scrambled(ORDER_EVENTS)).not.toEqual([...ORDER_EVENTS]);
      expect([...scrambled(ORDER_EVENTS)].sort()).toEqual([...ORDER_EVENTS].sort());
    });
  });
}

describe('worksheet in both languages', () => {
  it('has the same tasks, in the same order and chapters', () => {
    expect(fr.tasks.map((t) => [t.id, t.chapter, t.kind, t.lines])).toEqual(en.tasks.map((t) => [t.id, t.chapter, t.kind, t.lines]));
    expect(Object.keys(fr.answers).sort()).toEqual(Object.keys(en.answers).sort());
    expect(fr.mapNames.length).toBe(en.mapNames.length);
  });
});

describe('QR path', () => {
  it('draws the same dark modules as the qrcode library, with a quiet zone', async () => {
    const QRCode = (await import('qrcode')).default;
    const text = 'https://caught-between.example/fr/#moura';
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const { size, path } = qrShape(text);
    expect(size).toBe(qr.modules.size + 4);
    // Replay the path: rows of runs.
    const dark = new Set<string>();
    let x = 0;
    let y = 0;
    for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      if (cmd === 'M') [x, y] = [Number(a), Number(b) - 0.5];
      else if (cmd === 'm') x += Number(a);
      else for (let i = 0; i < Number(a); i++) dark.add(`${x++},${y}`);
    }
    let expected = 0;
    for (let r = 0; r < qr.modules.size; r++) for (let c = 0; c < qr.modules.size; c++) if (qr.modules.get(r, c)) {
      expected++;
      expect(dark.has(`${c + 2},${r + 2}`)).toBe(true);
    }
    expect(dark.size).toBe(expected);
  });
});
