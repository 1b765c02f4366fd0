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
