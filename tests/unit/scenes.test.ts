import { describe, expect, it } from 'vitest';
import { BASE, defineScene } from '../../src/lib/scenes/base.ts';
import { CAMERAS } from '../../src/lib/scenes/cameras.ts';
import { hasScene, scene, sceneIds } from '../../src/lib/scenes/index.ts';
import { ALL_REGIONS } from '../../src/lib/scenes/ids.ts';

describe('scene(stepId)', () => {
  it('returns a complete state for every registered scene', () => {
    for (const id of sceneIds()) {
      const s = scene(id);
      expect(s.id).toBe(id);
      expect(Object.keys(s).sort()).toEqual([...Object.keys(BASE), 'id'].sort());
      expect(CAMERAS[s.camera]).toBeDefined();
      expect(s.layers.length).toBeGreaterThan(0);
      for (const layer of ['africa', 'countries', 'regions', 'rivers', 'communes'] as const) {
        expect(Array.isArray(s.highlight[layer])).toBe(true);
      }
    }
  });

  it('throws on an unknown scene instead of returning a partial state', () => {
    expect(() => scene('no-such-step')).toThrow(/unknown scene/);
    expect(hasScene('no-such-step')).toBe(false);
  });

  it('is pure: the same id gives the same state, and states are not shared mutable objects', () => {
    expect(scene('two-targets')).toBe(scene('two-targets'));
    expect(JSON.stringify(scene('before-dawn'))).toBe(JSON.stringify(scene('before-dawn')));
  });

  it('zooms from Africa to Mali to Bamako in the cold open', () => {
    expect(['before-dawn', 'mali-from-above', 'two-targets', 'gendarmerie-school'].map((id) => scene(id).camera)).toEqual([
      'africa',
      'west-africa',
      'bamako',
      'faladie',
    ]);
  });

  it('marks the Faladié site as approximate wherever it appears', () => {
    for (const id of sceneIds()) {
      for (const m of scene(id).markers) {
        if (m.place === 'faladie_gendarmerie_school') expect(m.approximateKm).toBeGreaterThan(0);
      }
    }
  });

  it('shows all ten of Mali’s regions on the regions step', () => {
    const ids = scene('mali-regions').highlight.regions.map((h) => h.id).sort();
    expect(ids).toEqual([...ALL_REGIONS].sort());
  });
});

describe('defineScene', () => {
  it('spreads from the base and merges highlights by layer', () => {
    const s = defineScene('x', { highlight: { rivers: [{ id: 'niger', tone: 'focus' }] } });
    expect(s.camera).toBe(BASE.camera);
    expect(s.highlight.rivers).toHaveLength(1);
    expect(s.highlight.countries).toEqual([]);
  });
});
