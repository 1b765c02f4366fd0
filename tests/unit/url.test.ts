import { describe, expect, it } from 'vitest';
import { stepFromUrl, unknownStepFromUrl, urlForStep } from '../../src/lib/controller/url.ts';

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

describe('unknownStepFromUrl names a ?step= that is no step of the page', () => {
  const known = new Set(['before-dawn', 'mali-from-above']);
  it('returns the raw value for an unknown step, null for a known or missing one', () => {
    expect(unknownStepFromUrl('?step=zzz', known)).toBe('zzz');
    expect(unknownStepFromUrl('?step=%3Cb%3Ex', known)).toBe('<b>x');
    expect(unknownStepFromUrl('?step=before-dawn', known)).toBeNull();
    expect(unknownStepFromUrl('', known)).toBeNull();
    expect(unknownStepFromUrl('?step=', known)).toBeNull();
  });
  it('trims a very long value', () => {
    expect(unknownStepFromUrl(`?step=${'a'.repeat(500)}`, known)!.length).toBe(60);
  });
});

describe('the unknown-step notice', async () => {
  const { noticeText } = await import('../../src/lib/controller/step-notice.ts');
  it('repeats a value that looks like a step name, and only that', () => {
    expect(noticeText('zzz', 'No step “{step}”.', 'No such step.')).toBe('No step “zzz”.');
    expect(noticeText('opération-serval', 'No step “{step}”.', 'No such step.')).toBe('No step “opération-serval”.');
    expect(noticeText('<iframe src=x>', 'No step “{step}”.', 'No such step.')).toBe('No such step.');
    expect(noticeText('a'.repeat(200), 'No step “{step}”.', 'No such step.')).toBe('No such step.');
  });
});
