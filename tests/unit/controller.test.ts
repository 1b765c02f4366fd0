// The one controller: every input calls setStep; the map flies for scrolling and keys, cuts for
// links and the first paint, and cuts when a reader flings through the story (a scroll-driven
// step less than a second after the last).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createController, FLING_PX_PER_S } from '../../src/lib/controller/controller.ts';
import { createSpeedMeter } from '../../src/lib/controller/speed.ts';
import type { LiveMap } from '../../src/lib/map/live-map.ts';
import type { StoryData } from '../../src/lib/controller/story-data.ts';
import type { ResolvedScene } from '../../src/lib/map/types.ts';

/** A controller over five steps, a map that records each render, and a clock the test moves. */
function setup(): { calls: { scene: string; animate: boolean }[]; controller: ReturnType<typeof createController>; clock: { now: number } } {
  const clock = { now: 10_000 };
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const data = {
    index: {},
    scenes: Object.fromEntries(ids.map((id) => [`s-${id}`, { id: `s-${id}` } as unknown as ResolvedScene])),
    steps: ids.map((id) => ({ id, scene: `s-${id}`, chapter: 'x' })),
  } as unknown as StoryData;
  const calls: { scene: string; animate: boolean }[] = [];
  const map = {
    render: (scene: ResolvedScene, o: { animate?: boolean } = {}) => {
      calls.push({ scene: scene.id, animate: o.animate ?? true });
      return Promise.resolve();
    },
  } as unknown as LiveMap;
  return { calls, clock, controller: createController({ data, map, onChange: () => undefined }) };
}

afterEach(() => vi.restoreAllMocks());

describe('controller', () => {
  it('cuts on the first paint and on links, flies for keys and unhurried scrolling', async () => {
    const { calls, controller, clock } = setup();
    await controller.setStep('a', 'init');
    await controller.setStep('b', 'key');
    await controller.setStep('d', 'link');
    clock.now += 5_000;
    await controller.setStep('e', 'scroll');
    clock.now += 3_000;
    await controller.setStep('d', 'scroll');
    expect(calls.map((c) => c.animate)).toEqual([false, true, false, true, true]);
  });

  it('cuts when scrolling brings a new step less than a second after the last', async () => {
    const { calls, controller, clock } = setup();
    await controller.setStep('a', 'init');
    for (const id of ['b', 'c', 'd']) {
      clock.now += 400;
      await controller.setStep(id, 'scroll');
    }
    clock.now += 1_500;
    await controller.setStep('e', 'scroll');
    // Keys are deliberate: they fly even right after a scroll.
    clock.now += 100;
    await controller.setStep('d', 'key');
    expect(calls.map((c) => [c.scene, c.animate])).toEqual([
      ['s-a', false],
      ['s-b', true],
      ['s-c', false],
      ['s-d', false],
      ['s-e', true],
      ['s-d', true],
    ]);
  });

  it('ignores unknown steps and the step already active', async () => {
    const { calls, controller } = setup();
    await controller.setStep('a', 'init');
    await controller.setStep('a', 'key');
    await controller.setStep('zzz', 'key');
    expect(calls).toHaveLength(1);
    expect(controller.current()).toBe('a');
  });
});

describe('flinging', () => {
  it('cuts when the page scrolls faster than FLING_PX_PER_S as the step arrives, flies below it', async () => {
    const { calls, controller, clock } = setup();
    await controller.setStep('a', 'init');
    clock.now += 5_000;
    await controller.setStep('b', 'scroll', FLING_PX_PER_S + 1);
    clock.now += 5_000;
    await controller.setStep('c', 'scroll', FLING_PX_PER_S - 1);
    clock.now += 5_000;
    // Keys ignore the speed of a scroll that may still be coasting.
    await controller.setStep('d', 'key', 5_000);
    expect(calls.map((c) => c.animate)).toEqual([false, false, true, true]);
  });
});

describe('speed meter', () => {
  const scroll = (meter: ReturnType<typeof createSpeedMeter>, clock: { t: number }, ms: number, pxPerS: number): void => {
    // One scroll event a frame; positions only matter relative to each other.
    for (let f = 0; f * 16 <= ms; f++) {
      clock.t += f === 0 ? 0 : 16;
      meter.sample((clock.t / 1000) * pxPerS);
    }
  };

  it('reports the speed of a sustained scroll, in px/s', () => {
    const clock = { t: 0 };
    const meter = createSpeedMeter(() => clock.t);
    expect(meter.speed()).toBe(0);
    scroll(meter, clock, 800, 1500);
    expect(meter.speed()).toBeCloseTo(1500, 0);
  });

  it('ignores a short burst (a Space or Page Down press), and a page that stopped', () => {
    const clock = { t: 0 };
    const meter = createSpeedMeter(() => clock.t);
    scroll(meter, clock, 200, 4500); // a screen in a fifth of a second
    expect(meter.speed()).toBe(0);
    const moving = { t: 1000 };
    const later = createSpeedMeter(() => moving.t);
    scroll(later, moving, 800, 1500);
    moving.t += 300; // no scroll event since: the reader stopped
    expect(later.speed()).toBe(0);
  });

  it('a pause splits one scroll from the next: a wheel turn, a pause, then Space is no fling', () => {
    const clock = { t: 0 };
    const meter = createSpeedMeter(() => clock.t);
    scroll(meter, clock, 100, 600); // a wheel turn
    clock.t += 250; // the reader pauses
    const y = 2000;
    for (let f = 0; f <= 8; f++) {
      clock.t += 16;
      meter.sample(y + f * 100); // then Space: 800 px in 130 ms
    }
    expect(meter.speed()).toBe(0);
  });

  it('only looks back half a second: an old fling does not count', () => {
    const clock = { t: 0 };
    const meter = createSpeedMeter(() => clock.t);
    scroll(meter, clock, 600, 3000);
    const y = (clock.t / 1000) * 3000;
    // Then half a second of slow scrolling, 100 px/s.
    for (let f = 1; f <= 32; f++) {
      clock.t += 16;
      meter.sample(y + f * 1.6);
    }
    expect(meter.speed()).toBeLessThan(200);
  });
});
