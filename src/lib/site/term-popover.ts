// Tap-to-define in the browser. The build turns a glossary term's first use into
// <button popovertarget> + <span popover> (src/lib/content/terms.ts): the Popover API already
// opens on tap, click, Enter and Space, closes on Esc or a tap elsewhere, returns focus and sits
// in the top layer, so no card edge can clip it. This adds what it lacks: aria-expanded kept in
// step, and a place beside the word, kept inside the viewport (the default is screen centre).

const MARGIN = 8;
const GAP = 6;

function place(button: HTMLElement, pop: HTMLElement): void {
  const r = button.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  pop.style.maxWidth = `${Math.min(352, vw - 2 * MARGIN)}px`;
  pop.style.maxHeight = `${vh - 2 * MARGIN}px`;
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const left = Math.max(MARGIN, Math.min(r.left, vw - w - MARGIN));
  // Below the word if it fits, else above it, else as low as the screen allows.
  let top = r.bottom + GAP;
  if (top + h > vh - MARGIN) top = r.top - GAP - h;
  if (top < MARGIN) top = Math.max(MARGIN, vh - MARGIN - h);
  pop.style.inset = `${Math.round(top)}px auto auto ${Math.round(left)}px`;
  pop.style.margin = '0';
}

/** Wire every term control in the page. Safe to call once per page; a no-op without popovers. */
export function enhanceTerms(root: ParentNode = document): void {
  const open = new Map<HTMLElement, HTMLElement>();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.term[popovertarget]')) {
    const pop = document.getElementById(button.getAttribute('popovertarget') ?? '');
    if (!pop || typeof pop.showPopover !== 'function') continue;
    button.setAttribute('aria-expanded', 'false');
    pop.addEventListener('toggle', (e) => {
      const isOpen = (e as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(isOpen));
      if (isOpen) {
        open.set(pop, button);
        place(button, pop);
      } else open.delete(pop);
    });
  }
  // An open definition follows its word while the page scrolls, and closes when the word leaves.
  const follow = (): void => {
    for (const [pop, button] of open) {
      const r = button.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) pop.hidePopover();
      else place(button, pop);
    }
  };
  // Capture: the presenter's text panel and the embed scroll inside themselves, not the window.
  document.addEventListener('scroll', follow, { passive: true, capture: true });
  window.addEventListener('resize', follow, { passive: true });
}
