import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/lib/geo/levels.ts';
import { toUnit } from '../../src/lib/geo/mercator.ts';
import { levelProjection } from '../../src/lib/geo/projection.ts';
import { geoMercator } from 'd3-geo';
import { fitView, levelMatrix, lonLatToScreen } from '../../src/lib/geo/view.ts';
import type { Bounds } from '../../src/lib/geo/view.ts';

const size = { width: 800, height: 600 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };
const mali: Bounds = [[-12.4, 10], [4.4, 25.1]];

describe('fitView', () => {
  it('puts the bounds inside the viewport, touching one pair of edges', () => {
    const v = fitView(mali, size, none);
    const [x0, y1] = lonLatToScreen(mali[0], v, size);
    const [x1, y0] = lonLatToScreen(mali[1], v, size);
    expect(x0).toBeGreaterThanOrEqual(-1e-6);
    expect(y0).toBeGreaterThanOrEqual(-1e-6);
    expect(x1).toBeLessThanOrEqual(size.width + 1e-6);
    expect(y1).toBeLessThanOrEqual(size.height + 1e-6);
    const touchesX = Math.abs(x0) < 1e-6 && Math.abs(x1 - size.width) < 1e-6;
    const touchesY = Math.abs(y0) < 1e-6 && Math.abs(y1 - size.height) < 1e-6;
    expect(touchesX || touchesY).toBe(true);
  });

  it('respects insets: the subject stays above phone cards', () => {
    const insets = { top: 50, right: 10, bottom: 250, left: 10 };
    const v = fitView(mali, size, insets);
    const [, yBottom] = lonLatToScreen(mali[0], v, size);
    expect(yBottom).toBeLessThanOrEqual(size.height - insets.bottom + 1e-6);
  });
});

describe('levelMatrix', () => {
  it('maps a level’s coordinates to the same screen point as projecting lon/lat directly', () => {
    const v = fitView(mali, size, none);
    for (const level of Object.values(LEVELS)) {
      const p = levelProjection(level.scale, level.offset)([-8, 12.64]);
      if (!p) throw new Error('projection failed');
      const [a, , , d, e, f] = levelMatrix(level, v, size);
      const viaMatrix = [a * p[0] + e, d * p[1] + f];
      const direct = lonLatToScreen([-8, 12.64], v, size);
      expect(viaMatrix[0]).toBeCloseTo(direct[0], 6);
      expect(viaMatrix[1]).toBeCloseTo(direct[1], 6);
    }
  });

  it('unit space is Mercator: y grows southwards', () => {
    expect(toUnit([0, 10])[1]).toBeLessThan(toUnit([0, 0])[1]);
  });
});

describe('toUnit', () => {
  it('equals d3.geoMercator with scale 1 and no translation', () => {
    const d3 = geoMercator().scale(1).translate([0, 0]);
    for (const ll of [[-8, 12.64], [2.4, 15.92], [-17.4, 14.7], [15, 12.1], [0, 0], [40, -35]] as const) {
      const [x, y] = toUnit(ll);
      const [dx, dy] = d3([ll[0], ll[1]])!;
      expect(x).toBeCloseTo(dx, 12);
      expect(y).toBeCloseTo(dy, 12);
    }
  });
  it('refuses non-finite and polar input instead of returning NaN', () => {
    expect(() => toUnit([Number.NaN, 0])).toThrow();
    expect(() => toUnit([0, 90])).toThrow();
  });
});

describe('linear scale (no d3-scale in the browser bundle)', async () => {
  const { linear } = await import('../../src/lib/map/layers/scale.ts');
  const { scaleLinear } = await import('d3-scale');
  it('matches d3-scale for nice domains, ticks, mapping and inversion', () => {
    for (const [max, count] of [[6152, 4], [3612, 3], [1173, 4], [28, 3]] as const) {
      const ours = linear([0, max], [300, 20], count);
      const theirs = scaleLinear().domain([0, max]).nice(count).range([300, 20]);
      expect(ours.domain()).toEqual(theirs.domain());
      expect(ours.ticks(count)).toEqual(theirs.ticks(count));
      expect(ours(max / 2)).toBeCloseTo(theirs(max / 2), 9);
      expect(ours.invert(123)).toBeCloseTo(theirs.invert(123), 9);
    }
  });
});
