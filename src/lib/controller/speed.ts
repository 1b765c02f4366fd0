// How fast the reader is scrolling: the story cuts instead of flying when the reader flings.
/** How far back the scroll speed looks: long enough to smooth a wheel's steps, short enough to
 *  see a reader stop. */
const SPEED_WINDOW_MS = 250;

/** Scroll speed in px/s over the last SPEED_WINDOW_MS, from the page's own scroll events. */
export function createSpeedMeter(now: () => number = () => performance.now()): { sample(y: number): void; speed(): number } {
  const samples: { t: number; y: number }[] = [];
  const prune = (t: number): void => {
    while (samples.length > 0 && t - samples[0]!.t > SPEED_WINDOW_MS) samples.shift();
  };
  return {
    sample(y) {
      const t = now();
      samples.push({ t, y });
      prune(t);
    },
    speed() {
      prune(now());
      const first = samples[0];
      const last = samples.at(-1);
      if (!first || !last || last.t - first.t < 16) return 0;
      return (Math.abs(last.y - first.y) / (last.t - first.t)) * 1000;
    },
  };
}
