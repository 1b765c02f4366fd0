// Entry point of presenter mode (/present/). Keys, buttons and the notes window all go through
// the same controller as the scroll story; the URL keeps the step (?step=<id>) so a reload stays.
import { createController } from '../lib/controller/controller.ts';
import type { StepSource } from '../lib/controller/controller.ts';
import { applyMotionClass, motionAllowed } from '../lib/controller/motion.ts';
import { readStoryData } from '../lib/controller/story-data.ts';
import { stepFromUrl, unknownStepFromUrl } from '../lib/controller/url.ts';
import { showUnknownStep } from '../lib/controller/step-notice.ts';
import { createLiveMap } from '../lib/map/live-map.ts';
import type { LiveMap } from '../lib/map/live-map.ts';
import { openChannel } from '../lib/present/channel.ts';
import { fullscreenAvailable, isFullscreen, onFullscreenChange, toggleFullscreen } from '../lib/present/fullscreen.ts';
import { presenterAction } from '../lib/present/keys.ts';
import type { PresenterAction } from '../lib/present/keys.ts';
import { fitText } from '../lib/present/fit.ts';
import { here } from '../lib/i18n/paths.ts';
import { enhanceTerms } from '../lib/site/term-popover.ts';

const NOTES_WINDOW = 'caught-between-notes';

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function start(): void {
  applyMotionClass();
  const data = readStoryData();
  const ids = data.steps.map((s) => s.id);
  const known = new Set(ids);
  const slides = new Map(
    [...document.querySelectorAll<HTMLElement>('.present-slide[data-step]')].map((el) => [el.dataset['step'] ?? '', el]),
  );
  const chapterOf = new Map(data.steps.map((s) => [s.id, s.chapter]));
  const frame = byId('present-map');
  const label = byId('present-map-label');
  const counter = byId('present-counter');
  const exit = byId<HTMLAnchorElement>('present-exit');
  const panel = byId('present-slides');
  const downloads = [...document.querySelectorAll<HTMLAnchorElement>('#present-downloads a[data-ext]')];
  const progress = [...document.querySelectorAll<SVGGElement>('#present-progress g[data-chapter]')];
  const counterTemplate = counter?.textContent ?? '';

  let map: LiveMap | null = null;
  if (frame) {
    try {
      map = createLiveMap(frame, {
        index: data.index,
        motion: () => motionAllowed(),
        // A small or portrait window gets the phone layout (chart above, legend under it).
        mode: () => (frame.clientWidth < 560 ? 'narrow' : 'wide'),
        labelledBy: 'present-map-label',
      });
    } catch (err) {
      console.warn('map unavailable', err);
      document.documentElement.classList.add('map-failed');
      const failed = byId('present-map-failed');
      if (failed) failed.hidden = false;
    }
  }

  const channel = openChannel(known, (msg) => {
    if (msg.type === 'hello') {
      const id = controller.current();
      if (id) channel?.send({ type: 'step', id });
    } else if (msg.type === 'go') {
      void controller.setStep(msg.id, 'key');
    }
  });

  const fit = (): void => {
    const id = controller.current();
    const slide = id ? slides.get(id) : null;
    if (slide && panel) fitText(slide, panel);
  };

  const onChange = (id: string, index: number, _source: StepSource): void => {
    for (const [sid, el] of slides) el.hidden = sid !== id;
    if (panel) panel.scrollTop = 0;
    fit();
    if (counter) counter.textContent = counterTemplate.replace(/\d+/, String(index + 1));
    const url = new URL(location.href);
    url.searchParams.set('step', id);
    url.hash = '';
    history.replaceState(history.state, '', `${url.pathname}${url.search}`);
    if (exit) exit.href = `${here('/')}#${id}`;
    for (const a of downloads) a.href = here(`/maps/${id}.${a.dataset['ext'] ?? 'svg'}`);
    const chapter = chapterOf.get(id);
    for (const g of progress) {
      const startAt = Number(g.dataset['start']);
      const size = Number(g.dataset['size']);
      const done = Math.min(size, Math.max(0, index - startAt + 1));
      g.classList.toggle('is-current', g.dataset['chapter'] === chapter);
      g.querySelector('.present-progress-done')?.setAttribute('width', String(Math.max(0, done - 0.16)));
    }
    if (label) label.textContent = slides.get(id)?.querySelector('.present-map-text')?.textContent ?? '';
    channel?.send({ type: 'step', id });
  };

  const controller = createController({ data, map, onChange });

  const go = (id: string | null): void => {
    if (id) void controller.setStep(id, 'key');
  };

  function openNotes(): void {
    const id = controller.current();
    const url = `${here('/notes/')}${id ? `?step=${encodeURIComponent(id)}` : ''}`;
    const win = window.open(url, NOTES_WINDOW, 'popup,width=1100,height=760');
    const status = byId('present-status');
    const link = byId<HTMLAnchorElement>('present-notes-link');
    if (link) link.href = url;
    if (status) status.hidden = win !== null;
  }

  const fullscreenButton = byId<HTMLButtonElement>('present-fullscreen');
  if (fullscreenButton && fullscreenAvailable()) {
    fullscreenButton.hidden = false;
    fullscreenButton.addEventListener('click', () => void toggleFullscreen());
    onFullscreenChange((on) => fullscreenButton.setAttribute('aria-pressed', String(on)));
  }

  // The step's QR code, large (Q). The slide's own small code is copied in, so there is one
  // source of truth per step and nothing is built in the browser.
  const qrView = byId('present-qr-view');
  const qrSlot = byId('present-qr-slot');
  const main = byId('present-main');
  let qrReturn: HTMLElement | null = null;
  const showQr = (): void => {
    const id = controller.current();
    const code = id ? slides.get(id)?.querySelector('.present-qr') : null;
    if (!qrView || !qrSlot || !code) return;
    qrSlot.replaceChildren(code.cloneNode(true));
    qrReturn = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    qrView.hidden = false;
    byId('present-qr-close')?.focus({ preventScroll: true });
  };
  const hideQr = (): void => {
    if (!qrView || qrView.hidden) return;
    qrView.hidden = true;
    qrSlot?.replaceChildren();
    (qrReturn ?? main)?.focus({ preventScroll: true });
  };
  const qrOpen = (): boolean => qrView !== null && !qrView.hidden;

  // Blank screen (B or "."): a black layer over everything until the next B, "." or Escape.
  const blank = byId('present-blank');
  const blanked = (): boolean => blank !== null && !blank.hidden;
  const setBlank = (on: boolean): void => {
    if (blank) blank.hidden = !on;
    document.documentElement.classList.toggle('present-blanked', on);
  };

  const act = (action: PresenterAction): void => {
    // While blanked, B/./Esc bring the slide back; moving on also unblanks (clicker's Next).
    if (blanked()) {
      setBlank(false);
      if (action === 'blank' || action === 'exit') return;
    }
    if (qrOpen()) {
      hideQr();
      if (action === 'qr' || action === 'exit') return;
    }
    switch (action) {
      case 'blank':
        return setBlank(true);
      case 'qr':
        return showQr();
      case 'next':
        return go(controller.next());
      case 'prev':
        return go(controller.prev());
      case 'first':
        return go(ids[0] ?? null);
      case 'last':
        return go(ids.at(-1) ?? null);
      case 'fullscreen':
        void toggleFullscreen();
        return;
      case 'notes':
        return openNotes();
      case 'exit':
        // In full screen the first Escape belongs to the browser (it leaves full screen).
        if (isFullscreen()) void document.exitFullscreen();
        else location.assign(exit?.href ?? here('/'));
    }
  };

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    // Esc with a definition open closes the definition (the popover's own default), not the deck.
    if (e.key === 'Escape' && document.querySelector('.term-def:popover-open')) return;
    const action = presenterAction(e);
    if (!action) return;
    e.preventDefault();
    act(action);
  });
  byId('present-qr')?.addEventListener('click', () => act('qr'));
  byId('present-qr-close')?.addEventListener('click', (e) => {
    hideQr();
    // Closed with the mouse: the keys go to the slides again, not to the "QR code" button.
    if (e.detail > 0) main?.focus({ preventScroll: true });
  });
  // A button clicked with the mouse keeps the focus, and Space/Enter would press it again
  // ("← Previous" would go back): after a pointer click, hand the focus back to the slide, so
  // the keys do what the README says. Keyboard users (click with detail 0) keep their focus.
  document.querySelector('.present-bar')?.addEventListener('click', (e) => {
    if (e instanceof MouseEvent && e.detail > 0 && !qrOpen()) main?.focus({ preventScroll: true });
  });
  byId('present-prev')?.addEventListener('click', () => act('prev'));
  byId('present-next')?.addEventListener('click', () => act('next'));
  byId('present-notes')?.addEventListener('click', () => act('notes'));

  if (frame) {
    new ResizeObserver(() => {
      map?.resize();
      fit();
    }).observe(frame);
  }
  document.fonts?.ready.then(fit).catch(() => undefined);

  const linked = stepFromUrl(location.search, location.hash, known);
  const unknown = linked ? null : unknownStepFromUrl(location.search, known);
  if (unknown !== null) showUnknownStep(unknown);
  const first = linked ?? ids[0] ?? null;
  if (first) void controller.setStep(first, linked ? 'link' : 'init');
  document.documentElement.classList.add('present-ready');
}

// Definitions work even if the map and controller do not start.
enhanceTerms();

try {
  start();
} catch (err) {
  console.warn('presenter mode could not start', err);
  document.documentElement.classList.add('map-failed');
}
