// Post-build: subsets the self-hosted fonts in dist/fonts to the characters the built pages use
// (plus a safety set of Latin letters, French accents and punctuation), keeping only the weights
// the CSS uses. Cuts ~100 KB of fonts to ~60 KB. Deterministic: same pages → same bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const SAFETY =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  ' «»‹›‘’“”–—…·•×÷±≈≤≥→←↑↓€£$%°№ªº' +
  'àâäæçéèêëîïôöœùûüÿÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸáíóúñÁÍÓÚÑãõåøÅØ';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITY[e.toLowerCase()] ?? m;
  });

const text = htmlFiles(dist)
  .map((f) => decode(readFileSync(f, 'utf8').replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ')))
  .join(' ');
const chars = [...new Set(text + SAFETY)].filter((c) => c.codePointAt(0)! >= 32).sort().join('');

// Weights in use: 400 body, 600/700 for emphasis and labels.
const FONTS: { file: string; wght: { min: number; max: number } }[] = [
  { file: 'source-serif-4-latin-wght-normal.woff2', wght: { min: 400, max: 700 } },
  { file: 'source-serif-4-latin-wght-italic.woff2', wght: { min: 400, max: 700 } },
  { file: 'inter-latin-wght-normal.woff2', wght: { min: 400, max: 700 } },
];
for (const { file, wght } of FONTS) {
  const path = join(dist, 'fonts', file);
  const before = readFileSync(path);
  const after = await subsetFont(before, chars, { targetFormat: 'woff2', variationAxes: { wght } });
  writeFileSync(path, after);
  process.stdout.write(`${file}: ${before.length} → ${after.length} bytes (${chars.length} characters)\n`);
}
