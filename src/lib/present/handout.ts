// The guide's "Print the handout" button: prints the story itself (its print stylesheet makes
// the handout) from a hidden same-origin frame, so the teacher never leaves the guide. Without
// JavaScript the button stays hidden and the guide says how to print the story by hand.
function printFrom(src: string, status: HTMLElement | null, words: { title: string; preparing: string }): void {
  document.getElementById('handout-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.id = 'handout-frame';
  frame.title = words.title;
  frame.className = 'handout-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.src = src;
  if (status) status.textContent = words.preparing;
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      if (!win) return;
      const ready = win.document.fonts?.ready ?? Promise.resolve();
      void ready.then(() => {
        if (status) status.textContent = '';
        win.focus();
        win.print();
      });
    },
    { once: true },
  );
  document.body.append(frame);
}

const button = document.getElementById('print-handout');
if (button instanceof HTMLButtonElement && typeof window.print === 'function') {
  const status = document.getElementById('print-status');
  button.closest<HTMLElement>('.guide-print')?.removeAttribute('hidden');
  // The page gives the words in its language (data-title, data-preparing).
  const words = { title: button.dataset['title'] ?? '', preparing: button.dataset['preparing'] ?? '' };
  button.addEventListener('click', () => printFrom(button.dataset['src'] ?? '/', status, words));
}
