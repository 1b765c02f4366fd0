// Internal link checker for the built site. For every dist/**/*.html it checks that
//   - every href/src/srcset/action/poster/xlink:href (and og:/canonical URLs) that points at our
//     own origin resolves to a file in dist/, and its #fragment to an element in that document;
//   - every in-page reference (<use href="#…">, aria-labelledby, aria-describedby, aria-controls,
//     label[for], …) names an id that exists, and no id is used twice;
//   - every url(…) in inline <style> that points at our origin resolves;
//   - nothing links to `javascript:` URLs.
// External links are listed, not fetched (the tests run offline).
//
//   node scripts/check-links.ts [distDir]      exit code 1 when a problem is found
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Text of a raw-text element (<script>, <style>), if any. */
  text?: string;
}

export interface LinkReport {
  pages: string[];
  checked: number;
  external: string[];
  problems: string[];
}

const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'cite', 'background'];
const IDREF_ATTRS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-flowto', 'aria-details', 'aria-errormessage', 'aria-activedescendant', 'for', 'headers', 'list', 'form', 'popovertarget', 'commandfor'];
const META_URL_PROPS = new Set(['og:url', 'og:image', 'og:audio', 'og:video', 'twitter:image']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A small HTML tokenizer: start tags with their attributes (quotes respected), raw text kept. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    let j = lt + nameMatch[0].length;
    for (;;) {
      while (j < html.length && /\s/.test(html[j]!)) j++;
      if (j >= html.length) break;
      if (html[j] === '>') {
        j++;
        break;
      }
      if (html.startsWith('/>', j)) {
        j += 2;
        break;
      }
      const an = /^[^\s=>/]+/.exec(html.slice(j, j + 256));
      if (!an) {
        j++;
        continue;
      }
      const attr = an[0].toLowerCase();
      j += an[0].length;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < html.length && /\s/.test(html[j]!)) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? html.length : end);
          j = end < 0 ? html.length : end + 1;
        } else {
          const m = /^[^\s>]*/.exec(html.slice(j))!;
          value = m[0];
          j += m[0].length;
        }
      }
      if (!attrs.has(attr)) attrs.set(attr, decodeEntities(value));
    }
    const tag: Tag = { name, attrs };
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, j);
      tag.text = html.slice(j, close < 0 ? html.length : close);
      j = close < 0 ? html.length : close;
    }
    out.push(tag);
    i = j;
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** The public URL path of a built HTML file: dist/index.html → /, dist/a/index.html → /a/. */
function pagePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The file a URL path is served from (same rules as scripts/serve.ts and static hosts). */
function fileFor(dist: string, pathname: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const full = resolve(dist, `.${p}`);
  if (full !== dist && !full.startsWith(dist + sep)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : null;
}

function siteOrigin(): string {
  try {
    const config = readFileSync(fileURLToPath(new URL('../astro.config.mjs', import.meta.url)), 'utf8');
    const m = /\bsite:\s*['"]([^'"]+)['"]/.exec(config);
    if (m) return new URL(m[1]!).origin;
  } catch {
    /* fall through */
  }
  return 'https://caught-between.example';
}

export function checkLinks(distDir = 'dist', origin = siteOrigin()): LinkReport {
  const dist = resolve(distDir);
  const htmlFiles = walk(dist).filter((f) => f.endsWith('.html'));
  const docs = new Map<string, { tags: Tag[]; ids: Set<string> }>();
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const t = tags(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    for (const tag of t) {
      const id = tag.attrs.get('id');
      if (id !== undefined) {
        if (ids.has(id)) problems.push(`${pagePath(dist, file)}: duplicate id="${id}"`);
        ids.add(id);
      }
      const name = tag.attrs.get('name');
      if (tag.name === 'a' && name) ids.add(name);
    }
    docs.set(file, { tags: t, ids });
  }

  const external = new Set<string>();
  let checked = 0;
  const check = (file: string, raw: string, what: string): void => {
    const value = raw.trim();
    if (!value) return;
    const page = pagePath(dist, file);
    const base = new URL(page, origin);
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      problems.push(`${page}: ${what} "${value}" is not a valid URL`);
      return;
    }
    if (url.protocol === 'javascript:') {
      problems.push(`${page}: ${what} uses a javascript: URL`);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // mailto:, tel:, data:
    if (url.origin !== origin) {
      external.add(url.href);
      return;
    }
    checked++;
    const target = fileFor(dist, url.pathname);
    if (!target) {
      problems.push(`${page}: ${what} "${value}" → ${url.pathname} does not exist in ${relative(process.cwd(), dist) || dist}`);
      return;
    }
    if (value === '#') {
      problems.push(`${page}: ${what} "#" points nowhere`);
      return;
    }
    if (url.hash && url.hash !== '#top') {
      let frag: string;
      try {
        frag = decodeURIComponent(url.hash.slice(1));
      } catch {
        problems.push(`${page}: ${what} "${value}" has a malformed fragment`);
        return;
      }
      const doc = docs.get(target);
      if (!doc) {
        if (target.endsWith('.svg')) return; // fragments into SVG files are not checked
        problems.push(`${page}: ${what} "${value}" has a fragment but ${url.pathname} is not an HTML page`);
      } else if (!doc.ids.has(frag)) {
        problems.push(`${page}: ${what} "${value}" → no element with id="${frag}" in ${url.pathname}`);
      }
    }
  };

  for (const [file, doc] of docs) {
    const page = pagePath(dist, file);
    for (const tag of doc.tags) {
      for (const attr of URL_ATTRS) {
        const v = tag.attrs.get(attr);
        if (v === undefined) continue;
        if (tag.name === 'script' && attr === 'src' && !v) continue;
        check(file, v, `<${tag.name} ${attr}>`);
      }
      for (const attr of ['srcset', 'imagesrcset']) {
        const v = tag.attrs.get(attr);
        if (v) for (const part of v.split(',')) check(file, part.trim().split(/\s+/)[0] ?? '', `<${tag.name} ${attr}>`);
      }
      if (tag.name === 'meta') {
        const prop = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
        const content = tag.attrs.get('content');
        if (META_URL_PROPS.has(prop) && content) check(file, content, `<meta ${prop}>`);
        if ((tag.attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh' && content) {
          const m = /url\s*=\s*(.+)$/i.exec(content);
          if (m) check(file, m[1]!.replace(/^['"]|['"]$/g, ''), '<meta refresh>');
        }
      }
      for (const attr of IDREF_ATTRS) {
        const v = tag.attrs.get(attr);
        if (v === undefined) continue;
        if (attr === 'form' && !['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea'].includes(tag.name)) continue;
        for (const ref of v.split(/\s+/).filter(Boolean)) {
          checked++;
          if (!doc.ids.has(ref)) problems.push(`${page}: <${tag.name} ${attr}="${v}"> → no element with id="${ref}"`);
        }
      }
      if (tag.name === 'style' && tag.text) {
        for (const m of tag.text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(file, m[2]!, '<style> url()');
      }
      const style = tag.attrs.get('style');
      if (style) for (const m of style.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(file, m[2]!, 'style="url()"');
    }
  }
  return { pages: [...docs.keys()].map((f) => pagePath(dist, f)), checked, external: [...external].sort(), problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = checkLinks(process.argv[2] ?? 'dist');
  process.stdout.write(
    `check-links: ${report.pages.length} page(s), ${report.checked} internal reference(s), ${report.external.length} external link(s) (not fetched)\n`,
  );
  for (const p of report.problems) process.stdout.write(`  ✗ ${p}\n`);
  if (report.problems.length === 0) process.stdout.write('  ✓ every internal link, fragment and id reference resolves\n');
  process.exitCode = report.problems.length ? 1 : 0;
}
