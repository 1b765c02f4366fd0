// How fast the reader is scrolling, so the story can cut instead of fly when the reader flings.
// Only sustained motion counts: a Space or Page Down press scrolls a screen in a fraction of a
// second and then stops to read, and deserves its flight; a fling keeps going.

/** How far back the meter looks. */
const SPEED_WINDOW_MS = 500;
/** How long the page must have been moving for its speed to count. */
const SUSTAINED_MS = 400;

/** Average scroll speed in px/s over the last SPEED_WINDOW_MS, or 0 when the page has not been
 *  scrolling for at least SUSTAINED_MS of that window. Fed by the page's own scroll events. */
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
      const t = now();
      prune(t);
      const first = samples[0];
      const last = samples.at(-1);
      // Still moving (a sample in the last 100 ms) and for long enough.
      if (!first || !last || t - last.t > 100 || last.t - first.t < SUSTAINED_MS) return 0;
      return (Math.abs(last.y - first.y) / (last.t - first.t)) * 1000;
    },
  };
}
