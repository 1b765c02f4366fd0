// The one controller: every input calls setStep; the map flies for scrolling and keys, cuts for
// links and the first paint, and cuts when a reader flings through the story (a scroll-driven
// step less than a second after the last).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createController } from '../../src/lib/controller/controller.ts';
import type { LiveMap } from '../../src/lib/map/live-map.ts';
import type { StoryData } from '../../src/lib/controller/story-data.ts';
import type { ResolvedScene } from '../../src/lib/map/types.ts';

function setup(): { calls: { scene: string; animate: boolean }[]; controller: ReturnType<typeof createController> } {
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
  return { calls, controller: createController({ data, map, onChange: () => undefined }) };
}

afterEach(() => vi.restoreAllMocks());

describe('controller', () => {
  it('cuts on the first paint and on links, flies for keys and unhurried scrolling', async () => {
    let now = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { calls, controller } = setup();
    await controller.setStep('a', 'init');
    await controller.setStep('b', 'key');
    await controller.setStep('d', 'link');
    now += 5_000;
    await controller.setStep('e', 'scroll');
    now += 3_000;
    await controller.setStep('d', 'scroll');
    expect(calls.map((c) => c.animate)).toEqual([false, true, false, true, true]);
  });

  it('cuts when scrolling brings a new step less than a second after the last', async () => {
    let now = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { calls, controller } = setup();
    await controller.setStep('a', 'init');
    for (const id of ['b', 'c', 'd']) {
      now += 400;
      await controller.setStep(id, 'scroll');
    }
    now += 1_500;
    await controller.setStep('e', 'scroll');
    // Keys are deliberate: they fly even right after a scroll.
    now += 100;
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
