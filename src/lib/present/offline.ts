// Registers the service worker that keeps the whole site usable offline after one visit
// (dist/sw.js, generated at build time by scripts/service-worker.ts with Workbox).
//
// Update policy — never a mix of two builds on one page:
// - Every precached file is keyed by its revision hash, and a new worker installs the complete
//   new set beside the old one. The old worker keeps serving its own set until the new one is
//   activated, so a page and everything it loads always come from the same build.
// - A new worker does NOT skipWaiting on its own (that would switch files under open pages:
//   a presenter mid-lesson, a notes window). It waits; at the next page load, before the reader
//   has done anything, this module asks it to activate — and the worker does so only if this is
//   the only open window of the site. The page then reloads once; the step is in its URL
//   (#step or ?step=), so the reader lands where they were. With other windows open, the update
//   waits until they are closed, which is the browser's own default.
const SW_URL = '/sw.js';

function eligible(): boolean {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  if (import.meta.env.DEV) return false;
  // Embeds live in other sites' pages: caching the whole story there is not ours to decide.
  return window.top === window.self && !location.pathname.startsWith('/embed/');
}

function activateWaitingUpdate(): void {
  void navigator.serviceWorker.getRegistration('/').then((reg) => {
    if (!reg?.waiting || !navigator.serviceWorker.controller) return;
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) return;
      reloading = true;
      location.reload();
    });
    reg.waiting.postMessage({ type: 'ACTIVATE_IF_ALONE' });
  });
}

function register(): void {
  // A build without the worker (astro dev, a partial build) must not log a failed registration.
  void fetch(SW_URL, { method: 'HEAD', cache: 'no-store' })
    .then((res) => {
      if (!res.ok) return;
      return navigator.serviceWorker.register(SW_URL, { scope: '/', updateViaCache: 'none' }).then(() => undefined);
    })
    .catch((err: unknown) => {
      // Offline, an already installed worker keeps serving the site; nothing to do.
      if (navigator.onLine) console.warn('offline use unavailable', err);
    });
}

if (eligible()) {
  activateWaitingUpdate();
  // Installing precaches the whole site: start only once the page itself has loaded and the
  // browser is idle, so it never competes with the first view.
  const later = (): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 4000 });
    else window.setTimeout(register, 1000);
  };
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
