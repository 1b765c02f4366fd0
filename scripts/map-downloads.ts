// Postbuild: every step's map as a download for teachers' own slides, dist/maps/<step>.svg and
// .png, with the map credits and the step's sources drawn in.
//
// The maps come from the build-only map sheet (/map-sheet/, src/views/MapSheetPage.astro), where
// each step has a static map at a slide's proportions, drawn by the same renderer as the story;
// the sheet is deleted from dist afterwards (readers never get it). Chromium (with JavaScript off)
// turns each into a standalone SVG that opens in any viewer: the shared <defs> geometry is
// inlined as plain paths (the camera transform baked into the coordinates, off-screen shapes
// dropped), and every style the page's CSS gives is written out as presentation attributes,
// so no stylesheet, CSS variable or <use> reference is needed. The PNG is a screenshot of that
// SVG (1920 px wide) with the credits also stored as PNG text chunks.
//
//   node scripts/map-downloads.ts [distDir]       (default: dist; CHROMIUM_PATH overrides)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, process.argv[2] ?? process.env['DIST_DIR'] ?? process.env['SERVE_ROOT'] ?? 'dist');
const ORIGIN = 'http://maps.local';
const PNG_WIDTH = 1920;
/** The build-only page with every step's map (src/pages/map-sheet.astro). */
const SHEET = 'map-sheet';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface StandaloneMap {
  id: string;
  svg: string;
  width: number;
  height: number;
  title: string;
  credit: string;
  sources: string;
}

/** Runs in the page: one standalone SVG per figure[data-map-download]. */
function buildStandalone(): StandaloneMap[] {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const PAINT: Record<string, string> = {
    fill: 'rgb(0, 0, 0)',
    'fill-opacity': '1',
    'fill-rule': 'nonzero',
    stroke: 'none',
    'stroke-width': '1px',
    'stroke-opacity': '1',
    'stroke-dasharray': 'none',
    'stroke-linecap': 'butt',
    'stroke-linejoin': 'miter',
    opacity: '1',
    'paint-order': 'normal',
  };
  const FONT: Record<string, string> = {
    'font-weight': '400',
    'font-style': 'normal',
    'letter-spacing': 'normal',
    'text-anchor': 'start',
    'dominant-baseline': 'auto',
  };
  const GRAPHIC = new Set(['path', 'use', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan']);
  const TEXT = new Set(['text', 'tspan']);
  const px = (v: string): string => v.replace(/px\b/g, '');
  const family = (v: string): string =>
    v
      .split(',')
      .map((f) => f.trim())
      .filter((f) => !/fallback/i.test(f))
      .concat(['Arial', 'Helvetica', 'sans-serif'])
      .filter((f, i, all) => all.indexOf(f) === i)
      .join(', ')
      .replace(/"/g, "'");
  const round = (n: number): string => String(Math.round(n * 1000) / 1000);
  /** A computed colour as #rrggbb and its alpha (SVG 1.1 viewers know neither rgba() nor CSS 4 syntax). */
  function colour(v: string): { value: string; alpha: number } {
    const m = v.match(/^rgba?\(([^)]+)\)$/);
    if (!m) return { value: v, alpha: 1 };
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    if (a === 0) return { value: 'none', alpha: 1 };
    return { value: `#${[r, g, b].map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`, alpha: a };
  }

  function styleAttrs(src: Element, dst: Element): void {
    const cs = getComputedStyle(src);
    const tag = src.tagName.toLowerCase();
    for (const paint of ['fill', 'stroke']) {
      const { value, alpha } = colour(cs.getPropertyValue(paint));
      const opacity = Number(cs.getPropertyValue(`${paint}-opacity`) || '1') * alpha;
      if (value !== PAINT[paint] || paint === 'fill') dst.setAttribute(paint, value);
      if (value !== 'none' && opacity < 1) dst.setAttribute(`${paint}-opacity`, round(opacity));
    }
    for (const [prop, initial] of Object.entries(PAINT)) {
      if (prop === 'fill' || prop === 'stroke' || prop.endsWith('-opacity')) continue;
      const v = cs.getPropertyValue(prop);
      if (v && v !== initial) dst.setAttribute(prop, prop === 'stroke-dasharray' ? px(v).replace(/,\s*/g, ' ') : px(v));
    }
    if (TEXT.has(tag)) {
      dst.setAttribute('font-family', family(cs.fontFamily));
      dst.setAttribute('font-size', px(cs.fontSize));
      for (const [prop, initial] of Object.entries(FONT)) {
        const v = cs.getPropertyValue(prop);
        if (v && v !== initial) dst.setAttribute(prop, px(v));
      }
    }
  }

  /** Absolute M/L/Z path data scaled and moved by (k, e, f); null if it uses other commands. */
  function bakePath(d: string, k: number, e: number, f: number, w: number, h: number): string | null {
    const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? [];
    const out: string[] = [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let cmd = '';
    for (let i = 0; i < tokens.length; ) {
      const tok = tokens[i]!;
      if (/[a-zA-Z]/.test(tok)) {
        if (!'MLZ'.includes(tok)) return null;
        cmd = tok;
        i++;
        if (tok === 'Z') out.push('Z');
        continue;
      }
      if (cmd !== 'M' && cmd !== 'L') return null;
      const x = Number(tokens[i]) * k + e;
      const y = Number(tokens[i + 1]) * k + f;
      i += 2;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      out.push(`${cmd}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
      if (cmd === 'M') cmd = 'L';
    }
    if (x1 < -20 || y1 < -20 || x0 > w + 20 || y0 > h + 20) return ''; // entirely off the map
    return out.join('').replace(/L/g, ' L').replace(/^ /, '');
  }

  function matrixOf(g: Element | null): [number, number, number] | null {
    const m = g?.getAttribute('transform')?.match(/^matrix\(([^)]+)\)$/);
    if (!m) return null;
    const [a, b, c, d, e, f] = m[1]!.split(/[\s,]+/).map(Number);
    if (b !== 0 || c !== 0 || a !== d || ![a, e, f].every(Number.isFinite)) return null;
    return [a!, e!, f!];
  }

  function wrap(svg: SVGSVGElement, text: string, size: number, max: number): string[] {
    const probe = document.createElementNS(SVG_NS, 'text');
    probe.setAttribute('font-size', String(size));
    probe.setAttribute('font-family', 'Inter, Arial, sans-serif');
    svg.append(probe);
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      probe.textContent = next;
      if (line && probe.getComputedTextLength() > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    probe.remove();
    return lines;
  }

  const maps: StandaloneMap[] = [];
  for (const fig of document.querySelectorAll<HTMLElement>('figure[data-map-download]')) {
    const src = fig.querySelector('svg');
    if (!src) continue;
    const id = fig.dataset['mapDownload'] ?? '';
    const credit = fig.dataset['credit'] ?? '';
    const sources = fig.dataset['sources'] ?? '';
    const link = fig.dataset['link'] ?? '';
    const title = fig.dataset['title'] ?? id;
    const [, , width, height] = (src.getAttribute('viewBox') ?? '0 0 800 450').split(/\s+/).map(Number) as [number, number, number, number];
    const out = document.createElementNS(SVG_NS, 'svg');
    const walk = (from: Element, to: Element, bake: [number, number, number] | null): void => {
      for (const child of from.children) {
        const tag = child.tagName.toLowerCase();
        const cs = getComputedStyle(child);
        if (cs.display === 'none' || cs.visibility === 'hidden' || tag === 'title' || tag === 'desc') continue;
        if (tag === 'use') {
          const ref = document.getElementById((child.getAttribute('href') ?? '').replace(/^#/, ''));
          const d = ref?.getAttribute('d');
          if (!d) continue;
          const path = document.createElementNS(SVG_NS, 'path');
          const baked = bake ? bakePath(d, bake[0], bake[1], bake[2], width, height) : null;
          if (baked === '') continue;
          path.setAttribute('d', baked ?? d);
          if (baked === null) path.setAttribute('vector-effect', 'non-scaling-stroke');
          const cls = child.getAttribute('class');
          if (cls) path.setAttribute('class', cls);
          styleAttrs(child, path);
          to.append(path);
          continue;
        }
        const copy = document.createElementNS(SVG_NS, tag);
        for (const attr of child.attributes) {
          if (attr.name.startsWith('data-') || attr.name.startsWith('aria-') || attr.name === 'role' || attr.name === 'style') continue;
          copy.setAttribute(attr.name, attr.value);
        }
        if (GRAPHIC.has(tag)) styleAttrs(child, copy);
        else if (cs.opacity !== '1') copy.setAttribute('opacity', cs.opacity);
        if (child.childElementCount === 0 && child.textContent && TEXT.has(tag)) copy.textContent = child.textContent;
        let inner = bake;
        if (tag === 'g' && child.classList.contains('level')) {
          inner = matrixOf(child);
          // Baked paths carry the camera in their coordinates; others keep the group's transform.
          const onlyUses = [...child.children].every((c) => c.tagName.toLowerCase() === 'use');
          if (inner && onlyUses) copy.removeAttribute('transform');
          else inner = null;
        }
        walk(child, copy, inner);
        if (tag !== 'g' || copy.childElementCount > 0) to.append(copy);
      }
    };
    walk(src, out, null);

    // The credit band under the map: map data credits, the step's sources, where it comes from.
    const pad = 14;
    const size = 11;
    const lh = 15;
    const lines = [
      ...wrap(src, credit, size, width - 2 * pad),
      ...wrap(src, sources, size, width - 2 * pad),
      ...(link ? [link] : []),
    ];
    const band = pad + lines.length * lh + 6;
    const bg = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x: '0', y: String(height), width: String(width), height: String(band), fill: '#fbf8f3' })) bg.setAttribute(k, v);
    out.append(bg);
    const rule = document.createElementNS(SVG_NS, 'line');
    for (const [k, v] of Object.entries({ x1: '0', x2: String(width), y1: String(height + 0.5), y2: String(height + 0.5), stroke: '#d9d2c5', 'stroke-width': '1' })) rule.setAttribute(k, v);
    out.append(rule);
    const credits = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({ class: 'credit', x: String(pad), y: String(height + pad + 6), 'font-family': 'Inter, Arial, Helvetica, sans-serif', 'font-size': String(size), fill: '#4a4843' })) credits.setAttribute(k, v);
    lines.forEach((text, i) => {
      const tspan = document.createElementNS(SVG_NS, 'tspan');
      tspan.setAttribute('x', String(pad));
      if (i > 0) tspan.setAttribute('dy', String(lh));
      tspan.textContent = text;
      credits.append(tspan);
    });
    out.append(credits);

    const full = height + band;
    out.setAttribute('xmlns', SVG_NS);
    out.setAttribute('viewBox', `0 0 ${width} ${full}`);
    out.setAttribute('width', String(width));
    out.setAttribute('height', String(full));
    out.setAttribute('data-step', id);
    out.setAttribute('data-scene', src.getAttribute('data-scene') ?? '');
    const titleEl = document.createElementNS(SVG_NS, 'title');
    titleEl.textContent = title;
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = `${fig.querySelector('figcaption')?.textContent?.trim() ?? ''} ${credit}. ${sources}.`;
    out.prepend(titleEl, desc);
    maps.push({ id, svg: new XMLSerializer().serializeToString(out), width, height: full, title, credit, sources });
  }
  return maps;
}

/** PNG text chunks (tEXt: Latin-1) inserted after IHDR, so the credits travel with the image. */
export function withTextChunks(png: Buffer, entries: Record<string, string>): Buffer {
  const latin1 = (s: string): string =>
    s
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/…/g, '...')
      .replace(/[^\x20-\xff]/g, '?');
  const chunks = Object.entries(entries).map(([key, value]) => {
    const data = Buffer.from(`${key}\0${latin1(value)}`, 'latin1');
    const type = Buffer.from('tEXt', 'latin1');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, data])) >>> 0);
    return Buffer.concat([len, type, data, crc]);
  });
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)]);
}

async function main(): Promise<void> {
  // One set per edition: the labels, credits and titles are in the sheet's language.
  const editions = ['', 'fr/'].filter((prefix) => existsSync(join(dist, prefix, SHEET, 'index.html')));
  if (!editions.includes('')) throw new Error(`${join(dist, SHEET, 'index.html')} not found: build the site first`);
  try {
    await writeDownloads(editions);
  } finally {
    for (const prefix of editions) rmSync(join(dist, prefix, SHEET), { recursive: true, force: true });
  }
}

async function writeDownloads(editions: string[]): Promise<void> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    // Serving the story needs no browser; only these downloads do. CI and the tests have one.
    if (process.env['CI']) throw new Error(`Chromium not found at ${executablePath}`);
    console.warn(`map downloads skipped: Chromium not found at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return;
  }
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
    // The built files, served to the browser without a server.
    await context.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      let file = normalize(join(dist, decodeURIComponent(url.pathname)));
      if (!file.startsWith(dist)) return route.fulfill({ status: 403 });
      if (url.pathname.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    });
    const page = await context.newPage();
    const sets: { out: string; maps: StandaloneMap[] }[] = [];
    for (const prefix of editions) {
      await page.goto(`${ORIGIN}/${prefix}${SHEET}/`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const maps = await page.evaluate(buildStandalone);
      if (maps.length === 0) throw new Error(`no maps found on /${prefix}${SHEET}/ (figure[data-map-download])`);
      sets.push({ out: join(dist, prefix, 'maps'), maps });
    }
    const width = sets[0]!.maps[0]!.width;

    // The subset font's name carries its content hash (scripts/subset-fonts.ts).
    const interFile = readdirSync(join(dist, 'fonts')).find((f) => /^inter-latin-wght-normal\.[0-9a-f]+\.woff2$/.test(f));
    if (!interFile) throw new Error('no subset Inter font in dist/fonts');
    const font = `${ORIGIN}/fonts/${interFile}`;
    const shot = await browser.newContext({ javaScriptEnabled: true, deviceScaleFactor: PNG_WIDTH / width, viewport: { width, height: 800 } });
    const png = await shot.newPage();
    await png.route(`${ORIGIN}/fonts/**`, async (route) => {
      const file = join(dist, new URL(route.request().url()).pathname);
      return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: 'font/woff2' }) : route.abort();
    });
    await png.route(`${ORIGIN}/shot`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><style>@font-face{font-family:Inter;font-weight:100 900;src:url(${font}) format('woff2')}html,body{margin:0;background:#fff}svg{display:block}</style><body></body>`,
      }),
    );
    await png.goto(`${ORIGIN}/shot`);
    await png.evaluate(() => document.fonts.load('13px Inter').then(() => undefined));
    for (const { out, maps } of sets) {
    mkdirSync(out, { recursive: true });
    for (const m of maps) {
      writeFileSync(join(out, `${m.id}.svg`), `<?xml version="1.0" encoding="UTF-8"?>\n${m.svg}\n`);
      await png.setViewportSize({ width: m.width, height: Math.ceil(m.height) });
      await png.evaluate((svg) => {
        document.body.innerHTML = svg;
      }, m.svg);
      const buf = await png.locator('svg').first().screenshot({ type: 'png', animations: 'disabled' });
      writeFileSync(
        join(out, `${m.id}.png`),
        withTextChunks(buf, { Title: m.title, Source: m.sources, Copyright: m.credit, Software: 'Caught between (scripts/map-downloads.ts)' }),
      );
    }
    process.stdout.write(`map downloads: ${maps.length} SVG + PNG in ${out}\n`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
