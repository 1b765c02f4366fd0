// Whether the page may animate: the reader's explicit choice (the motion toggle) wins over the
// system setting, in either direction.
const KEY = 'caught-between:motion';

export type MotionChoice = 'on' | 'off' | 'system';

export function motionChoice(): MotionChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'on' || v === 'off' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function setMotionChoice(choice: MotionChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* storage may be unavailable (private mode, sandboxed iframe): the choice lasts this visit */
  }
  applyMotionClass(choice);
}

export function motionAllowed(choice: MotionChoice = motionChoice()): boolean {
  if (choice !== 'system') return choice === 'on';
  return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function applyMotionClass(choice: MotionChoice = motionChoice()): void {
  document.documentElement.dataset['motion'] = motionAllowed(choice) ? 'on' : 'off';
}
