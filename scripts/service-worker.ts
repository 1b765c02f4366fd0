// Postbuild: the service worker that makes the site work offline after one visit, generated
// with Workbox over the built site (dist/sw.js). Registered by src/lib/present/offline.ts.
//
// - Precached (with a revision hash per file): every page, script, stylesheet, font, data file,
//   the favicon. Query strings are ignored when matching, so /present/?step=… is the precached
//   /present/. Hashed files in /_astro/ are their own revision.
// - Not precached: the per-step map downloads (/maps/, several MB in all): cached when first
//   opened. Nothing from other origins is ever cached (the site requests none).
// - Updates: no skipWaiting/clientsClaim by default; the waiting worker activates only when the
//   page asks at load time and it is the site's only window (see offline.ts for why).
//
//   node scripts/service-worker.ts [distDir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, process.argv[2] ?? process.env['DIST_DIR'] ?? process.env['SERVE_ROOT'] ?? 'dist');
const swDest = join(dist, 'sw.js');

/** Appended to the generated worker: activate on request, but only when no other window is open. */
const UPDATE_HANDLER = `
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'ACTIVATE_IF_ALONE') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      if (windows.length <= 1) return self.skipWaiting();
      return undefined;
    }),
  );
});
`;

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,woff2,json,csv,geojson,svg,ico,txt,webmanifest}'],
  // Embeds are pages for other sites' iframes, where this worker is never registered.
  globIgnores: ['sw.js', 'maps/**', 'embed/**', 'fr/maps/**', 'fr/embed/**', '_headers', '**/node_modules/**'],
  swDest,
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  cacheId: 'caught-between',
  runtimeCaching: [
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(?:fr\/)?maps\//.test(url.pathname),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'caught-between-maps', expiration: { maxEntries: 400 } },
    },
  ],
});
for (const w of warnings) console.warn(`service worker: ${w}`);
writeFileSync(swDest, readFileSync(swDest, 'utf8') + UPDATE_HANDLER);
process.stdout.write(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB) → ${swDest}\n`);
