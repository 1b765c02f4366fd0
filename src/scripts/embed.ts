// Entry point of an embed page (/embed/<chapter>/). Always reports the page's height to the host;
// mounts the stepper unless the cards layout was asked for (the head script set data-layout).
import { applyMotionClass } from '../lib/controller/motion.ts';
import { readStoryData } from '../lib/controller/story-data.ts';
import { createHeightReporter } from '../lib/embed/resize.ts';
import { mountStepper } from '../lib/embed/stepper.ts';
import { enhanceTerms } from '../lib/site/term-popover.ts';

function showNotice(err: unknown): void {
  console.warn('embed map unavailable', err);
  document.documentElement.classList.add('map-failed');
  const notice = document.getElementById('map-notice');
  if (notice) notice.hidden = false;
}

applyMotionClass();
enhanceTerms();
const reporter = createHeightReporter();
const root = document.querySelector<HTMLElement>('.embed');
if (root && document.documentElement.dataset['layout'] === 'stepper') {
  try {
    mountStepper({
      root,
      data: readStoryData(),
      onStep: (id) => {
        reporter.send();
        // The frame's address names its step (as the story's and presenter's do), so a reload
        // and the language switch keep the reader on it.
        const url = new URL(location.href);
        if (url.searchParams.get('step') !== id) {
          url.searchParams.set('step', id);
          history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
        }
      },
      onMapFailed: showNotice,
    });
    document.documentElement.classList.add('embed-ready');
  } catch (err) {
    // The steps stay readable: without a working stepper the page falls back to cards.
    document.documentElement.dataset['layout'] = 'cards';
    showNotice(err);
  }
}
