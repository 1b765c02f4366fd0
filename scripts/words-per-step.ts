// Words per step, in English and French: the pacing check behind issue 11 (a card should leave
// the map visible). Counts the step body only: no frontmatter, no tables, no Markdown syntax.
// npx node scripts/words-per-step.ts [--sort]   (--sort lists the longest steps first)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../src/content/steps/', import.meta.url).pathname;

/** The prose of a Markdown step: frontmatter, table rows, HTML, link targets and emphasis removed. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .split('\n')
    .filter((line) => !/^\s*\|/.test(line))
    .join('\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '');
}

/** Words as a reader counts them: runs of letters or digits (« » — – and lone punctuation are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface Row {
  id: string;
  en: number;
  fr: number;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const chapter of readdirSync(join(ROOT, 'en')).sort()) {
    for (const file of readdirSync(join(ROOT, 'en', chapter)).filter((f) => f.endsWith('.md')).sort()) {
      const en = readFileSync(join(ROOT, 'en', chapter, file), 'utf8');
      const fr = readFileSync(join(ROOT, 'fr', chapter, file), 'utf8');
      const id = /^id:\s*(\S+)/m.exec(en)?.[1] ?? file;
      out.push({ id: `${chapter}/${id}`, en: countWords(proseOf(en)), fr: countWords(proseOf(fr)) });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = rows();
  const list = process.argv.includes('--sort') ? [...all].sort((a, b) => b.en - a.en) : all;
  const width = Math.max(...all.map((r) => r.id.length));
  console.log(`${'step'.padEnd(width)}  ${'EN'.padStart(4)}  ${'FR'.padStart(4)}`);
  for (const r of list) console.log(`${r.id.padEnd(width)}  ${String(r.en).padStart(4)}  ${String(r.fr).padStart(4)}`);
  const sum = (k: 'en' | 'fr'): number => all.reduce((s, r) => s + r[k], 0);
  const mean = (k: 'en' | 'fr'): string => (sum(k) / all.length).toFixed(1);
  console.log(`${'total'.padEnd(width)}  ${String(sum('en')).padStart(4)}  ${String(sum('fr')).padStart(4)}`);
  console.log(`${`mean (${all.length} steps)`.padEnd(width)}  ${mean('en').padStart(4)}  ${mean('fr').padStart(4)}`);
  const top = [...all].sort((a, b) => b.en - a.en).slice(0, 5);
  console.log(`longest 5 (EN): ${top.map((r) => `${r.id.split('/')[1]} ${r.en}`).join(', ')}`);
}
