// Post-build: subsets the self-hosted fonts in dist/fonts to the characters the built pages use
// (plus a safety set of Latin letters, French accents and punctuation), keeping only the weights
// the CSS uses. Cuts ~100 KB of fonts to ~60 KB. Deterministic: same pages → same bytes.
// Then names each file by its content (source-serif-4-latin-wght-normal.<hash>.woff2) and points
// the pages at the new names, so fonts can be cached as immutable (public/_headers, serve.ts): a
// returning reader never waits for them, and a new subset always gets a new address.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
const renamed = new Map<string, string>();
for (const { file, wght } of FONTS) {
  const path = join(dist, 'fonts', file);
  const before = readFileSync(path);
  const after = await subsetFont(before, chars, { targetFormat: 'woff2', variationAxes: { wght } });
  const hashed = file.replace(/\.woff2$/, `.${createHash('sha256').update(after).digest('hex').slice(0, 10)}.woff2`);
  writeFileSync(path, after);
  renameSync(path, join(dist, 'fonts', hashed));
  renamed.set(`/fonts/${file}`, `/fonts/${hashed}`);
  process.stdout.write(`${file}: ${before.length} → ${after.length} bytes (${chars.length} characters) → ${hashed}\n`);
}

// The @font-face rules sit in each page's inline <style>, whose hash the page's CSP <meta> lists:
// rewrite the addresses, then swap the old style hash for the new one.
const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const rename = (text: string): string => {
  let out = text;
  for (const [from, to] of renamed) out = out.split(from).join(to);
  return out;
};
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  if (![...renamed.keys()].some((k) => html.includes(k))) continue;
  const swaps: [string, string][] = [];
  let out = html.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_m, open: string, css: string, close: string) => {
    const next = rename(css);
    if (next !== css) swaps.push([sha(css), sha(next)]);
    return open + next + close;
  });
  out = rename(out);
  for (const [from, to] of swaps) {
    if (!out.includes(from)) throw new Error(`${file}: no CSP hash ${from} for a style that names a font`);
    out = out.split(from).join(to);
  }
  writeFileSync(file, out);
}
