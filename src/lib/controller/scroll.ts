// The only module that knows scrollama. Reports the step that crosses the trigger line (with how
// fast the page was scrolling), and scrolls to a step on request without letting the steps it
// passes on the way take over.
import scrollama from 'scrollama';
import { createSpeedMeter } from './speed.ts';

export interface ScrollDriver {
  scrollTo(id: string, smooth: boolean): void;
  destroy(): void;
}

export function createScrollDriver(
  steps: HTMLElement[],
  onEnter: (id: string, speed: number) => void,
  offset: () => number,
  /** Where a step's top should land when we scroll to it, as a fraction of the viewport. */
  landing: () => number,
): ScrollDriver {
  let target: string | null = null;
  let release = 0;
  const meter = createSpeedMeter();
  const onScroll = (): void => meter.sample(window.scrollY);
  window.addEventListener('scroll', onScroll, { passive: true });
  const scroller = scrollama();
  scroller
    .setup({ step: steps, offset: offset() })
    .onStepEnter(({ element }) => {
      if (target && element.id !== target) return; // passing through on the way to a target
      onEnter(element.id, meter.speed());
    });

  const onResize = (): void => {
    scroller.offset(offset()); // scrollama 3: offset(x) (offsetTrigger was scrollama 2)
    scroller.resize();
  };
  window.addEventListener('resize', onResize);

  const done = (): void => {
    target = null;
  };
  window.addEventListener('scrollend', done);

  return {
    scrollTo(id, smooth) {
      const el = steps.find((s) => s.id === id);
      if (!el) return;
      target = id;
      window.clearTimeout(release);
      release = window.setTimeout(done, smooth ? 1500 : 100);
      const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * landing();
      window.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'instant' });
    },
    destroy() {
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scrollend', done);
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(release);
      scroller.destroy();
    },
  };
}
