// Glossary terms explained in place: each chapter explains a term at the first step that uses it.
import type { GlossaryEntry } from '../build/glossary.ts';

/** Words that name a glossary entry in running text ("Operation Barkhane" → "Barkhane", and
 *  « Opération Barkhane » likewise in French). */
export function termPatterns(entry: GlossaryEntry): RegExp[] {
  const names = entry.term
    .split(' / ')
    .map((n) => n.replace(/^Op[ée]ration\s+/iu, '').trim())
    .filter(Boolean);
  return names.map((n) => {
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Acronyms match case-sensitively; ordinary words (junta, Sahel) in any case.
    const flags = /^[A-Z0-9]{2,}$/.test(n.replace(/\s/g, '')) ? 'u' : 'iu';
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
  });
}

/** For each step id, the glossary entries first used in that step within its chapter. */
export function firstUses(
  chapters: readonly { steps: readonly { id: string; text: string }[] }[],
  glossary: readonly GlossaryEntry[],
): Map<string, GlossaryEntry[]> {
  const out = new Map<string, GlossaryEntry[]>();
  for (const chapter of chapters) {
    const seen = new Set<string>();
    for (const step of chapter.steps) {
      const found = glossary.filter((g) => !seen.has(g.id) && termPatterns(g).some((re) => re.test(step.text)));
      for (const g of found) seen.add(g.id);
      out.set(step.id, found);
    }
  }
  return out;
}

/** Minutes to read, at 200 words a minute, never less than one. */
export function readingMinutes(texts: readonly string[]): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
