// The built HTML itself (no browser): every step has its text and a static <svg> map.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('dist/index.html carries every step’s text and a static SVG map', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const steps = [...html.matchAll(/<article class="step" id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/article>/g)];
  expect(steps.length).toBeGreaterThanOrEqual(13);
  for (const [, id, body] of steps) {
    expect(body, id).toMatch(/<div class="step-text">[\s\S]*?<p>[^<]{20,}/);
    expect(body, id).toMatch(/<svg [^>]*class="map static-map"[^>]*data-scene="[a-z0-9-]+"/);
    expect(body, id).toContain('<use href="#g-');
    expect(body, id).toMatch(/class="map-description-text">[^<]{40,}/);
  }
  // The geometry the <use> elements point at is defined once, in this same document.
  const refs = new Set([...html.matchAll(/<use href="#(g-[^"]+)"/g)].map((m) => m[1]));
  for (const ref of refs) expect(html, ref).toContain(`id="${ref}"`);
});

// Issue 16: the headline attributes the thesis, and the sources page reads like a bibliography.
for (const [lang, prefix] of [['en', ''], ['fr', 'fr/']] as const) {
  test(`${lang}: the dek and the meta description name Alex Thurston as the author of the thesis`, () => {
    const html = readFileSync(`dist/${prefix}index.html`, 'utf8');
    const dek = /<p class="masthead-dek">([^<]+)<\/p>/.exec(html)?.[1] ?? '';
    const meta = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const text of [dek, meta]) {
      expect(text).toContain('Alex Thurston');
      // The attribution comes before the claim, not a line later.
      expect(text.indexOf('Alex Thurston'), text).toBeLessThan(text.indexOf(lang === 'en' ? 'can win' : 'gagner'));
    }
  });

  test(`${lang}: the sources page prints dates once, readable step names and a way to report errors`, () => {
    const html = readFileSync(`dist/${prefix}sources/index.html`, 'utf8');
    const story = readFileSync(`dist/${prefix}index.html`, 'utf8');
    const stepIds = new Set([...story.matchAll(/<article class="step" id="([a-z0-9-]+)"/g)].map((m) => m[1]!));
    const cited = html.slice(html.indexOf('id="cited"'), html.indexOf('id="glossary"'));
    const entries = [...cited.matchAll(/<li id="source-([A-Z0-9_]+)">([\s\S]*?)<\/li>/g)];
    expect(entries.length).toBeGreaterThan(100);
    for (const [, key, body] of entries) {
      const text = body!.replace(/<[^>]+>/g, '');
      expect(text, key).not.toMatch(/n\.d\.|s\.\u00a0?d\.|(?<!\.)\.\.(?!\.)|see notes/);
      // The date, right after the title: in words, or "undated" / « sans date ».
      const date = /<\/q>, ([^<]*?)\.\s*(?:<|$)/.exec(body!)?.[1] ?? '';
      expect(date, key).toMatch(lang === 'en' ? /^(undated|.*\b\d{4}\b.*)$/ : /^(sans date|.*\b\d{4}\b.*)$/);
      expect(date, key).not.toMatch(/\d{4}-\d{2}/);
      const links = [...body!.matchAll(/<a href="[^"]*#([a-z0-9-]+)"[^>]*>([^<]+)<\/a>/g)];
      expect(links.length, key).toBeGreaterThan(0);
      for (const [, id, label] of links) {
        expect(stepIds.has(id!), `${key} → #${id}`).toBe(true);
        // A step is named by its number within a named chapter, never by its raw id.
        expect(label, key).toMatch(lang === 'en' ? /^step \d+$/ : /^étape \d+$/);
        expect(text).not.toContain(id!);
      }
    }
    // Never accessed (known only through summaries): not listed.
    expect(html).not.toContain('source-WSJ_ORIG');
    // A mirror is listed under the original publication.
    expect(cited).toMatch(/<li id="source-SERVAL_MIRROR"><a [^>]+>Wikip[eé]dia<\/a> \((copy on|copie sur) 5\.180\.24\.3\)/);
    const corrections = html.slice(html.indexOf('id="corrections"'));
    expect(corrections).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(corrections).toMatch(/<a href="(mailto:[^"@]+@[^"]+|https?:\/\/[^"]+)"/);
    if (lang === 'en') expect(html).toContain('are our translations');
  });
}
