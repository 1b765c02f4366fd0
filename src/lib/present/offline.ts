// Registers the service worker (dist/sw.js, built by scripts/service-worker.ts from
// scripts/sw/worker.js) and asks it to store, for offline use, what this page's reader uses:
// the story of this language for a reader, the classroom set (guide, presenter, notes,
// worksheet, map downloads) of this language on a teacher's page. See offline-role.ts.
//
// Update policy — never a mix of two builds on one page:
// - Every stored file is keyed by its revision, and a new worker installs the new versions of
//   the stored sets beside the old ones. The old worker keeps serving its own until the new one
//   is activated, so a page and everything it loads always come from the same build.
// - A new worker does NOT skipWaiting on its own (that would switch files under open pages:
//   a presenter mid-lesson, a notes window). It waits; at the next page load, before the reader
//   has done anything, this module asks it to activate — and the worker does so only if this is
//   the only open window of the site. The page then reloads once; the step is in its URL
//   (#step or ?step=), so the reader lands where they were. With other windows open, the update
//   waits until they are closed, which is the browser's own default.
//
// Progress is on <html data-offline="storing|stored|failed"> and in any [data-offline-status]
// element (the guide's "ready for offline use"), whose data-storing / data-stored / data-failed
// attributes hold the words in the page's language.
import { neutralPath, pageLang } from '../i18n/paths.ts';
import { offlineSet, roleOf } from './offline-role.ts';

const SW_URL = '/sw.js';
type OfflineState = 'storing' | 'stored' | 'failed';

function eligible(): boolean {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  if (import.meta.env.DEV) return false;
  // Embeds live in other sites' pages: storing the story there is not ours to decide.
  return window.top === window.self && !neutralPath(location.pathname).startsWith('/embed/');
}

function show(state: OfflineState): void {
  document.documentElement.dataset['offline'] = state;
  for (const el of document.querySelectorAll<HTMLElement>('[data-offline-status]')) {
    const words = el.dataset[state];
    if (!words) continue;
    el.textContent = words;
    el.hidden = false;
  }
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

/** Asks the active worker to store this page's set; the answer updates the status. */
function requestStore(set: string): void {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; ok?: boolean; sets?: unknown } | null;
    if (data?.type !== 'STORED' || !Array.isArray(data.sets) || !data.sets.includes(set)) return;
    show(data.ok ? 'stored' : 'failed');
  });
  show('storing');
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'STORE', sets: [set] }));
}

function register(): void {
  const set = offlineSet(location.pathname, pageLang());
  // A build without the worker (astro dev, a partial build) must not log a failed registration.
  void fetch(SW_URL, { method: 'HEAD', cache: 'no-store' })
    .then((res) => {
      if (!res.ok) return;
      return navigator.serviceWorker.register(SW_URL, { scope: '/', updateViaCache: 'none' }).then(() => requestStore(set));
    })
    .catch((err: unknown) => {
      // Offline, an installed worker keeps serving what it stored: ask it all the same.
      if (navigator.serviceWorker.controller) requestStore(set);
      else if (navigator.onLine) console.warn('offline use unavailable', err);
    });
}

/** A reader's own input (not the page's scripted scrolling to a linked step): engagement. */
const ENGAGED = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

if (eligible()) {
  activateWaitingUpdate();
  // Storing fetches the set (a reader's: the story's own files again, mostly revalidated from the
  // HTTP cache, and the events data). Never during the first view: only once the page has loaded
  // and the browser is idle, and on the story only once the reader engages (wheel or touch
  // scrolling, a key, a click): a glance at the first screen on a slow phone connection does not
  // pay for offline use. Teachers' pages store at once: they are opened to prepare a lesson.
  const idle = (): void => {
    const ric = (window as Partial<Window>).requestIdleCallback;
    if (ric) ric.call(window, register, { timeout: 4000 });
    else setTimeout(register, 1000);
  };
  const whenEngaged = (): void => {
    if (navigator.serviceWorker.controller || roleOf(location.pathname) === 'classroom') {
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
