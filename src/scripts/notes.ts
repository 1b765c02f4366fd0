// The speaker-notes window (/notes/). It follows the presenter window over the BroadcastChannel
// and can drive it (buttons, clicker keys): it sends "go", the presenter answers with "step".
// Without a presenter it still pages through the notes on its own.
import { stepFromUrl } from '../lib/controller/url.ts';
import { openChannel } from '../lib/present/channel.ts';
import { presenterAction } from '../lib/present/keys.ts';
import { here } from '../lib/i18n/paths.ts';
import { drawNotesMap } from '../lib/present/notes-map.ts';

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function start(): void {
  const steps = new Map(
    [...document.querySelectorAll<HTMLElement>('.notes-step[data-step]')].map((el) => [el.dataset['step'] ?? '', el]),
  );
  const ids = [...steps.keys()];
  const known = new Set(ids);
  const pool = byId('notes-pool');
  const now = byId('notes-slot-now');
  const next = byId('notes-slot-next');
  const end = byId('notes-end');
  const number = byId('notes-number');
  const status = byId('notes-status');
  const present = byId<HTMLAnchorElement>('notes-present');
  const questions = [...document.querySelectorAll<HTMLElement>('.notes-questions[data-chapter]')];
  let current: string | null = null;
  const timer = chapterTimer(questions);

  function show(id: string): void {
    if (!known.has(id) || id === current) return;
    current = id;
    const i = ids.indexOf(id);
    const upcoming = ids[i + 1] ?? null;
    for (const [sid, el] of steps) {
      const target = sid === id ? now : sid === upcoming ? next : pool;
      if (target && el.parentElement !== target) target.append(el);
    }
    // The preview's map, drawn now that it shows (the step on screen shows none: it is on the slide).
    const slot = upcoming ? steps.get(upcoming)?.querySelector<HTMLElement>('.notes-map-slot') : null;
    if (slot) void drawNotesMap(slot);
    if (end) end.hidden = upcoming !== null;
    if (number) number.textContent = String(i + 1);
    const chapter = steps.get(id)?.dataset['chapter'];
    for (const q of questions) q.hidden = q.dataset['chapter'] !== chapter || q.querySelector('li') === null;
    if (chapter) timer.enter(chapter);
    const url = new URL(location.href);
    url.searchParams.set('step', id);
    history.replaceState(history.state, '', `${url.pathname}${url.search}`);
    if (present) present.href = `${here('/present/')}?step=${encodeURIComponent(id)}`;
  }

  const channel = openChannel(known, (msg) => {
    if (msg.type !== 'step') return;
    if (status) status.textContent = status.dataset['following'] ?? '';
    document.documentElement.classList.add('notes-following');
    show(msg.id);
  });

  /** Moves to a step here and asks the presenter window (if any) to follow. */
  function go(id: string | null): void {
    if (!id) return;
    show(id);
    channel?.send({ type: 'go', id });
  }
  const neighbour = (delta: number): string | null => {
    const i = current ? ids.indexOf(current) : 0;
    return ids[Math.min(ids.length - 1, Math.max(0, i + delta))] ?? null;
  };

  // After a mouse click, Space/Enter must step, not press the button again (see present.ts).
  byId('notes-nav')?.addEventListener('click', (e) => {
    if (e instanceof MouseEvent && e.detail > 0 && e.target instanceof Element && e.target.closest('button')) (document.activeElement as HTMLElement | null)?.blur();
  });
  byId('notes-prev')?.addEventListener('click', () => go(neighbour(-1)));
  byId('notes-next')?.addEventListener('click', () => go(neighbour(1)));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    const action = presenterAction(e);
    const target =
      action === 'next' ? neighbour(1) : action === 'prev' ? neighbour(-1) : action === 'first' ? ids[0] : action === 'last' ? ids.at(-1) : null;
    if (!target) return;
    e.preventDefault();
    go(target);
  });

  show(stepFromUrl(location.search, location.hash, known) ?? ids[0] ?? '');
  document.documentElement.classList.add('notes-ready');
  channel?.send({ type: 'hello' });
}

/** Elapsed time in the chapter on screen, against its suggested minutes (data-minutes). */
function chapterTimer(chapters: readonly HTMLElement[]): { enter: (chapter: string) => void } {
  const box = byId('notes-timer');
  const elapsed = byId('notes-timer-elapsed');
  const budget = byId('notes-timer-budget');
  const over = byId('notes-timer-over');
  let chapter = '';
  let since = Date.now();
  let minutes = 0;
  const tick = (): void => {
    const s = Math.max(0, Math.floor((Date.now() - since) / 1000));
    if (elapsed) elapsed.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    const late = minutes > 0 && s > minutes * 60;
    if (over) over.hidden = !late;
    box?.classList.toggle('is-over', late);
  };
  byId('notes-timer-reset')?.addEventListener('click', () => {
    since = Date.now();
    tick();
  });
  window.setInterval(tick, 1000);
  return {
    enter(next) {
      if (next === chapter) return;
      chapter = next;
      since = Date.now();
      const section = chapters.find((c) => c.dataset['chapter'] === next);
      minutes = Number(section?.dataset['minutes'] ?? 0);
      if (budget) budget.textContent = section?.dataset['budget'] ?? '';
      if (box) box.hidden = !(minutes > 0);
      tick();
    },
  };
}

try {
  start();
} catch (err) {
  console.warn('notes could not start', err);
}
