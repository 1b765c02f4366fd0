// Measurement helpers shared by the benchmark (scripts/bench.ts) and the budget tests
// (e2e/budgets.spec.ts): bytes on the wire from the DevTools protocol, and layout shifts and long
// tasks from PerformanceObservers installed before any page script runs.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One finished response: what crossed the wire (body + headers, compressed as sent). */
export interface Transfer {
  requestId: string;
  url: string;
  /** CDP resource type: Document, Stylesheet, Script, Font, Image, Fetch, Other…, or
   *  ServiceWorker for a request a service worker made itself (e.g. precaching). */
  type: string;
  /** Content-Encoding of the response ('' when sent uncompressed). */
  encoding: string;
  /** Network.loadingFinished encodedDataLength: bytes received, headers included. */
  bytes: number;
  /** Time the response finished, in ms since tracking began. */
  at: number;
}

export interface TransferLog {
  readonly done: Transfer[];
  /** Sum of bytes of the finished responses (optionally of one CDP type). */
  total(type?: string): number;
}

/**
 * Starts counting bytes per response on a CDP session. Call before page.goto(). With the page's
 * context, requests made by a service worker (invisible to the page's CDP session) count too, and
 * responses the worker hands to the page are not counted twice.
 */
export async function trackTransfers(cdp: CDPSession, context?: BrowserContext, opts: { httpCache?: boolean } = {}): Promise<TransferLog> {
  const started = Date.now();
  const meta = new Map<string, { url: string; type: string; encoding: string; fromWorker: boolean }>();
  const done: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    meta.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', encoding: '', fromWorker: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    meta.set(e.requestId, {
      url: e.response.url,
      type: e.type,
      encoding: headers['content-encoding'] ?? '',
      fromWorker: e.response.fromServiceWorker === true,
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const m = meta.get(e.requestId);
    if (!m || m.fromWorker || m.url.startsWith('data:')) return;
    done.push({ requestId: e.requestId, url: m.url, type: m.type, encoding: m.encoding, bytes: e.encodedDataLength, at: Date.now() - started });
  });
  context?.on('requestfinished', (req) => {
    if (!req.serviceWorker()) return;
    void Promise.all([req.sizes(), req.response()]).then(([sz, res]) => {
      const encoding = res?.headers()['content-encoding'] ?? '';
      const bytes = sz.responseBodySize + sz.responseHeadersSize;
      done.push({ requestId: `sw:${req.url()}`, url: req.url(), type: 'ServiceWorker', encoding, bytes, at: Date.now() - started });
    }, () => undefined);
  });
  await cdp.send('Network.enable');
  // Each measurement starts cold: nothing from an earlier page in this browser. A first visit
  // (httpCache: true, in a fresh context) keeps the HTTP cache on, as a reader's browser does:
  // the service worker then revalidates what the page has just loaded instead of fetching it again.
  if (!opts.httpCache) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    done,
    total: (type) => done.filter((t) => !type || t.type === type).reduce((s, t) => s + t.bytes, 0),
  };
}

export interface Shift {
  t: number;
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}
export interface LongTask {
  t: number;
  duration: number;
}
export interface PageRecord {
  shifts: Shift[];
  longTasks: LongTask[];
}

/**
 * Page-side recorder, installed with page.addInitScript(installRecorder) so it runs before the
 * page's own scripts. Buffered observers also report what happened before they were created.
 */
export function installRecorder(): void {
  const rec: PageRecord = { shifts: [], longTasks: [] };
  (window as unknown as { __perf: PageRecord }).__perf = rec;
  const describe = (node: Node | null): string => {
    if (!node) return '?';
    if (!(node instanceof Element)) return node.nodeName.toLowerCase();
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] };
        rec.shifts.push({
          t: e.startTime,
          value: e.value,
          hadRecentInput: e.hadRecentInput,
          sources: (e.sources ?? []).map((s) => describe(s.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* not supported: no shifts recorded */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ t: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported */
  }
}

export async function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => (window as unknown as { __perf?: PageRecord }).__perf ?? { shifts: [], longTasks: [] });
}

/**
 * Cumulative Layout Shift as Core Web Vitals define it: shifts without recent input, grouped in
 * session windows (gap < 1 s, window ≤ 5 s); CLS is the largest window. Also returns the plain sum.
 */
export function cls(shifts: Shift[]): { cls: number; sum: number; count: number } {
  const counted = shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.t - b.t);
  let best = 0;
  let windowValue = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const s of counted) {
    if (s.t - last > 1000 || s.t - windowStart > 5000) {
      windowValue = 0;
      windowStart = s.t;
    }
    windowValue += s.value;
    last = s.t;
    best = Math.max(best, windowValue);
  }
  return { cls: best, sum: counted.reduce((a, s) => a + s.value, 0), count: counted.length };
}

/** Waits until the live map (if the page has one) has drawn its first step and stopped moving. */
export async function waitForStoryReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined);
  if ((await page.locator('.live-map').count()) > 0) {
    await page.locator('.live-map[data-settled="true"]').first().waitFor({ timeout });
  }
}

/**
 * A site that registers a service worker on idle after load (ours precaches for offline use) keeps
 * downloading after the first view: wait until the worker is active, i.e. its install (precache)
 * has finished, then until the network has been quiet for `quietMs`. Returns whether a worker
 * was registered. Deterministic where timings are not: what a reader who pauses on the first
 * screen downloads before scrolling.
 */
export async function settleServiceWorker(page: Page, log: TransferLog, waitForRegistrationMs = 10_000, quietMs = 1000): Promise<boolean> {
  const registered = await page.evaluate(async (waitMs) => {
    if (!('serviceWorker' in navigator)) return false;
    const until = performance.now() + waitMs;
    while (!(await navigator.serviceWorker.getRegistration()) && performance.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!(await navigator.serviceWorker.getRegistration())) return false;
    await navigator.serviceWorker.ready;
    return true;
  }, waitForRegistrationMs);
  let seen = -1;
  while (seen !== log.done.length) {
    seen = log.done.length;
    await page.waitForTimeout(quietMs);
  }
  return registered;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A first visit's offline store: waits until the page reports its set stored (<html
 * data-offline="stored">, set by src/lib/present/offline.ts when the worker answers) or failed,
 * at most `maxMs`, then until the network has been quiet for `quietMs`. Returns the state and
 * when it was reached (ms since `since`, a Date.now() value).
 */
export async function settleOfflineStore(page: Page, log: TransferLog, since: number, maxMs = 60_000, quietMs = 5000): Promise<{ state: string; atMs: number }> {
  const left = Math.max(1000, maxMs - (Date.now() - since));
  const state = await page
    .waitForFunction(() => /^(?:stored|failed)$/.test(document.documentElement.dataset['offline'] ?? '') && document.documentElement.dataset['offline'], undefined, { timeout: left, polling: 250 })
    .then((h) => h.jsonValue() as Promise<string>, () => 'timeout');
  const atMs = Date.now() - since;
  let seen = -1;
  while (seen !== log.done.length) {
    seen = log.done.length;
    await page.waitForTimeout(quietMs);
  }
  return { state, atMs };
}
