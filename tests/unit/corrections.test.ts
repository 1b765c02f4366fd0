// Readers can report an error from a static site: the corrections link is a mailto: or a web
// address chosen at build time (CORRECTIONS_URL), else an address at the site's own host.
import { describe, expect, it } from 'vitest';
import { correctionsLink } from '../../src/lib/build/corrections.ts';

const site = new URL('https://maps.example.org/');

describe('correctionsLink', () => {
  it('defaults to corrections@ the site’s host', () => {
    expect(correctionsLink('en', site, {})).toEqual({ href: 'mailto:corrections@maps.example.org', text: 'corrections@maps.example.org' });
  });
  it('uses a mailto: CORRECTIONS_URL as given', () => {
    expect(correctionsLink('fr', site, { CORRECTIONS_URL: 'mailto:desk@news.example.com' }).href).toBe('mailto:desk@news.example.com');
  });
  it('names an issue tracker by its address, in the page’s language', () => {
    const link = correctionsLink('fr', site, { CORRECTIONS_URL: 'https://github.com/org/repo/issues/new' });
    expect(link.href).toBe('https://github.com/org/repo/issues/new');
    expect(link.text).toBe('la page des corrections (github.com/org/repo/issues/new)');
  });
  it('refuses an address that is not mailto: or http(s):, and a missing site', () => {
    expect(() => correctionsLink('en', site, { CORRECTIONS_URL: 'javascript:alert(1)' })).toThrow(/mailto: or http/);
    expect(() => correctionsLink('en', site, { CORRECTIONS_URL: 'not a url' })).toThrow(/not a URL/);
    expect(() => correctionsLink('en', undefined, {})).toThrow(/CORRECTIONS_URL/);
  });
});
