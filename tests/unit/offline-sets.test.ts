// The service worker's sets by role (scripts/service-worker.ts) and the set each page asks for
// (src/lib/present/offline-role.ts): a reader's set is the story of one language and what it
// loads; a classroom set adds the teacher's pages (the worksheet once built) and map downloads.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../scripts/service-worker.ts';
import { offlineSet, roleOf } from '../../src/lib/present/offline-role.ts';

const dist = mkdtempSync(join(tmpdir(), 'sw-sets-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function put(path: string, body: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), body);
}
const page = (script: string, extra = ''): string =>
  `<!doctype html><link rel="icon" href="/favicon.svg"><style>@font-face{src:url(/fonts/a.woff2)}</style><script type="module" src="${script}"></script><a href="/guide/">guide</a>${extra}`;
put('index.html', page('/_astro/story.js'));
put('404.html', page('/_astro/story.js'));
put('fr/index.html', page('/_astro/story.js'));
put('fr/404.html', page('/_astro/story.js'));
put('guide/index.html', page('/_astro/guide.js', '<a href="/maps/a.svg" download>SVG</a><a href="/data/timeline.json">data</a>'));
put('fr/guide/index.html', page('/_astro/guide.js'));
put('present/index.html', page('/_astro/present.js'));
put('worksheet/index.html', page('/_astro/guide.js'));
put('guide/answers/index.html', page('/_astro/guide.js'));
put('handout/one/index.html', page('/_astro/guide.js'));
put('embed/one/index.html', page('/_astro/embed.js'));
put('_astro/story.js', 'import{a}from"./shared.js";fetch(dataUrl("events-2021.json"))');
put('_astro/shared.js', 'export const a=1');
put('_astro/guide.js', 'import("./shared.js")');
put('_astro/present.js', 'import"./live.js"');
put('_astro/live.js', '');
put('_astro/embed.js', '');
put('data/events-2021.json', '{}');
put('data/timeline.json', '[]');
put('fonts/a.woff2', 'x');
put('favicon.svg', '<svg/>');
put('maps/a.svg', '<svg/>');
put('maps/a.png', 'png');
put('fr/maps/a.svg', '<svg/>');
put('sw.js', '');

const m = buildManifest(dist);
const set = (name: string): string[] => (m.sets[name] ?? []).map((i) => m.files[i]![0]);

describe('offline sets by role', () => {
  it("a reader's set is the story of one language, with its scripts, font, icon and data", () => {
    expect(set('reader-en')).toEqual(
      ['/404.html', '/_astro/shared.js', '/_astro/story.js', '/data/events-2021.json', '/favicon.svg', '/fonts/a.woff2', '/index.html'].sort(),
    );
    expect(set('reader-fr').filter((f) => f.endsWith('.html'))).toEqual(['/fr/404.html', '/fr/index.html']);
  });

  it('a classroom set adds the teacher pages (worksheet and answer key included), their files and the map downloads', () => {
    const en = set('classroom-en');
    for (const f of set('reader-en')) expect(en).toContain(f);
    for (const f of ['/guide/index.html', '/guide/answers/index.html', '/worksheet/index.html', '/handout/one/index.html', '/present/index.html', '/_astro/live.js', '/maps/a.svg', '/maps/a.png', '/data/timeline.json']) {
      expect(en).toContain(f);
    }
    expect(en.filter((f) => f.startsWith('/fr/'))).toEqual([]);
    expect(set('classroom-fr')).toContain('/fr/maps/a.svg');
    expect(set('classroom-fr').filter((f) => /^\/(?:maps|guide|present)\//.test(f))).toEqual([]);
  });

  it('embeds and the worker itself are in no set; hashed bundles carry no revision', () => {
    const paths = m.files.map(([f]) => f);
    expect(paths.some((f) => f.includes('/embed/') || f === '/sw.js')).toBe(false);
    expect(m.files.find(([f]) => f === '/_astro/story.js')?.[1]).toBeNull();
    expect(m.files.find(([f]) => f === '/index.html')?.[1]).toMatch(/^[0-9a-f]{12}$/);
  });

  it('a changed file changes its revision and the manifest version', () => {
    const before = m.files.find(([f]) => f === '/guide/index.html')?.[1];
    put('guide/index.html', page('/_astro/guide.js', '<p>changed</p>'));
    const after = buildManifest(dist);
    expect(after.files.find(([f]) => f === '/guide/index.html')?.[1]).not.toBe(before);
    expect(after.version).not.toBe(m.version);
  });

  it('each page asks for its role in its language', () => {
    expect(offlineSet('/', 'en')).toBe('reader-en');
    expect(offlineSet('/fr/', 'fr')).toBe('reader-fr');
    expect(offlineSet('/sources/', 'en')).toBe('reader-en');
    expect(offlineSet('/fr/guide/', 'fr')).toBe('classroom-fr');
    expect(offlineSet('/present/', 'en')).toBe('classroom-en');
    expect(offlineSet('/fr/notes/', 'fr')).toBe('classroom-fr');
    expect(roleOf('/worksheet/')).toBe('classroom');
    expect(roleOf('/guide/answers/')).toBe('classroom');
    expect(roleOf('/fr/handout/chapter-1/')).toBe('classroom');
    expect(roleOf('/no-such-page/')).toBe('reader');
  });
});
