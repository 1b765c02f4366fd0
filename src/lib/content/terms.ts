// Glossary terms explained in place, once: the first use of a term in what the reader sees (the
// whole story, or one chapter in an embed) becomes a tap-to-define control; later uses are plain.
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

/** For each step id, the glossary entries first used in that step within its group (pass the
 *  whole story as one group to define each term once in the story). */
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

export interface TermMarkup {
  /** Where the glossary entry lives (also the no-JS and print fallback's target). */
  glossaryHref: (entry: GlossaryEntry) => string;
  /** The words of the link from a definition to the full glossary. */
  glossaryLabel: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The control for a term's first use: a button that opens its definition as a popover (the
 *  native Popover API gives Esc, light dismiss and top-layer stacking, so the card never clips
 *  it; it also works without JavaScript). src/scripts/term-popover.ts keeps aria-expanded in
 *  step and places the popover beside the word. Print shows the definition in parentheses. */
export function termControl(words: string, entry: GlossaryEntry, markup: TermMarkup): string {
  const id = `term-def-${entry.id}`;
  return (
    `<button type="button" class="term" popovertarget="${id}" aria-controls="${id}" data-term="${escapeHtml(entry.id)}">${words}</button>` +
    `<span class="term-def" id="${id}" popover><strong class="term-def-name">${escapeHtml(entry.term)}</strong> ` +
    `<span class="term-def-expansion">${escapeHtml(entry.expansion)}.</span> ${escapeHtml(entry.definition)} ` +
    `<a class="term-def-more" href="${escapeHtml(markup.glossaryHref(entry))}">${escapeHtml(markup.glossaryLabel)}</a></span>`
  );
}

/** Rendered step HTML with the first use of each entry turned into its control. Only text
 *  outside tags counts, and never text already inside a link or a button. */
export function defineInHtml(html: string, entries: readonly GlossaryEntry[], markup: TermMarkup): string {
  if (entries.length === 0) return html;
  const pending = new Map(entries.map((e) => [e.id, termPatterns(e)]));
  let inert = 0; // depth inside <a>, <button>, <code>
  return html
    .split(/(<[^>]*>)/)
    .map((token) => {
      if (token.startsWith('<')) {
        const m = /^<(\/?)(a|button|code)\b/i.exec(token);
        if (m) inert += m[1] ? -1 : 1;
        return token;
      }
      if (inert > 0 || pending.size === 0) return token;
      // Each pending entry's earliest match in this run of text; overlapping matches keep the first.
      const hits: { entry: GlossaryEntry; index: number; text: string }[] = [];
      for (const entry of entries) {
        const patterns = pending.get(entry.id);
        if (!patterns) continue;
        const m = patterns.map((re) => re.exec(token)).filter((x) => x !== null).sort((a, b) => a.index - b.index)[0];
        if (m) hits.push({ entry, index: m.index, text: m[0] });
      }
      hits.sort((a, b) => a.index - b.index);
      let out = '';
      let at = 0;
      for (const h of hits) {
        if (h.index < at) continue;
        out += token.slice(at, h.index) + termControl(h.text, h.entry, markup);
        at = h.index + h.text.length;
        pending.delete(h.entry.id);
      }
      out += token.slice(at);
      return out;
    })
    .join('');
}

/** Minutes to read, at 200 words a minute, never less than one. */
export function readingMinutes(texts: readonly string[]): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
