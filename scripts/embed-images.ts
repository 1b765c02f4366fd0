// After `astro build`: a fallback PNG per embed, dist/embed/<chapter>/fallback.png (1200×800),
// the chapter's key map (its first step, the picture the embed opens on) with a title strip.
// Used by the pym.js embed code (shown until the iframe loads), oEmbed thumbnails and og:image.
// Screenshots the embed page's own server-rendered SVG in Chromium, with the page's fonts; the
// built files are served to the browser from memory (no server, no network).
// Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium). Without it the images are skipped with a
// warning, so `npm start` still works on a machine without a browser; with EMBED_IMAGES=required
// (set by the test script) a missing browser is an error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// The built site (SERVE_ROOT as for scripts/serve.ts, e.g. a build in another folder).
const dist = resolve(root, process.env['SERVE_ROOT'] ?? 'dist');
const ORIGIN = 'http://embed-images.invalid';
const SIZE = { width: 1200, height: 800 };
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Every edition's embeds (/embed/<chapter>/, /fr/embed/<chapter>/): the title strip and the map
// labels are in the embed's language.
const embedDirs = ['embed', 'fr/embed'].filter((d) => existsSync(join(dist, d)));
const chapters = embedDirs.flatMap((dir) =>
  readdirSync(join(dist, dir))
    .filter((d) => existsSync(join(dist, dir, d, 'index.html')))
    .map((d) => `${dir}/${d}`),
);
if (chapters.length === 0) {
  console.error('embed-images: no embed pages in dist/embed; run astro build first');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  const msg = `embed-images: Chromium not found at ${executablePath}; fallback PNGs not made`;
  if (process.env['EMBED_IMAGES'] === 'required') {
    console.error(msg);
    process.exit(1);
  }
  console.warn(`${msg} (set CHROMIUM_PATH to make them)`);
  process.exit(0);
}

const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
try {
  // No JavaScript: the picture is the build's own SVG, exactly what a no-JS reader sees.
  const context = await browser.newContext({ viewport: SIZE, javaScriptEnabled: false, deviceScaleFactor: 1 });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) return route.abort();
    if (url.pathname.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  const page = await context.newPage();
  for (const chapter of chapters) {
    await page.goto(`${ORIGIN}/${chapter}/`);
    await page.evaluate(() => document.fonts.ready);
    const ok = await page.evaluate(({ width, height }) => {
      const map = document.querySelector<SVGSVGElement>('svg.embed-ssr-map');
      const defs = document.querySelector('svg.geo-defs');
      if (!map || !defs) return false;
      const kicker = document.querySelector('.embed-kicker')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const title = document.querySelector('.embed-head h1')?.textContent?.trim() ?? '';
      const strip = document.createElement('p');
      strip.textContent = `${kicker}${document.documentElement.lang === 'fr' ? '\u00a0:' : ':'} ${title}`;
      // CSSOM, not style attributes: the page's CSP (rightly) blocks inline style attributes.
      strip.style.cssText =
        'position:absolute;left:0;right:0;bottom:0;margin:0;padding:14px 28px;background:rgb(251 248 243 / 0.94);' +
          'border-top:1px solid #d9d2c5;font:600 22px/1.3 var(--sans);color:#1d1d1b;letter-spacing:0.01em';
      map.style.cssText = `display:block;position:absolute;inset:0;width:${width}px;height:${height}px`;
      document.body.replaceChildren(defs, map, strip);
      document.body.style.cssText = `margin:0;position:relative;width:${width}px;height:${height}px;overflow:hidden`;
      return true;
    }, SIZE);
    if (!ok) throw new Error(`embed-images: /${chapter}/ has no server-rendered map (svg.embed-ssr-map)`);
    await page.screenshot({ path: join(dist, chapter, 'fallback.png'), clip: { x: 0, y: 0, ...SIZE } });
  }
  console.log(`embed-images: ${chapters.length} fallback PNGs in ${dist}/{,fr/}embed/*/fallback.png`);
} finally {
  await browser.close();
}
