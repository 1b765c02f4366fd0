// The Fullscreen API, guarded: unsupported (iOS Safari on iPhone), refused (iframes without
// allowfullscreen, no user gesture) or failed requests leave the page as it is.
export function fullscreenAvailable(doc: Document = document): boolean {
  return Boolean(doc.fullscreenEnabled && typeof doc.documentElement.requestFullscreen === 'function');
}

export function isFullscreen(doc: Document = document): boolean {
  return doc.fullscreenElement !== null && doc.fullscreenElement !== undefined;
}

export async function toggleFullscreen(el: HTMLElement = document.documentElement): Promise<boolean> {
  const doc = el.ownerDocument;
  if (!fullscreenAvailable(doc)) return false;
  try {
    if (isFullscreen(doc)) await doc.exitFullscreen();
    else await el.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch (err) {
    console.warn('full screen refused', err);
    return false;
  }
}

/** Calls back whenever full screen is entered or left; returns the unsubscribe function. */
export function onFullscreenChange(cb: (on: boolean) => void, doc: Document = document): () => void {
  const handler = (): void => cb(isFullscreen(doc));
  doc.addEventListener('fullscreenchange', handler);
  return () => doc.removeEventListener('fullscreenchange', handler);
}
