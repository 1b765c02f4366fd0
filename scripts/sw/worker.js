// The service worker (dist/sw.js): offline use, stored by role. Plain JS with no imports and
// nothing from a CDN; scripts/service-worker.ts writes the build's manifest in place of
// __MANIFEST__ and copies this file to dist/sw.js. Registered by src/lib/present/offline.ts.
//
// - Installing stores nothing new: a page asks for what its reader uses, once it is loaded and
//   idle, by posting { type: 'STORE', sets: ['reader-en'] } (the story, its scripts, fonts and
//   data, the 404 page) or ['classroom-fr'] (also the guide, presenter, notes, worksheet, answer
//   key, sources and the map downloads of that language). The worker answers { type: 'STORED' }.
// - Every file is stored under its build revision (a content hash; hashed /_astro/ files are their
//   own revision), so a new build installs the new versions of the sets this browser holds beside
//   the old ones, and the old worker keeps serving its own until the new one is activated: a page
//   and everything it loads come from one build.
// - Updates: no skipWaiting of its own; the waiting worker activates when the page asks and it is
//   the site's only window (ACTIVATE_IF_ALONE, see offline.ts for why).
// - Requests: a stored file is served from the store (query strings ignored: /present/?step=… is
//   /present/); anything else goes to the network. Offline, an address not stored gets the
//   language's 404 page (status 404).

/** @type {{ version: string, files: [string, string | null][], sets: Record<string, number[]> }} */
const MANIFEST = __MANIFEST__;
const CACHE = 'caught-between-files';
const META = 'caught-between-meta';
const STORED_KEY = '/__stored-sets';

/** Built file path ('/guide/index.html') → its revision (null: the name is the revision). */
const REVISION = new Map(MANIFEST.files);

/** A request path → the built file it names ('/guide/' → '/guide/index.html'). */
function fileOf(pathname) {
  let p;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (p.endsWith('/')) p += 'index.html';
  return REVISION.has(p) ? p : null;
}

/** The store's key for a built file: its path plus revision (absolute URL, as Cache keys are). */
function keyOf(file) {
  const rev = REVISION.get(file);
  return new URL(rev ? `${file}?__rev=${rev}` : file, self.location.origin).href;
}

/** Where to fetch a built file: pages by their address, not their file name (hosts redirect that). */
function addressOf(file) {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

async function storedSets() {
  const hit = await (await caches.open(META)).match(STORED_KEY);
  const names = hit ? await hit.json().catch(() => []) : [];
  return Array.isArray(names) ? names.filter((n) => n in MANIFEST.sets) : [];
}

/** Fetches the files of the named sets this store lacks; resolves once all are in. */
async function store(names) {
  const wanted = names.filter((n) => n in MANIFEST.sets);
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((r) => r.url));
  const files = [...new Set(wanted.flatMap((n) => MANIFEST.sets[n].map((i) => MANIFEST.files[i][0])))];
  const missing = files.filter((f) => !have.has(keyOf(f)));
  // A few at a time and at low priority: a reader may be scrolling the story meanwhile.
  const queue = [...missing];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      // Revisioned files are revalidated (a 304 when the page just loaded them); hashed ones
      // may come from the HTTP cache as they are.
      const res = await fetch(addressOf(file), { cache: REVISION.get(file) ? 'no-cache' : 'default', priority: 'low' });
      if (!res.ok) throw new Error(`${file}: ${res.status}`);
      // A redirected response cannot answer a navigation: store a plain copy.
      await cache.put(keyOf(file), res.redirected ? new Response(await res.blob(), { headers: res.headers }) : res);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  const meta = await caches.open(META);
  const before = await storedSets();
  await meta.put(STORED_KEY, Response.json([...new Set([...before, ...wanted])]));
  return { sets: wanted, files: files.length, fetched: missing.length };
}

self.addEventListener('install', (event) => {
  // An update brings the new versions of what this browser had stored (only changed files travel).
  event.waitUntil(storedSets().then(store));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Earlier builds' files, and the caches of the earlier Workbox worker.
      const keep = new Set(MANIFEST.files.map(([f]) => keyOf(f)));
      for (const name of await caches.keys()) {
        if (name !== CACHE && name !== META && name.startsWith('caught-between')) await caches.delete(name);
      }
      const cache = await caches.open(CACHE);
      for (const req of await cache.keys()) if (!keep.has(req.url)) await cache.delete(req);
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'ACTIVATE_IF_ALONE') {
    event.waitUntil(
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
        if (windows.length <= 1) return self.skipWaiting();
        return undefined;
      }),
    );
  } else if (data.type === 'STORE' && Array.isArray(data.sets)) {
    const reply = (msg) => event.source?.postMessage({ type: 'STORED', ...msg });
    event.waitUntil(
      store(data.sets.map(String)).then(
        (done) => reply({ ok: true, ...done }),
        (err) => reply({ ok: false, sets: data.sets, error: String(err) }),
      ),
    );
  }
});

/** The language's 404 page from the store, with its status. */
async function notFound(pathname) {
  const file = pathname === '/fr' || pathname.startsWith('/fr/') ? '/fr/404.html' : '/404.html';
  const hit = REVISION.has(file) ? await caches.match(keyOf(file), { cacheName: CACHE }) : undefined;
  return hit ? new Response(hit.body, { status: 404, statusText: 'Not Found', headers: hit.headers }) : undefined;
}

async function respond(request, file, url) {
  if (file) {
    const hit = await caches.match(keyOf(file), { cacheName: CACHE });
    if (hit) return hit;
  }
  try {
    return await fetch(request);
  } catch (err) {
    const fallback = request.mode === 'navigate' ? await notFound(url.pathname) : undefined;
    if (fallback) return fallback;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const file = fileOf(url.pathname);
  // Neither stored nor a page: the browser's own handling, untouched.
  if (!file && request.mode !== 'navigate') return;
  event.respondWith(respond(request, file, url));
});
