import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/lib/geo/levels.ts';
import { levelProjection, toUnit } from '../../src/lib/geo/mercator.ts';
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
