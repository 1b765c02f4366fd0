// How fast the reader is scrolling, so the story can cut instead of fly when the reader flings.
// Only sustained motion counts: a Space or Page Down press scrolls a screen in a fraction of a
// second and then stops to read, and deserves its flight; a fling keeps going.

/** How far back the meter looks. */
const SPEED_WINDOW_MS = 500;
/** How long the page must have been moving for its speed to count. */
const SUSTAINED_MS = 400;
/** Scroll events come every frame while the page moves; a longer gap means it stopped. */
const MAX_GAP_MS = 100;

/** Average scroll speed in px/s over the last SPEED_WINDOW_MS, or 0 when the page has not been
 *  scrolling without a pause for at least SUSTAINED_MS. Fed by the page's own scroll events. */
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
      const last = samples.at(-1);
      if (!last || t - last.t > MAX_GAP_MS) return 0; // the page has stopped
      // Back to where this stretch of scrolling began: a pause splits one scroll from the next.
      let i = samples.length - 1;
      while (i > 0 && samples[i]!.t - samples[i - 1]!.t <= MAX_GAP_MS) i--;
      const first = samples[i]!;
      if (last.t - first.t < SUSTAINED_MS) return 0;
      return (Math.abs(last.y - first.y) / (last.t - first.t)) * 1000;
    },
  };
}
