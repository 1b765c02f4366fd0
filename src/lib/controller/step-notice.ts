// "There is no step called “x”; starting from the beginning." — shown when ?step= names no step
// (story, presenter, embed). Only a value that looks like a step's name (a typo, an old link) is
// repeated, and as text (textContent), never as markup; anything else gets the plain sentence,
// so a crafted link cannot put its own words on the page.
const LOOKS_LIKE_A_STEP = /^[\p{L}\p{N}-]{1,48}$/u;

export function noticeText(raw: string, template: string, generic: string): string {
  return LOOKS_LIKE_A_STEP.test(raw) ? template.replace('{step}', raw) : generic;
}

export function showUnknownStep(raw: string, root: Document = document): void {
  const notice = root.getElementById('step-notice');
  const text = root.getElementById('step-notice-text');
  if (!notice || !text) return;
  text.textContent = noticeText(raw, text.dataset['template'] ?? '{step}', text.dataset['generic'] ?? '');
  notice.hidden = false;
  root.getElementById('step-notice-close')?.addEventListener('click', () => {
    notice.hidden = true;
  }, { once: true });
}
