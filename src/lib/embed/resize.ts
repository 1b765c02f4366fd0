// Tells the host page how tall the embed is, in the two formats newsroom pages understand:
// pym.js ("pymxPYMx<id>xPYMxheightxPYMx<px>", the id from the ?childId= that pym's parent adds)
// and AMP ({ sentinel: 'amp', type: 'embed-size', height }). Sent on load, when the content's
// size changes (ResizeObserver on <body>), when fonts are ready and whenever the host asks with
// a pym "width" message. Anything else the host posts is ignored.
const DELIMITER = 'xPYMx';
/** pym ids are element ids chosen by the host (autoInit makes "pym-0-ab12c"); keep them plain. */
const CHILD_ID = /^[A-Za-z0-9_:.-]{1,128}$/;

export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(DELIMITER);
}

/** The pym child id from the iframe URL, or null when pym did not create this frame. */
export function childIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && CHILD_ID.test(id) ? id : null;
}

/** The width in a pym "width" message addressed to this child, or null for anything else. */
export function pymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== 'string' || data.length > 256) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
  if (!/^\d{1,5}$/.test(parts[3] ?? '')) return null;
  return Number(parts[3]);
}

/** The height of the content: the document's own box, never the viewport (no feedback loop). */
export function contentHeight(doc: Document = document): number {
  return Math.ceil(doc.body.getBoundingClientRect().height);
}

export interface HeightReporter {
  /** Report now (e.g. after a step change); repeats of the same height are skipped. */
  send(force?: boolean): void;
  destroy(): void;
}

export function createHeightReporter(win: Window = window): HeightReporter {
  const host = win.parent !== win ? win.parent : null;
  const childId = childIdFrom(win.location.search);
  let last = -1;
  let frame = 0;

  function post(height: number): void {
    if (!host) return;
    if (childId) host.postMessage(pymMessage(childId, 'height', String(height)), '*');
    host.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  }

  function send(force = false): void {
    const height = contentHeight(win.document);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    post(height);
  }

  function schedule(): void {
    win.cancelAnimationFrame(frame);
    frame = win.requestAnimationFrame(() => send());
  }

  const onMessage = (e: MessageEvent): void => {
    if (!host || e.source !== host || !childId) return;
    // pym's parent sends its width on load and on resize and expects a height back.
    if (pymWidth(e.data, childId) !== null) send(true);
  };

  const observer = new ResizeObserver(schedule);
  observer.observe(win.document.body);
  win.addEventListener('message', onMessage);
  win.addEventListener('load', schedule);
  void win.document.fonts?.ready.then(schedule);
  send();

  return {
    send(force = false) {
      if (force) send(true);
      else schedule();
    },
    destroy() {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
      win.removeEventListener('load', schedule);
      win.cancelAnimationFrame(frame);
    },
  };
}
