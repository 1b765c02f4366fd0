// The credit line drawn into each downloadable map names the data behind what that map draws:
// GeoNames only where a GeoNames city is marked, the fact sheet's places where one of those is.
import { describe, expect, it } from 'vitest';
import { resolveScene } from '../../src/lib/build/resolve.ts';
import { mapCredit } from '../../src/lib/present/credits.ts';
import { scene } from '../../src/lib/scenes/index.ts';

const credit = (id: string): string => mapCredit(resolveScene(scene(id), 'en'));

describe('map download credits', () => {
  it('a map of fact-sheet places credits the fact sheet, not GeoNames', () => {
    const c = credit('three-capitals');
    expect(c).toContain('fact sheet');
    expect(c).not.toContain('GeoNames');
  });
  it('a map with a GeoNames city credits GeoNames', () => {
    expect(credit('coup-2020')).toContain('GeoNames'); // Kati
  });
  it('a map of UCDP events credits UCDP', () => {
    expect(credit('the-tri-border')).toContain('UCDP');
  });
});
