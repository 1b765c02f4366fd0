// "There is no step called “x”; starting from the beginning." — shown when ?step= names no step
// (story, presenter, embed). The value is set as text (textContent), never parsed as markup.
export function showUnknownStep(raw: string, root: Document = document): void {
  const notice = root.getElementById('step-notice');
  const text = root.getElementById('step-notice-text');
  if (!notice || !text) return;
  text.textContent = (text.dataset['template'] ?? '{step}').replace('{step}', raw);
  notice.hidden = false;
  root.getElementById('step-notice-close')?.addEventListener('click', () => {
    notice.hidden = true;
  }, { once: true });
}
