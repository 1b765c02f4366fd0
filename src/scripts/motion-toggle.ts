// The motion toggle (src/components/MotionToggle.astro). aria-pressed="true" means motion is on.
// The choice is stored only when it differs from the system setting, so the default keeps
// following the system. The live map reads motionAllowed() on each render: the next move obeys.
import { applyMotionClass, motionAllowed, setMotionChoice } from '../lib/controller/motion.ts';

const REDUCE = window.matchMedia('(prefers-reduced-motion: reduce)');

function bind(button: HTMLButtonElement): () => void {
  const state = button.querySelector('.motion-toggle-state');
  const sync = (): void => {
    const on = motionAllowed();
    button.setAttribute('aria-pressed', String(on));
    if (state) state.textContent = `${button.dataset['colon'] ?? ':'} ${(on ? button.dataset['on'] : button.dataset['off']) ?? ''}`;
  };
  button.addEventListener('click', () => {
    const want = !motionAllowed();
    const systemDefault = !REDUCE.matches;
    setMotionChoice(want === systemDefault ? 'system' : want ? 'on' : 'off');
    sync();
  });
  sync();
  button.dataset['ready'] = '';
  return sync;
}

function start(): void {
  applyMotionClass();
  const syncs = [...document.querySelectorAll<HTMLButtonElement>('button[data-motion-toggle]')].map(bind);
  // Following the system means following it live, too.
  REDUCE.addEventListener('change', () => {
    applyMotionClass();
    for (const sync of syncs) sync();
  });
}

try {
  start();
} catch (err) {
  console.warn('motion toggle unavailable', err);
}
