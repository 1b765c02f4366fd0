// Hostile URLs: hundreds of random and crafted query strings and hashes (seeded, so every run
// tries the same ones). For each: no page error, no console error, nothing injected into the
// page, the title unchanged, and the story shows its first step — or the step the URL names
// exactly (?step=<id> first, then #<id>). To cover another page, add it to PAGES.
//
// Pages: the story (page loads and in-page #links) and a chapter embed (page loads; an embed has
// no in-page step links). Together they try more than 500 distinct hostile URLs.
//
// Two entry points read a URL: the start-up (a full page load: every crafted case and a share of
// the random ones) and in-page #links (the click handler: the rest of the random hashes, on one
// live page, which is far cheaper than reloading an 850 kB document hundreds of times).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { stepIds } from './helpers.ts';

interface FuzzPage {
  path: string;
  /** Random cases on top of the crafted ones; the first `fullLoads` of them are page loads. */
  random: number;
  fullLoads: number;
  /** Separate tests for the page loads and the in-page links, so both workers share them. */
  chunks: number;
  inPageChunks: number;
  /** Whether the JUNK strings are also tried as ?step= page loads (they always are as #links). */
  junkQueries: boolean;
}
const PAGES: readonly FuzzPage[] = [
  // The story is heavy to load (~1 MB of HTML): hostile payloads and random URLs are loaded, the
  // junk strings go through its in-page links; the embed, which parses ?step= and #hash with the
  // same code, loads every junk string too.
  { path: '/', random: 200, fullLoads: 12, chunks: 2, inPageChunks: 2, junkQueries: false },
  // The embed is light: every case, random ones included, is a page load.
  { path: '/embed/the-juntas/', random: 70, fullLoads: 70, chunks: 2, inPageChunks: 0, junkQueries: true },
];
const SEED = 0x5eed_2024;
const CANARY = 'xss-canary';

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYLOADS = [
  `<script>window.__pwned=1;/*${CANARY}*/</script>`,
  `"><img src=x onerror="window.__pwned=1" data-${CANARY}>`,
  `'><svg onload=window.__pwned=1 class=${CANARY}>`,
  `</script><script>window.__pwned=1</script>`,
  `<iframe src="javascript:parent.__pwned=1" name=${CANARY}></iframe>`,
  `javascript:window.__pwned=1//${CANARY}`,
  `JaVaScRiPt:alert(1)`,
  `data:text/html,<script>parent.__pwned=1</script>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  '${window.__pwned=1}',
  `<base href="//evil.example/">`,
  `<meta http-equiv=refresh content="0;url=javascript:alert(1)">`,
  `<a href=javascript:alert(1)>${CANARY}</a>`,
  `" autofocus onfocus="window.__pwned=1`,
  `' onmouseover='window.__pwned=1`,
  `%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E`,
  `%253Cscript%253E${CANARY}`,
  `\\u003cscript\\u003e${CANARY}`,
  `&lt;script&gt;${CANARY}`,
  `<style>*{display:none}</style>${CANARY}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>`,
];
const JUNK = [
  '', ' ', '%', '%%', '%2', '%ZZ', '%E0%A4%A', '%C0%AF', '%00', '%0A%0D', '%FF%FE', '%u0041', '%%32%65',
  '\u0000', '\t\n\r', '\u202e\u0065vil', '\u200b\u200d\ufeff', 'e\u0301\u0301\u0301', 'ｓｔｅｐ', '𝔰𝔱𝔢𝔭', '🗺️🔥💥',
  '\ud800', '\udfff', 'ÿ', 'İ', 'ß', '0', '-1', '1e309', '99999999999999999999999999', 'NaN', 'Infinity',
  '-0', '0x10', '1/0', 'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype',
  'toString', 'hasOwnProperty', 'valueOf', '../../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '//evil.example',
  'https://evil.example/', 'step', 'step=', '#', '##', '?', '??', '&', '&&', '=', '==', ';', '\\', '/', '"', "'", '`',
  'a'.repeat(101), 'a-'.repeat(40) + 'a', '-'.repeat(50), 'x'.repeat(4000),
];
const QUERY_KEYS = ['step', 'STEP', 'Step', 'step[]', 'step ', ' step', 'step%00', 'present', 'embed', 'lang', 'chapter', 's', 'q', 'utm_source', '', '__proto__'];

interface Case {
  /** Query and/or hash, appended to the page's path. */
  url: string;
  note: string;
  /** Followed as an in-page link on the live page instead of loaded. */
  inPage?: boolean;
}

function generate(known: string[], opts: Pick<FuzzPage, 'random' | 'fullLoads' | 'junkQueries'>): Case[] {
  const rand = prng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (n: number): number => Math.floor(rand() * n);
  const id = (): string => pick(known);
  const mutate = (s: string): string => {
    switch (int(7)) {
      case 0:
        return s.toUpperCase();
      case 1:
        return `${s}${pick(['-', '/', ' ', '%20', '.', '?', '\u200b', '%'])}`;
      case 2:
        return `${pick([' ', '-', '/', '%20', '\ufeff'])}${s}`;
      case 3:
        return s.replace(/-/g, pick(['_', '--', '%2D%2D', ' ', '']));
      case 4:
        return s.slice(0, Math.max(1, int(s.length)));
      case 5:
        return `${s}${pick(PAYLOADS)}`;
      default:
        return s.split('').map((c) => (rand() < 0.2 ? String.fromCharCode(c.charCodeAt(0) + 1) : c)).join('');
    }
  };
  const junkString = (): string => {
    const kind = int(6);
    if (kind === 0) return pick(PAYLOADS);
    if (kind === 1) return pick(JUNK);
    if (kind === 2) return mutate(id());
    if (kind === 3) {
      // random characters from a hostile alphabet, plus astral and lone surrogates
      const alphabet = `<>"'\`&%#;/\\=?()[]{}|^~ \t\n\r\u0000\u00a0\u2028\u2029é中🗺\ud83dabc-09ZZ`;
      return Array.from({ length: 1 + int(60) }, () => alphabet[int(alphabet.length)]).join('');
    }
    if (kind === 4) return `%${int(256).toString(16)}`.repeat(1 + int(20)) + pick(['', '%', '%G', '%e']);
    return String(pick([rand() * 1e308, -int(1e9), 2 ** 53 + 1, int(100), Number.MAX_VALUE, Number.MIN_VALUE]));
  };

  const cases: Case[] = [];
  // Crafted cases first.
  for (const p of PAYLOADS) {
    cases.push({ url: `?step=${p}`, note: 'crafted ?step=' });
    cases.push({ url: `#${p}`, note: 'crafted #' });
  }
  for (const p of JUNK) {
    if (opts.junkQueries) cases.push({ url: `?step=${p}`, note: 'crafted ?step=' });
    cases.push({ url: `#${p}`, note: 'crafted # link', inPage: true });
  }
  cases.push(
    { url: '?present', note: 'present' },
    { url: '?present=1', note: 'present' },
    { url: `?present&step=${known[1]}`, note: 'present + valid step' },
    { url: `?embed=1&step=${known[2]}`, note: 'embed + valid step' },
    { url: `?step=${known[1]}&step=${known[3]}`, note: 'two steps: the first wins' },
    { url: `?step=${encodeURIComponent(known[2]!)}`, note: 'encoded valid step' },
    { url: `#${known[3]!.replace(/-/g, '%2D')}`, note: 'percent-encoded valid hash' },
    { url: `?step=nope#${known[4]}`, note: 'bad query, valid hash' },
    { url: `?step=${known[5]}#nope`, note: 'valid query, bad hash' },
    { url: `?step=${known[5]}#${known[6]}`, note: 'valid query wins over valid hash' },
    { url: `?step=${'x'.repeat(7000)}`, note: 'very long query (within the server header limit)' },
    { url: `#${'y'.repeat(200_000)}`, note: 'very long hash' },
    { url: `#${PAYLOADS[1]!.repeat(500)}`, note: 'long hostile hash' },
    { url: `?${'a=1&'.repeat(1500)}step=${known[1]}`, note: 'many params' },
  );
  // Random cases: the first `fullLoads` are full URLs (query and hash), loaded; the rest are
  // hashes, followed as in-page links.
  for (let n = 0; n < opts.random; n++) {
    if (n >= opts.fullLoads) {
      cases.push({ url: `#${rand() < 0.1 ? id() : junkString()}`, note: 'random in-page link', inPage: true });
      continue;
    }
    const parts: string[] = [];
    const nParams = 1 + int(3);
    for (let i = 0; i < nParams; i++) {
      const key = rand() < 0.6 ? 'step' : pick(QUERY_KEYS);
      const value = rand() < 0.12 ? id() : junkString();
      parts.push(rand() < 0.1 ? key : `${key}=${value}`);
    }
    let url = `?${parts.join(pick(['&', '&', ';', '&&']))}`;
    if (rand() < 0.6) url += `#${rand() < 0.1 ? id() : junkString()}`;
    cases.push({ url, note: 'random' });
  }
  return cases;
}

/**
 * The expected step, from the URL as the browser parses it: ?step= if it is exactly a known id,
 * else the decoded #fragment if it is; 'any' when the fragment names another element of the page
 * (the browser scrolls there, and the story must then simply agree with what is on screen).
 */
function expected(url: URL, known: Set<string>, otherIds: Set<string>, first: string): string {
  const q = url.searchParams.get('step');
  if (q !== null && known.has(q)) return q;
  const raw = url.hash.slice(1);
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = null;
  }
  if (decoded !== null && known.has(decoded)) return decoded;
  if (otherIds.has(raw) || (decoded !== null && otherIds.has(decoded))) return 'any';
  return first;
}

interface Baseline {
  title: string;
  scripts: string[];
  dangerous: number;
}

async function inspect(page: Page): Promise<Baseline & { onAttrs: string[]; pwned: boolean; canary: boolean; jsLinks: number }> {
  // XPath runs natively: far cheaper than walking ten thousand elements from script.
  return page.evaluate((canary) => {
    const all = (xpath: string): Node[] => {
      const r = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      return Array.from({ length: r.snapshotLength }, (_, i) => r.snapshotItem(i)!);
    };
    const attr = (n: Node): string => `${(n as Attr).ownerElement?.tagName ?? '?'}[${(n as Attr).name}]`;
    const lower = "translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
    return {
      title: document.title,
      scripts: [...document.scripts].map((s) => `${s.type}|${s.getAttribute('src') ?? ''}|${s.id}|${s.src ? '' : (s.textContent ?? '').length}`),
      dangerous: document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv="refresh" i], form').length,
      onAttrs: all("//@*[starts-with(translate(name(), 'ON', 'on'), 'on')]").map(attr),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      canary: all(`//@*[contains(., '${canary}')] | //text()[contains(., '${canary}')] | //comment()[contains(., '${canary}')]`).length > 0,
      jsLinks: all(`//@*[(name()='href' or name()='src' or name()='action' or name()='formaction' or name()='xlink:href') and starts-with(normalize-space(${lower}), 'javascript:')]`).length,
    };
  }, CANARY);
}

/** Listens for everything that must not happen; `label()` names the case being tried. */
function watch(page: Page, label: () => string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`${label()}: page error ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${label()}: console error ${m.text()} @ ${m.location().url}`);
  });
  page.on('dialog', (d) => {
    problems.push(`${label()}: a ${d.type()} dialog opened`);
    void d.dismiss();
  });
  page.on('popup', () => problems.push(`${label()}: a popup opened`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:') problems.push(`${label()}: request to ${r.url()}`);
  });
  return problems;
}

interface Story {
  known: Set<string>;
  sceneOf: Map<string, string>;
  first: string;
  otherIds: Set<string>;
  base: Baseline;
}

async function openStory(page: Page, path: string): Promise<Story> {
  await page.goto(path);
  const steps = await stepIds(page);
  const known = new Set(steps.map((s) => s.id));
  const otherIds = new Set((await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))).filter((id) => !known.has(id)));
  await page.locator('.live-map[data-settled="true"]').waitFor();
  const base = await inspect(page);
  expect(base.onAttrs).toEqual([]);
  expect(base.canary).toBe(false);
  return { known, sceneOf: new Map(steps.map((s) => [s.id, s.scene])), first: steps[0]!.id, otherIds, base };
}

/** Waits for the expected step and picture; checks that nothing was injected. */
async function verify(page: Page, story: Story, want: string, linked: boolean, label: string, problems: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      ([id, scene]) => {
        const svg = document.querySelector('.live-map');
        const active = document.querySelectorAll('article.step.is-active');
        if (svg?.getAttribute('data-settled') !== 'true' || active.length !== 1) return false;
        if (id === 'any') return svg.getAttribute('data-scene') === active[0]!.getAttribute('data-scene');
        return active[0]!.id === id && svg.getAttribute('data-scene') === scene;
      },
      [want, want === 'any' ? '' : (story.sceneOf.get(want) ?? '')] as const,
      { timeout: 5_000, polling: 50 },
    );
  } catch {
    const got = await page.evaluate(() => ({
      active: [...document.querySelectorAll('article.step.is-active')].map((e) => e.id),
      scene: document.querySelector('.live-map')?.getAttribute('data-scene'),
    }));
    problems.push(`${label}: expected step ${want}, got ${JSON.stringify(got)}`);
  }
  if (linked) {
    // A step named by the URL is brought on screen.
    const inView = await page.locator(`#${want}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    if (!inView) problems.push(`${label}: step ${want} is active but off screen`);
  }
  const now = await inspect(page);
  if (now.title !== story.base.title) problems.push(`${label}: title changed to ${now.title}`);
  if (JSON.stringify(now.scripts) !== JSON.stringify(story.base.scripts)) problems.push(`${label}: scripts changed ${JSON.stringify(now.scripts)}`);
  if (now.dangerous !== story.base.dangerous) problems.push(`${label}: iframe/object/base/form elements appeared`);
  if (now.onAttrs.length) problems.push(`${label}: event-handler attributes ${now.onAttrs.join(', ')}`);
  if (now.pwned) problems.push(`${label}: injected script ran`);
  if (now.canary) problems.push(`${label}: the URL was written into the page`);
  if (now.jsLinks) problems.push(`${label}: javascript: URL in the page`);
}

const describeCase = (c: Case): string => `${c.note} ${JSON.stringify(c.url.length > 160 ? `${c.url.slice(0, 160)}…(${c.url.length})` : c.url)}`;

for (const { path, chunks: CHUNKS, inPageChunks: IN_PAGE_CHUNKS, ...opts } of PAGES) {
  test.describe(`fuzzing ${path}`, () => {
    test.describe.configure({ mode: 'parallel' });
    const contextOptions = { serviceWorkers: 'block', reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } } as const;

    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      test(`page loads with hostile query strings and hashes, part ${chunk + 1}/${CHUNKS}`, async ({ browser, baseURL }) => {
        test.setTimeout(170_000);
        const context = await browser.newContext(contextOptions);
        const page = await context.newPage();
        let current = 'first load';
        const problems = watch(page, () => current);
        const story = await openStory(page, path);
        // Without in-page tests, crafted in-page links are tried as page loads too.
        const mine = generate([...story.known], opts)
          .filter((c) => !c.inPage || IN_PAGE_CHUNKS === 0)
          .filter((_, i) => i % CHUNKS === chunk);
        for (const c of mine) {
          current = describeCase(c);
          const target = new URL(path + c.url, baseURL);
          // A fresh document every time: a change of hash alone would not reload the page.
          const here = new URL(page.url());
          if (target.pathname === here.pathname && target.search === here.search) await page.goto('about:blank');
          const res = await page.goto(target.href);
          if (res && res.status() !== 200) problems.push(`${current}: HTTP ${res.status()}`);
          const want = expected(target, story.known, story.otherIds, story.first);
          await verify(page, story, want, want !== 'any' && want !== story.first, current, problems);
          if (problems.length > 20) break;
        }
        expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
        test.info().annotations.push({ type: 'cases', description: `${mine.length} page loads` });
        await context.close();
      });
    }

    for (let chunk = 0; chunk < IN_PAGE_CHUNKS; chunk++) {
      test(`in-page links with hostile hashes, part ${chunk + 1}/${IN_PAGE_CHUNKS}`, async ({ browser, baseURL }) => {
        test.setTimeout(170_000);
        const context = await browser.newContext(contextOptions);
        const page = await context.newPage();
        let current = 'first load';
        const problems = watch(page, () => current);
        const story = await openStory(page, path);
        const all = generate([...story.known], opts);
        if (chunk === 0) expect(generate([...story.known], opts), 'the same URLs every run').toEqual(all);
        const mine = all.filter((c) => c.inPage).filter((_, i) => i % IN_PAGE_CHUNKS === chunk);
        for (const c of mine) {
          current = describeCase(c);
          // What the browser makes of the link, as the story's click handler sees it.
          const { before, hash } = await page.evaluate((href) => {
            const active = document.querySelector('article.step.is-active')?.id ?? '';
            const a = document.createElement('a');
            a.setAttribute('href', href);
            a.textContent = 'fuzz';
            document.body.append(a);
            const h = a.hash;
            a.click();
            a.remove();
            return { before: active, hash: h };
          }, c.url);
          const want = expected(new URL(`${path}${hash}`, baseURL), story.known, story.otherIds, before);
          // A junk fragment leaves the active step as it was (the browser may scroll to the top).
          await verify(page, story, want, want !== 'any' && want !== before, current, problems);
          if (problems.length > 20) break;
        }
        expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
        test.info().annotations.push({ type: 'cases', description: `${mine.length} in-page links` });
        await context.close();
      });
    }
  });
}

test('more than 500 distinct hostile URLs across the story and the embed', () => {
  // Step ids only shape a few crafted cases; any list of ids gives the same count.
  const known = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5', 'f-6', 'g-7'];
  const urls = new Set(PAGES.flatMap((p) => generate(known, p).map((c) => `${p.path}${c.url}`)));
  expect(urls.size).toBeGreaterThanOrEqual(500);
  test.info().annotations.push({ type: 'distinct hostile URLs', description: String(urls.size) });
  console.log(`fuzz: ${urls.size} distinct hostile URLs`);
});
