// Presenter-mode keys. Clickers send PageDown/PageUp (some send arrows, Space, or B for a blank
// screen); keyboards use arrows, Space/Shift+Space, Home/End. Pure: the caller does the work.
// B and "." blank the screen (PowerPoint's keys, and what clickers' blank button sends); Q shows
// the step's QR code large.
import { isTypingTarget } from '../controller/keys.ts';

export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'exit' | 'notes' | 'blank' | 'qr';

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
  n: 'notes',
  N: 'notes',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  q: 'qr',
  Q: 'qr',
};

/** Letters that mean the same with Shift (caps lock, or a clicker that sends upper case). */
const LETTERS = new Set(['F', 'N', 'B', 'Q']);

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
  repeat?: boolean;
}

/** The presenter action for a key press, or null to leave the key to the browser. */
export function presenterAction(e: KeyLike): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return null;
  // Enter and Space on a focused button or link must activate it, not step.
  if ((e.key === 'Enter' || e.key === ' ') && isControl(e.target)) return null;
  if (e.key === ' ' && e.shiftKey) return 'prev';
  const action = KEYS[e.key] ?? null;
  if (e.shiftKey && action !== null && !LETTERS.has(e.key)) return null;
  return action;
}

function isControl(target: EventTarget | null): boolean {
  return typeof Element !== 'undefined' && target instanceof Element && target.closest('a[href], button, summary, [role="button"]') !== null;
}
