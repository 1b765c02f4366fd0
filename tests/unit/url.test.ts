import { describe, expect, it } from 'vitest';
import { stepFromUrl, urlForStep } from '../../src/lib/controller/url.ts';

const known = new Set(['before-dawn', 'two-targets']);

describe('stepFromUrl', () => {
  it('accepts a known step from ?step= or the hash', () => {
    expect(stepFromUrl('?step=two-targets', '', known)).toBe('two-targets');
    expect(stepFromUrl('', '#before-dawn', known)).toBe('before-dawn');
  });
  it('prefers ?step= over the hash', () => {
    expect(stepFromUrl('?step=two-targets', '#before-dawn', known)).toBe('two-targets');
  });
  it('ignores unknown, malformed and hostile values', () => {
    for (const bad of ['nope', '<script>alert(1)</script>', '%E0%A4%A', 'javascript:alert(1)', 'TWO-TARGETS', '"', '9'.repeat(500)]) {
      expect(stepFromUrl(`?step=${encodeURIComponent(bad)}`, `#${bad}`, known)).toBeNull();
    }
  });
});

describe('urlForStep', () => {
  it('writes the step as the hash and drops ?step=', () => {
    expect(urlForStep(new URL('https://x.test/?step=a&lang=en#old'), 'two-targets')).toBe('/?lang=en#two-targets');
  });
});
