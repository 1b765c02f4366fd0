// Postbuild: the service worker (dist/sw.js) and its manifest of sets stored by role. The worker
// itself is scripts/sw/worker.js (small, commented, no Workbox runtime); this script works out
// from the built site which files each role needs, with a revision per file, and writes the
// manifest into it. Registered by src/lib/present/offline.ts, which asks for a set per page.
//
// Sets, one per language (en: the root, fr: /fr/):
// - reader-<lang>: the story page and the 404 page, with everything they load (scripts,
//   stylesheets, fonts, icon) and the data files their scripts fetch. What a reader uses, and no more.
// - classroom-<lang>: the reader set plus the teacher's pages — guide/** (the guide, its answer
//   key and any printable under it), present/, notes/, worksheet/, handout/, sources/ — with what they load,
//   the files they link for download, and every map download under maps/.
// Embeds are pages for other sites' iframes, where the worker is never registered: in no set.
//
//   node scripts/service-worker.ts [distDir]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export type Lang = 'en' | 'fr';
export interface Manifest {
  version: string;
  /** Built file path ('/guide/index.html') and its revision (null for hashed /_astro/ files). */
  files: [string, string | null][];
  /** Set name → indices into files. */
  sets: Record<string, number[]>;
}

const LANGS: Lang[] = ['en', 'fr'];
const NEVER = /^\/(?:fr\/)?embed\/|^\/sw\.js$|^\/_headers$|\/node_modules\//;
/** Pages a reader uses, per language (neutral paths). */
const READER_PAGES = /^\/(?:index|404)\.html$/;
/** The classroom's pages, per language (neutral paths): the worksheet and answer key included once built. */
const CLASSROOM_PAGES = /^\/(?:guide|present|notes|worksheet|handout|sources)\/(?:.*\/)?index\.html$/;
/** The per-step map downloads (SVG and PNG), per language. */
const CLASSROOM_FILES = /^\/maps\/[^/]+\.(?:svg|png)$/;

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [`/${relative(base, full).split(sep).join('/')}`];
  });
}

const langOf = (file: string): Lang => (file.startsWith('/fr/') ? 'fr' : 'en');
const neutral = (file: string): string => (file.startsWith('/fr/') ? file.slice(3) : file);

/** A site-relative URL from a page or asset → the built file it names, if there is one. */
function resolveRef(ref: string, from: string, known: Set<string>): string | null {
  if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) return null;
  const bare = ref.split(/[?#]/)[0] ?? '';
  if (!bare) return null;
  let p = bare.startsWith('/') ? bare : posix.join(posix.dirname(from), bare);
  if (p.endsWith('/')) p += 'index.html';
  return known.has(p) ? p : null;
}

/**
 * What a file loads: for a page, its scripts, stylesheets, preloads, icon and CSS url()s (and,
 * with `downloads`, every file it links that is not a page); for a script, its imports and the
 * data files it names; for a stylesheet, its url()s.
 */
function references(dist: string, file: string, known: Set<string>, downloads: boolean): string[] {
  if (!/\.(?:html|js|css)$/.test(file)) return [];
  const text = readFileSync(join(dist, file), 'utf8');
  const refs: string[] = [];
  const urls = (re: RegExp): void => {
    for (const m of text.matchAll(re)) if (m[1]) refs.push(m[1]);
  };
  if (file.endsWith('.html')) {
    urls(/<script\b[^>]*\bsrc="([^"]+)"/g);
    for (const m of text.matchAll(/<link\b[^>]*>/g)) {
      const tag = m[0];
      if (!/\brel="(?:stylesheet|preload|modulepreload|icon|manifest)"/.test(tag)) continue;
      const href = tag.match(/\bhref="([^"]+)"/)?.[1];
      if (href) refs.push(href);
    }
    urls(/url\(["']?([^)"']+)["']?\)/g);
    if (downloads) for (const m of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) if (m[1] && !/\/$|\.html$/.test(m[1].split(/[?#]/)[0] ?? '')) refs.push(m[1]);
  } else if (file.endsWith('.css')) {
    urls(/url\(["']?([^)"']+)["']?\)/g);
  } else {
    urls(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g);
    // Data the script fetches by name (e.g. dataUrl('events-2021.json')).
    for (const f of known) if (f.startsWith('/data/') && text.includes(`${posix.basename(f)}`)) refs.push(f);
  }
  return refs.map((r) => resolveRef(r, file, known)).filter((r): r is string => r !== null);
}

/** The files `pages` need, transitively. */
function closure(dist: string, pages: string[], known: Set<string>, downloads: boolean): Set<string> {
  const out = new Set<string>();
  const todo = [...pages];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (out.has(f)) continue;
    out.add(f);
    todo.push(...references(dist, f, known, downloads && f.endsWith('.html')).filter((r) => !out.has(r) && !/\.html$/.test(r)));
  }
  return out;
}

export function buildManifest(dist: string): Manifest {
  const all = walk(dist)
    .filter((f) => !NEVER.test(f))
    .sort();
  const known = new Set(all);
  const revision = (f: string): string | null =>
    f.startsWith('/_astro/') ? null : createHash('sha256').update(readFileSync(join(dist, f))).digest('hex').slice(0, 12);
  const files: [string, string | null][] = all.map((f) => [f, revision(f)]);
  const index = new Map(all.map((f, i) => [f, i]));
  const sets: Record<string, number[]> = {};
  for (const lang of LANGS) {
    const mine = all.filter((f) => langOf(f) === lang);
    const readerPages = mine.filter((f) => f.endsWith('.html') && READER_PAGES.test(neutral(f)));
    if (readerPages.length === 0) continue;
    const reader = closure(dist, readerPages, known, false);
    const classroomPages = mine.filter((f) => f.endsWith('.html') && CLASSROOM_PAGES.test(neutral(f)));
    const classroom = new Set([
      ...reader,
      ...closure(dist, classroomPages, known, true),
      ...mine.filter((f) => CLASSROOM_FILES.test(neutral(f))),
    ]);
    const ids = (s: Set<string>): number[] => [...s].map((f) => index.get(f)!).sort((a, b) => a - b);
    sets[`reader-${lang}`] = ids(reader);
    sets[`classroom-${lang}`] = ids(classroom);
  }
  const version = createHash('sha256').update(JSON.stringify({ files, sets })).digest('hex').slice(0, 12);
  return { version, files, sets };
}

/** Bytes on disk of a set (raw; what travels is compressed). */
export function setBytes(dist: string, m: Manifest, name: string): number {
  return (m.sets[name] ?? []).reduce((s, i) => s + statSync(join(dist, m.files[i]![0])).size, 0);
}

function main(): void {
  const dist = resolve(root, process.argv[2] ?? process.env['DIST_DIR'] ?? process.env['SERVE_ROOT'] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: build the site first`);
  const manifest = buildManifest(dist);
  const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'sw', 'worker.js'), 'utf8');
  if (!template.includes('__MANIFEST__;')) throw new Error('scripts/sw/worker.js: no __MANIFEST__ placeholder');
  writeFileSync(join(dist, 'sw.js'), template.replace('__MANIFEST__;', `${JSON.stringify(manifest)};`));
  for (const name of Object.keys(manifest.sets)) {
    process.stdout.write(`service worker: ${name} ${manifest.sets[name]!.length} files (${(setBytes(dist, manifest, name) / 1024).toFixed(0)} KB raw)\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
