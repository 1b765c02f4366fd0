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
import { neutralPath } from '../i18n/paths.ts';

const SW_URL = '/sw.js';

function eligible(): boolean {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  if (import.meta.env.DEV) return false;
  // Embeds live in other sites' pages: caching the whole story there is not ours to decide.
  return window.top === window.self && !neutralPath(location.pathname).startsWith('/embed/');
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

/** Teachers' pages store the site for offline use at once; they are opened to prepare a lesson. */
const TEACHER_PAGES = ['/present/', '/notes/', '/guide/'];
/** A reader's own input (not the page's scripted scrolling to a linked step): engagement. */
const ENGAGED = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

if (eligible()) {
  activateWaitingUpdate();
  // Installing precaches the whole site (~0.5 MB compressed). Never during the first view: only
  // once the page has loaded and the browser is idle, and on the story only once the reader
  // engages (wheel or touch scrolling, a key, a click): a glance at the first screen on a slow
  // phone connection does not pay for offline use. An installed worker updates itself anyway.
  const idle = (): void => {
    const ric = (window as Partial<Window>).requestIdleCallback;
    if (ric) ric.call(window, register, { timeout: 4000 });
    else setTimeout(register, 1000);
  };
  const whenEngaged = (): void => {
    if (navigator.serviceWorker.controller || TEACHER_PAGES.some((p) => neutralPath(location.pathname).startsWith(p))) {
      idle();
      return;
    }
    const go = (): void => {
      for (const type of ENGAGED) window.removeEventListener(type, go, true);
      idle();
    };
    for (const type of ENGAGED) window.addEventListener(type, go, { capture: true, passive: true });
  };
  if (document.readyState === 'complete') whenEngaged();
  else window.addEventListener('load', whenEngaged, { once: true });
}
