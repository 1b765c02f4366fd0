// Entry point of the scroll story. Wires inputs (scroll, keys, links) to the one controller.
import { createController } from '../lib/controller/controller.ts';
import type { StepSource } from '../lib/controller/controller.ts';
import { bindArrowKeys } from '../lib/controller/keys.ts';
import { applyMotionClass, motionAllowed } from '../lib/controller/motion.ts';
import { createScrollDriver } from '../lib/controller/scroll.ts';
import { readStoryData } from '../lib/controller/story-data.ts';
import { stepFromUrl, unknownStepFromUrl, urlForStep } from '../lib/controller/url.ts';
import { showUnknownStep } from '../lib/controller/step-notice.ts';
import { createLiveMap } from '../lib/map/live-map.ts';
import { landingShare, OVERLAY_QUERY } from '../lib/layout/story-layout.ts';
import type { LiveMap } from '../lib/map/live-map.ts';
import { enhanceTerms } from '../lib/site/term-popover.ts';

const NARROW = window.matchMedia(OVERLAY_QUERY);

function showNotice(): void {
  document.documentElement.classList.add('map-failed');
  const notice = document.getElementById('map-notice');
  if (notice) notice.hidden = false;
}

function start(): void {
  applyMotionClass();
  const data = readStoryData();
  const stepEls = data.steps
    .map((s) => document.getElementById(s.id))
    .filter((el): el is HTMLElement => el !== null);
  const frame = document.querySelector<HTMLElement>('.map-frame');
  const announcer = document.getElementById('map-announcer');
  const progress = document.getElementById('step-progress');
  const dateLabel = document.getElementById('map-date');
  const navFill = document.getElementById('chapter-nav-fill');
  const navCurrent = document.getElementById('chapter-nav-current');
  const navItems = [...document.querySelectorAll<HTMLElement>('.chapter-nav-menu li[data-chapter]')];
  const chapterOf = new Map(data.steps.map((s) => [s.id, s.chapter]));
  const chapterOrder = navItems.map((li) => li.dataset['chapter'] ?? '');

  let map: LiveMap | null = null;
  if (frame) {
    try {
      map = createLiveMap(frame, {
        index: data.index,
        motion: () => motionAllowed(),
        mode: () => (NARROW.matches ? 'narrow' : 'wide'),
        labelledBy: 'map-announcer',
      });
      new ResizeObserver(() => map?.resize()).observe(frame);
    } catch (err) {
      console.warn('map unavailable', err);
      showNotice();
    }
  }

  let announceTimer = 0;
  const onChange = (id: string, index: number, source: StepSource): void => {
    for (const el of stepEls) el.classList.toggle('is-active', el.id === id);
    if (progress) progress.textContent = `${index + 1} / ${stepEls.length}`;
    const stepEl = stepEls[index];
    if (dateLabel) dateLabel.textContent = stepEl?.dataset['when'] ?? '';
    if (navFill) navFill.style.transform = `scaleX(${(index + 1) / stepEls.length})`;
    // Chapters already passed are marked read; the current one is announced as current.
    const current = chapterOrder.indexOf(chapterOf.get(id) ?? '');
    navItems.forEach((li, i) => {
      li.classList.toggle('is-read', i < current);
      const a = li.querySelector('a');
      if (i === current) a?.setAttribute('aria-current', 'step');
      else a?.removeAttribute('aria-current');
    });
    if (navCurrent) navCurrent.textContent = navItems[current]?.querySelector('a')?.textContent?.replace(/\s*\d+ min.*$/, '') ?? '';
    if (source !== 'init') history.replaceState(history.state, '', urlForStep(new URL(location.href), id));
    // Announce the picture once the reader settles, not for every step scrolled past.
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      const desc = document.querySelector(`#${CSS.escape(id)} .map-description-text`)?.textContent ?? '';
      if (announcer) announcer.textContent = desc;
    }, source === 'scroll' ? 800 : 100);
  };

  const controller = createController({ data, map, onChange });
  const scroll = createScrollDriver(
    stepEls,
    (id, speed) => void controller.setStep(id, 'scroll', speed),
    () => (NARROW.matches ? 0.75 : 0.6),
    // On phones the card lands low, below the part of the map the camera frames.
    () => (NARROW.matches ? landingShare(window.innerHeight) : 0.2),
  );
  const go = (id: string | null): void => {
    if (!id) return;
    void controller.setStep(id, 'key');
    scroll.scrollTo(id, motionAllowed());
  };
  bindArrowKeys(
    () => go(controller.next()),
    () => go(controller.prev()),
  );

  // In-page links to steps (table of contents, "next" links) go through the controller too.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (!(a instanceof HTMLAnchorElement)) return;
    const id = stepFromUrl('', a.hash, new Set(controller.ids()));
    if (!id) return;
    e.preventDefault();
    void controller.setStep(id, 'link');
    scroll.scrollTo(id, false);
    a.closest('details')?.removeAttribute('open');
  });

  // A #step typed into the address bar of the open page, or reached by Back/Forward, is a
  // same-document navigation: the browser only scrolls. Bring the story along.
  window.addEventListener('hashchange', () => {
    const id = stepFromUrl('', location.hash, new Set(controller.ids()));
    if (!id) return;
    void controller.setStep(id, 'link');
    scroll.scrollTo(id, false);
  });

  const linked = stepFromUrl(location.search, location.hash, new Set(controller.ids()));
  const unknown = linked ? null : unknownStepFromUrl(location.search, new Set(controller.ids()));
  if (unknown !== null) showUnknownStep(unknown);
  const first = linked ?? controller.ids()[0] ?? null;
  if (first) void controller.setStep(first, linked ? 'link' : 'init');
  if (linked) {
    // The browser scrolls to a #fragment when the page finishes loading; land after that.
    const land = (): void => scroll.scrollTo(linked, false);
    if (document.readyState === 'complete') land();
    else window.addEventListener('load', () => requestAnimationFrame(land), { once: true });
  }
  document.documentElement.classList.add('story-ready');
}

// Definitions work even if the map and controller do not start.
enhanceTerms();

try {
  start();
} catch (err) {
  console.warn('story could not start', err);
  showNotice();
}
