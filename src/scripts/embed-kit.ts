// The story's embed dialog. Each chapter's "Embed this chapter" button (data-embed-chapter,
// data-embed-title) opens the one <dialog> filled for that chapter: codes built by the same
// functions as the oEmbed files, a copy button, and previews of the plain embed code at phone
// and column widths (fixed height, exactly what the code gives without pym.js).
import { iframeSnippet, pymSnippet, embedUrl } from '../lib/embed/snippet.ts';
import type { EmbedLayout, EmbedTarget } from '../lib/embed/snippet.ts';
import { pageLang } from '../lib/i18n/paths.ts';

function start(): void {
  const dialog = document.getElementById('embed-kit');
  if (!(dialog instanceof HTMLDialogElement) || typeof dialog.showModal !== 'function') return;
  const code = dialog.querySelector<HTMLTextAreaElement>('#embed-kit-code');
  const pym = dialog.querySelector<HTMLTextAreaElement>('#embed-kit-pym');
  const chapterName = dialog.querySelector<HTMLElement>('[data-kit="chapter"]');
  const previews = [...dialog.querySelectorAll<HTMLIFrameElement>('iframe[data-kit="preview"]')];
  let target: EmbedTarget | null = null;

  function layout(): EmbedLayout {
    const checked = dialog?.querySelector<HTMLInputElement>('input[name="embed-kit-layout"]:checked');
    return checked?.value === 'cards' ? 'cards' : 'stepper';
  }

  function fill(): void {
    if (!target) return;
    const t = { ...target, layout: layout() };
    if (code) code.value = iframeSnippet(t);
    if (pym) pym.value = pymSnippet(t);
    for (const status of dialog?.querySelectorAll<HTMLElement>('[data-kit-status]') ?? []) status.textContent = '';
    for (const frame of previews) frame.src = embedUrl(t);
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-embed-chapter]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const chapter = button.dataset['embedChapter'] ?? '';
      const title = button.dataset['embedTitle'] ?? '';
      const words = { frame: dialog.dataset['frameTitle'] ?? '{title}', alt: dialog.dataset['fallbackAlt'] ?? '{title}' };
      target = { origin: location.origin, chapter, title, lang: pageLang(), words };
      if (chapterName) chapterName.textContent = title;
      fill();
      dialog.showModal();
    });
  }

  dialog.addEventListener('change', (e) => {
    if ((e.target as Element | null)?.matches?.('input[name="embed-kit-layout"]')) fill();
  });

  dialog.addEventListener('click', (e) => {
    const el = e.target as Element | null;
    if (el === dialog) dialog.close(); // a click on the backdrop
    if (el?.closest?.('[data-kit="close"]')) dialog.close();
    const copyButton = el?.closest?.<HTMLButtonElement>('button[data-copy]');
    if (copyButton) void copy(copyButton.dataset['copy'] ?? '');
  });

  dialog.addEventListener('close', () => {
    // Unload the previews: two live maps should not keep running behind the story.
    for (const frame of previews) frame.src = 'about:blank';
  });

  async function copy(id: string): Promise<void> {
    const area = dialog?.querySelector<HTMLTextAreaElement>(`#${CSS.escape(id)}`);
    const status = dialog?.querySelector<HTMLElement>(`[data-kit-status="${CSS.escape(id)}"]`);
    if (!area) return;
    const say = (key: 'copied' | 'fallback'): void => {
      if (status) status.textContent = dialog?.dataset[key === 'copied' ? 'copied' : 'copyFallback'] ?? '';
    };
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(area.value);
      say('copied');
    } catch {
      // No clipboard access (permissions, insecure context): select the code for Ctrl+C.
      area.focus();
      area.select();
      say('fallback');
    }
  }
}

start();
