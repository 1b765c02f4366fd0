// The embed's stepper: one step at a time, the live map above, the step's text below. Inputs
// (prev/next buttons, step dots, ← / →, ?step=) all go through the one controller, so a step
// looks the same here as in the scroll story. Mounted only when the layout is "stepper".
import { createController } from '../controller/controller.ts';
import type { StepSource } from '../controller/controller.ts';
import { bindArrowKeys } from '../controller/keys.ts';
import { motionAllowed } from '../controller/motion.ts';
import type { StoryData } from '../controller/story-data.ts';
import { stepFromUrl, unknownStepFromUrl } from '../controller/url.ts';
import { showUnknownStep } from '../controller/step-notice.ts';
import { createLiveMap } from '../map/live-map.ts';
import type { LiveMap } from '../map/live-map.ts';
import type { LayoutMode } from '../map/model.ts';

export interface StepperOptions {
  root: HTMLElement;
  data: StoryData;
  /** Called after each step change (the host page may need a new height). */
  onStep?: (id: string) => void;
  /** The map could not start: the page falls back to each step's static map. */
  onMapFailed?: (err: unknown) => void;
}

export interface Stepper {
  go(id: string): Promise<void>;
  current(): string | null;
  destroy(): void;
}

/** What a reader reads: a term's definition (a closed popover) is not read out with the step. */
function textOf(el: Element | null): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.term-def').forEach((d) => d.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Below this width a chart goes on top of the map (see chartAtTop in map/model.ts). */
export const NARROW_MAP = 560;

/**
 * The map's layout mode. The step text sits below the map, never over it, and nothing of the
 * page covers the map: 'static'. A narrow map in a chapter with a chart takes the phone layout,
 * the only one that stacks the chart, the legend and the subject; it keeps the bottom 40% of its
 * canvas for the story's cards, so the embed's CSS makes that canvas taller than the visible
 * frame and crops it (.embed-has-chart .embed-map-canvas).
 */
export function mapMode(width: number, chapterHasChart: boolean): LayoutMode {
  return chapterHasChart && width < NARROW_MAP ? 'narrow' : 'static';
}

export function mountStepper(opts: StepperOptions): Stepper {
  const { root, data } = opts;
  const q = <T extends Element>(sel: string): T | null => root.querySelector<T>(sel);
  const stepEls = new Map(data.steps.map((s) => [s.id, root.querySelector<HTMLElement>(`#${CSS.escape(s.id)}`)]));
  const frame = q<HTMLElement>('.embed-map-frame');
  const canvas = q<HTMLElement>('.embed-map-canvas');
  const chapterHasChart = root.classList.contains('embed-has-chart');
  const prev = q<HTMLButtonElement>('[data-go="prev"]');
  const next = q<HTMLButtonElement>('[data-go="next"]');
  const dots = [...root.querySelectorAll<HTMLButtonElement>('.embed-dots button[data-step]')];
  const progress = q<HTMLElement>('.embed-progress');
  const mapLabel = q<HTMLElement>('#embed-map-label');
  const announcer = q<HTMLElement>('#embed-announcer');
  const stepsBox = q<HTMLElement>('.embed-steps');
  const cleanups: (() => void)[] = [];

  let map: LiveMap | null = null;
  if (frame && canvas) {
    try {
      map = createLiveMap(canvas, {
        index: data.index,
        motion: () => motionAllowed(),
        mode: () => mapMode(frame.clientWidth, chapterHasChart),
        labelledBy: 'embed-map-label',
        // From the site's root: the embed lives at /embed/<chapter>/.
      });
      // The live map replaces the build's picture.
      frame.querySelector('.embed-ssr-map')?.remove();
      const ro = new ResizeObserver(() => map?.resize());
      ro.observe(canvas);
      cleanups.push(() => ro.disconnect());
    } catch (err) {
      map = null;
      opts.onMapFailed?.(err);
    }
  }

  const total = data.steps.length;
  const onChange = (id: string, index: number, source: StepSource): void => {
    for (const [sid, el] of stepEls) {
      const active = sid === id;
      el?.classList.toggle('is-active', active);
      el?.toggleAttribute('inert', !active);
    }
    for (const dot of dots) {
      if (dot.dataset['step'] === id) dot.setAttribute('aria-current', 'step');
      else dot.removeAttribute('aria-current');
    }
    prev?.setAttribute('aria-disabled', String(index <= 0));
    next?.setAttribute('aria-disabled', String(index >= total - 1));
    if (progress) progress.textContent = `${index + 1} / ${total}`;
    // In a fixed-height frame the text box scrolls: a new step starts at its top.
    if (stepsBox && stepsBox.scrollTop > 0) stepsBox.scrollTop = 0;
    const step = stepEls.get(id) ?? null;
    if (mapLabel) mapLabel.textContent = textOf(step?.querySelector('.map-description-text') ?? null);
    // The first picture is not news; later steps are read out: where we are, then the text.
    if (announcer && source !== 'init') {
      announcer.textContent = `${step?.getAttribute('aria-label') ?? ''}. ${textOf(step?.querySelector('.step-text') ?? null)}`;
    }
    opts.onStep?.(id);
  };

  const controller = createController({ data, map, onChange });
  const go = (id: string | null, source: StepSource = 'nav'): Promise<void> =>
    id ? controller.setStep(id, source) : Promise.resolve();

  const onClick = (e: MouseEvent): void => {
    const button = (e.target as Element | null)?.closest?.('button');
    if (!(button instanceof HTMLButtonElement) || !root.contains(button)) return;
    if (button.dataset['go'] === 'next') void go(controller.next());
    else if (button.dataset['go'] === 'prev') void go(controller.prev());
    else if (button.dataset['step']) void go(button.dataset['step']);
  };
  root.addEventListener('click', onClick);
  cleanups.push(() => root.removeEventListener('click', onClick));
  cleanups.push(
    bindArrowKeys(
      () => void go(controller.next(), 'key'),
      () => void go(controller.prev(), 'key'),
    ),
  );

  const linked = stepFromUrl(location.search, location.hash, new Set(controller.ids()));
  const unknown = linked ? null : unknownStepFromUrl(location.search, new Set(controller.ids()));
  if (unknown !== null) showUnknownStep(unknown);
  void go(linked ?? controller.ids()[0] ?? null, linked ? 'link' : 'init');

  return {
    go: (id) => go(id),
    current: () => controller.current(),
    destroy() {
      for (const fn of cleanups.splice(0)) fn();
      map?.destroy();
    },
  };
}
