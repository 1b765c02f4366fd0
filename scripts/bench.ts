// Performance benchmark: builds the site, serves dist/ with scripts/serve.ts on a free port of
// 127.0.0.1, and measures the story (and optionally a reference page) in the same run.
//
//   npm run bench                                   build, then 5 Lighthouse runs + 1 scroll run
//   npm run bench -- --runs 3                       Lighthouse runs per page (medians reported)
//   npm run bench -- --reference http://127.0.0.1:5555/page.html
//                                                   also measure that page, interleaved with ours,
//                                                   and report ratios ours / reference
//   npm run bench -- --no-build                     measure the dist/ that is already there
//   npm run bench -- --scroll-runs 3                scripted scroll runs per page (default 1)
//   npm run bench -- --cpu 4 --speed 1500           scroll test: CPU slow-down and px per second
//
// Measures:
//   lighthouse  Lighthouse's default mobile preset (Moto G Power emulation, simulated throttling),
//               medians of: performance score (0–100), LCP ms, TBT ms, CLS, total byte weight.
//   scroll      Playwright + Chromium on a 412×915 phone viewport (DPR 2.625, touch) with the CPU
//               slowed 4× (CDP Emulation.setCPUThrottlingRate): load, settle, then scroll the whole
//               page at a constant 1500 px/s from requestAnimationFrame. Reports frames over 25 ms
//               (% of frame intervals), long-task ms per scrolled second, CLS over load + scroll
//               (web-vitals session windows, shifts after input excluded), bytes transferred
//               before the first scroll and in total (CDP encodedDataLength: compressed, headers
//               included; "before the first scroll" waits for a service worker's precache, and
//               splits it out as swPrecacheBytes), and the JS at load: bytes as sent, and
//               gzip -9 / brotli q11 sizes.
//   firstVisit  a reader's first visit as it happens (same phone, CPU and speed; a fresh browser
//               context with its HTTP cache on): load, settle, one wheel turn (the reader engages,
//               and the service worker starts storing the reader's set once the page idles), then
//               at once the same constant-speed scroll while that download runs. Reports every
//               byte of the first 60 s, the service worker's fetches included (firstVisitBytes,
//               swBytes), when the worker reported the set stored, and the scroll's frames over
//               25 ms and long-task ms per scrolled second. One run per --runs.
//
// Output: one JSON line on stdout (progress goes to stderr; `npm run -s bench` also keeps npm's
// banner off stdout), with the machine's load average at start and end: timings swing with load.
// The server serves a copy of dist/, so another build in this tree cannot change files mid-run.
// Exits 1 with a message on failure.
// Needs /usr/bin/chromium (or CHROME_PATH) and Node ≥ 22.19 (npm runs it on Node 24).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { cls, installRecorder, readRecord, settleOfflineStore, settleServiceWorker, trackTransfers, waitForStoryReady } from './bench/page-metrics.ts';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

// ---------------------------------------------------------------------------------------------
// Arguments

interface Options {
  runs: number;
  scrollRuns: number;
  reference: string | null;
  build: boolean;
  cpu: number;
  speed: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, scrollRuns: 1, reference: null, build: true, cpu: 4, speed: 1500 };
  const num = (flag: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`${flag} needs a number ≥ ${min}, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Math.round(num(a, argv[++i], 1));
    else if (a === '--scroll-runs') o.scrollRuns = Math.round(num(a, argv[++i], 1));
    else if (a === '--cpu') o.cpu = num(a, argv[++i], 1);
    else if (a === '--speed') o.speed = num(a, argv[++i], 1);
    else if (a === '--no-build') o.build = false;
    else if (a === '--reference') {
      const url = argv[++i];
      if (!url || !/^https?:\/\//.test(url)) throw new Error(`--reference needs an http(s) URL, got ${url ?? 'nothing'}`);
      o.reference = url;
    } else if (a === '--help' || a === '-h') {
      process.stderr.write('usage: npm run bench -- [--runs N] [--scroll-runs N] [--reference URL] [--no-build] [--cpu X] [--speed PX_PER_S]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a ?? ''} (see the top of scripts/bench.ts)`);
  }
  return o;
}

const log = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);

// ---------------------------------------------------------------------------------------------
// Build and serve

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // stdout → our stderr: stdout carries only the JSON line.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Serves a copy of dist/ (other builds in this work tree cannot swap files mid-measurement). */
async function serve(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, SERVE_ROOT: dir },
    stdio: ['ignore', 'ignore', process.stderr],
  });
  let exited: string | null = null;
  child.on('exit', (code) => (exited = `server exited with ${code}`));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, child, dir };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`server did not answer at ${url} within 15 s`);
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseRun {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalByteWeight: number;
}

/** Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP) on a busy machine: such a
 *  run is tried again once, and reported on stderr, rather than losing the whole benchmark. */
async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    log(`retrying after: ${err instanceof Error ? err.message : String(err)}`);
    return run();
  }
}

async function lighthouseRun(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    // No config: Lighthouse's default is the mobile preset with simulated throttling.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string): number => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== 'number') throw new Error(`Lighthouse audit ${id} has no value for ${url}`);
      return v;
    };
    const score = lhr.categories['performance']?.score;
    if (typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}`);
    return {
      score: Math.round(score * 100),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      totalByteWeight: audit('total-byte-weight'),
    };
  } finally {
    chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// Scripted scroll

interface ScrollRun {
  framesOver25msPct: number;
  frames: number;
  scrollSeconds: number;
  scrolledPx: number;
  longTaskMsPerScrolledSecond: number;
  longTaskMsAtLoad: number;
  cls: number;
  layoutShifts: number;
  bytesBeforeScroll: number;
  pageBytesBeforeScroll: number;
  swPrecacheBytes: number;
  bytesTotal: number;
  requestsBeforeScroll: number;
  jsTransferBytes: number;
  jsGzipBytes: number;
  jsBrBytes: number;
  jsEncoding: string;
}

interface ScrollTrace {
  frames: number[];
  t0: number;
  t1: number;
  distance: number;
}

/**
 * Constant-speed scroll from requestAnimationFrame to the end of the page: the position follows
 * the clock, so a slow frame is a visible jump, as it would be for a reader's flick.
 */
function constantScroll(page: Page, speed: number): Promise<ScrollTrace> {
  return page.evaluate(async (pxPerS) => {
    const el = document.scrollingElement ?? document.documentElement;
    const start = el.scrollTop;
    const frames: number[] = [];
    return new Promise<{ frames: number[]; t0: number; t1: number; distance: number }>((resolve) => {
      let t0 = -1;
      const tick = (t: number): void => {
        if (t0 < 0) t0 = t;
        frames.push(t);
        const end = el.scrollHeight - window.innerHeight;
        const y = Math.min(end, start + (pxPerS * (t - t0)) / 1000);
        window.scrollTo({ top: y, behavior: 'instant' });
        if (y >= end) resolve({ frames, t0, t1: t, distance: y - start });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }, speed);
}

/** Frames over 25 ms (% of frame intervals) and long-task ms per scrolled second of a scroll. */
function smoothness(scroll: ScrollTrace, longTasks: { t: number; duration: number }[]): { framesOver25msPct: number; longTaskMsPerScrolledSecond: number; seconds: number } {
  const deltas = scroll.frames.slice(1).map((t, i) => t - scroll.frames[i]!);
  const seconds = (scroll.t1 - scroll.t0) / 1000;
  const inScroll = longTasks.filter((l) => l.t >= scroll.t0 && l.t <= scroll.t1);
  return {
    framesOver25msPct: deltas.length ? (100 * deltas.filter((d) => d > 25).length) / deltas.length : 0,
    longTaskMsPerScrolledSecond: seconds > 0 ? inScroll.reduce((s, l) => s + l.duration, 0) / seconds : 0,
    seconds,
  };
}

interface FirstVisitRun {
  firstVisitBytes: number;
  pageBytes: number;
  swBytes: number;
  requests: number;
  storedAfterMs: number;
  stored: number;
  framesOver25msPct: number;
  longTaskMsPerScrolledSecond: number;
  cls: number;
}

/** A reader's first visit: one wheel turn, then the scroll while the worker stores the story. */
/** The benchmark's phone (412×915, touch, CPU slowed by o.cpu) with the frame recorder installed. */
async function phonePage(browser: Browser, o: Options) {
  // Service workers allowed (Playwright's default): both runs measure what the worker fetches.
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(installRecorder);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpu });
  return { context, page, errors, cdp };
}

async function firstVisitRun(browser: Browser, url: string, o: Options): Promise<FirstVisitRun> {
  const { context, page, errors, cdp } = await phonePage(browser, o);
  try {
    const net = await trackTransfers(cdp, context, { httpCache: true });
    const since = Date.now();
    const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!res || !res.ok()) throw new Error(`${url} answered ${res?.status() ?? 'nothing'}`);
    await waitForStoryReady(page, 60_000);
    await page.mouse.wheel(0, 400);
    const scroll = await constantScroll(page, o.speed);
    const { state, atMs } = await settleOfflineStore(page, net, since, 60_000, 3000);
    // Only what arrived in the first minute counts, as a reader who leaves then would pay.
    const inMinute = net.done.filter((t) => t.at <= 60_000);
    const rec = await readRecord(page);
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join(' | ')}`);
    const sw = inMinute.filter((t) => t.type === 'ServiceWorker').reduce((s, t) => s + t.bytes, 0);
    const all = inMinute.reduce((s, t) => s + t.bytes, 0);
    const smooth = smoothness(scroll, rec.longTasks);
    return {
      firstVisitBytes: all,
      pageBytes: all - sw,
      swBytes: sw,
      requests: inMinute.length,
      storedAfterMs: atMs,
      stored: state === 'stored' ? 1 : 0,
      framesOver25msPct: smooth.framesOver25msPct,
      longTaskMsPerScrolledSecond: smooth.longTaskMsPerScrolledSecond,
      cls: cls(rec.shifts).cls,
    };
  } finally {
    await context.close();
  }
}

async function scrollRun(browser: Browser, url: string, o: Options): Promise<ScrollRun> {
  const { context, page, errors, cdp } = await phonePage(browser, o);
  try {
    const net = await trackTransfers(cdp, context);
    const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!res || !res.ok()) throw new Error(`${url} answered ${res?.status() ?? 'nothing'}`);
    await waitForStoryReady(page, 60_000);
    // A service worker that precaches on idle finishes before a pausing reader's first scroll.
    await settleServiceWorker(page, net, 10_000, 1000);

    const before = [...net.done];
    const worker = before.filter((t) => t.type === 'ServiceWorker').reduce((s, t) => s + t.bytes, 0);
    const scripts = before.filter((t) => t.type === 'Script');
    let gz = 0;
    let br = 0;
    for (const s of scripts) {
      const body = await cdp.send('Network.getResponseBody', { requestId: s.requestId });
      const raw = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
      gz += gzipSync(raw, { level: 9 }).length;
      br += brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }

    const scroll = await constantScroll(page, o.speed);
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const rec = await readRecord(page);
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join(' | ')}`);

    const smooth = smoothness(scroll, rec.longTasks);
    const seconds = smooth.seconds;
    const atLoad = rec.longTasks.filter((l) => l.t < scroll.t0);
    const shift = cls(rec.shifts);
    return {
      framesOver25msPct: smooth.framesOver25msPct,
      frames: scroll.frames.length,
      scrollSeconds: seconds,
      scrolledPx: Math.round(scroll.distance),
      longTaskMsPerScrolledSecond: smooth.longTaskMsPerScrolledSecond,
      longTaskMsAtLoad: atLoad.reduce((s, l) => s + l.duration, 0),
      cls: shift.cls,
      layoutShifts: shift.count,
      bytesBeforeScroll: before.reduce((s, t) => s + t.bytes, 0),
      pageBytesBeforeScroll: before.reduce((s, t) => s + t.bytes, 0) - worker,
      swPrecacheBytes: worker,
      bytesTotal: net.total(),
      requestsBeforeScroll: before.length,
      jsTransferBytes: scripts.reduce((s, t) => s + t.bytes, 0),
      jsGzipBytes: gz,
      jsBrBytes: br,
      jsEncoding: [...new Set(scripts.map((s) => s.encoding || 'identity'))].join(',') || 'none',
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Summaries

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (v: number, digits = 0): number => Number(v.toFixed(digits));

function medians<T extends object>(runs: T[]): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  const first = runs[0];
  if (!first) return out;
  for (const key of Object.keys(first)) {
    const vals = runs.map((r) => (r as Record<string, unknown>)[key]);
    if (vals.every((v) => typeof v === 'number')) {
      const m = median(vals as number[]);
      out[key] = Math.abs(m) < 1 ? Number(m.toPrecision(3)) : round(m, Math.abs(m) < 100 ? 2 : 0);
    } else out[key] = String(vals[0]);
  }
  return out;
}

interface PageResult {
  url: string;
  lighthouse: Record<string, number | string | number[]>;
  scroll: Record<string, number | string | number[]>;
  firstVisit: Record<string, number | string | number[]>;
}

function ratios(ours: PageResult, ref: PageResult): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const part of ['lighthouse', 'scroll', 'firstVisit'] as const) {
    const r: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(ours[part])) {
      const w = ref[part][k];
      if (typeof v !== 'number' || typeof w !== 'number') continue;
      r[k] = w === 0 ? (v === 0 ? 1 : null) : round(v / w, 3);
    }
    out[part] = r;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  // Timings swing with machine load (2 shared cores): record it beside the numbers.
  const loadStart = loadavg()[0] ?? 0;
  if (o.build) {
    log('building (npm run build)…');
    await run('npm', ['run', 'build']);
  }
  const server = await serve();
  const cleanup = (): void => {
    server.child.kill();
    rmSync(server.dir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  try {
    const targets = [server.url, ...(o.reference ? [o.reference] : [])];
    if (o.reference) {
      const res = await fetch(o.reference).catch((e: unknown) => {
        throw new Error(`reference ${o.reference} unreachable: ${String(e)}`);
      });
      if (!res.ok) throw new Error(`reference ${o.reference} answered ${res.status}`);
    }

    // Lighthouse, interleaved (ours, reference, ours, …) so machine load hits both alike.
    const lh = new Map<string, LighthouseRun[]>(targets.map((t) => [t, []]));
    for (let i = 0; i < o.runs; i++) {
      for (const t of targets) {
        log(`lighthouse ${i + 1}/${o.runs} ${t}`);
        lh.get(t)!.push(await withRetry(() => lighthouseRun(t)));
      }
    }

    const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
    const sc = new Map<string, ScrollRun[]>(targets.map((t) => [t, []]));
    const fv = new Map<string, FirstVisitRun[]>(targets.map((t) => [t, []]));
    try {
      for (let i = 0; i < o.scrollRuns; i++) {
        for (const t of targets) {
          log(`scroll ${i + 1}/${o.scrollRuns} ${t} (${o.speed} px/s, CPU ÷${o.cpu})`);
          sc.get(t)!.push(await scrollRun(browser, t, o));
        }
      }
      for (let i = 0; i < o.runs; i++) {
        for (const t of targets) {
          log(`first visit ${i + 1}/${o.runs} ${t} (one wheel turn, then ${o.speed} px/s while the worker stores)`);
          fv.get(t)!.push(await firstVisitRun(browser, t, o));
        }
      }
    } finally {
      await browser.close();
    }

    const result = (t: string): PageResult => ({
      url: t,
      lighthouse: { ...medians(lh.get(t)!), scores: lh.get(t)!.map((r) => r.score) },
      scroll: medians(sc.get(t)!),
      firstVisit: medians(fv.get(t)!),
    });
    const ours = result(server.url);
    const out: Record<string, unknown> = {
      bench: 'caught-between',
      date: new Date().toISOString(),
      runs: o.runs,
      scrollRuns: o.scrollRuns,
      scroll: { viewport: '412x915', cpuSlowdown: o.cpu, pxPerSecond: o.speed },
      machine: { cpus: cpus().length, loadAvg1mStart: round(loadStart, 1), loadAvg1mEnd: round(loadavg()[0] ?? 0, 1) },
      ours,
    };
    if (o.reference) {
      const ref = result(o.reference);
      out['reference'] = ref;
      out['ratio'] = ratios(ours, ref);
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    cleanup();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench: failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
