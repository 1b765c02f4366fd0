// The UCDP events layer (sizes, order, filters, legend) and the base markers' shapes.
import { describe, expect, it } from 'vitest';
import { geoBundle } from '../../src/lib/build/defs.ts';
import { eventRows, resolveScene } from '../../src/lib/build/resolve.ts';
import { EVENT_MAX_DEATHS, EVENT_MAX_R, EVENT_MIN_R, eventRadius } from '../../src/lib/map/layers/events.ts';
import { markerNodes } from '../../src/lib/map/layers/markers.ts';
import { buildMapModel } from '../../src/lib/map/model.ts';
import type { VNode } from '../../src/lib/map/types.ts';
import { defineScene } from '../../src/lib/scenes/base.ts';
import type { EventsLayer } from '../../src/lib/scenes/types.ts';

const ALL: EventsLayer['groups'] = ['jnim', 'is', 'state', 'militia', 'other'];
const eventsScene = (groups: EventsLayer['groups'] = ALL) =>
  resolveScene(
    defineScene('test-events', {
      camera: 'sahel',
      layers: ['africa', 'countries', 'rivers', 'events', 'markers', 'labels'],
      markers: [{ place: 'niamey', kind: 'capital', label: true }],
      legend: [{ swatch: 'event', labelKey: 'legend.ucdpEvent2021' }],
      events: { year: 2021, groups },
    }),
    'en',
  );
const SIZE = { width: 896, height: 900 };

describe('events layer', () => {
  it('sizes dots by area: min 2 px, max 14 px, area ∝ deaths', () => {
    expect(eventRadius(0)).toBe(EVENT_MIN_R);
    expect(eventRadius(EVENT_MAX_DEATHS)).toBeCloseTo(EVENT_MAX_R);
    expect(eventRadius(100) ** 2 / eventRadius(25) ** 2).toBeCloseTo(4);
    expect(Math.max(...eventRows().map((r) => r[4]))).toBeLessThanOrEqual(EVENT_MAX_DEATHS);
  });

  it('draws the events under the markers, biggest first, only with the rows given', () => {
    const scene = eventsScene();
    const without = buildMapModel(scene, geoBundle().index, { size: SIZE, mode: 'wide' });
    expect(without.overlay.find((n) => n.key === 'events')).toBeUndefined();

    const model = buildMapModel(scene, geoBundle().index, { size: SIZE, mode: 'wide', events: eventRows() });
    const keys = model.overlay.map((n) => n.key);
    expect(keys.indexOf('events')).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf('events')).toBeLessThan(keys.indexOf('markers'));
    const dots = model.overlay.find((n) => n.key === 'events')!.children!;
    expect(dots.length).toBeGreaterThan(300);
    const radii = dots.map((d) => Number(d.attrs['r']));
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    expect(Math.min(...radii)).toBeGreaterThanOrEqual(EVENT_MIN_R);
    expect(new Set(dots.map((d) => d.key)).size).toBe(dots.length);
    for (const d of dots) {
      expect(Number(d.attrs['cx'])).toBeGreaterThanOrEqual(-EVENT_MAX_R);
      expect(Number(d.attrs['cx'])).toBeLessThanOrEqual(SIZE.width + EVENT_MAX_R);
    }
  });

  it('draws only the groups asked for, and legends them', () => {
    const scene = eventsScene(['is']);
    const model = buildMapModel(scene, geoBundle().index, { size: SIZE, mode: 'wide', events: eventRows() });
    const dots = model.overlay.find((n) => n.key === 'events')!.children!;
    expect(new Set(dots.map((d) => d.attrs['class']))).toEqual(new Set(['event event-is']));
    expect(scene.legend.map((l) => l.swatch)).toEqual(['event-size', 'event-is']);
    expect(scene.legend[1]!.text).toBe('Islamic State involved');
    expect(eventsScene().legend.map((l) => l.swatch)).toEqual(['event-size', ...ALL.map((g) => `event-${g}`)]);
  });
});

describe('base markers', () => {
  const place = (kind: 'base' | 'base-closed' | 'city'): VNode =>
    markerNodes([{ marker: { id: kind, kind, at: [0, 15], text: null, priority: 1, approximateKm: null, pulse: false }, x: 10, y: 10, r: 0 }])[0]!;

  it('are diamonds, and a closed base is struck through: they differ by shape, not only colour', () => {
    const open = place('base');
    const closed = place('base-closed');
    expect(open.children!.map((c) => c.tag)).toEqual(['path']);
    expect(String(open.children![0]!.attrs['d'])).toMatch(/^M0,-[\d.]+L[\d.]+,0L0,[\d.]+L-[\d.]+,0Z$/);
    expect(closed.children!.map((c) => c.key)).toEqual(['dot', 'strike']);
    expect(place('city').children!.map((c) => c.tag)).toEqual(['circle']);
  });
});
