// The link between the presenter window and the notes window (a speaker view): one
// BroadcastChannel per origin. Every message is validated, shape and step id, before use;
// anything else (other versions, other pages, junk) is ignored.
export const CHANNEL_NAME = 'caught-between-present';
const VERSION = 1;

/** Presenter → notes: the step on screen. Notes → presenter: go to a step; ask for the current one. */
export type PresentMessage =
  | { v: typeof VERSION; type: 'step'; id: string }
  | { v: typeof VERSION; type: 'go'; id: string }
  | { v: typeof VERSION; type: 'hello' };

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,12}$/;

export function parseMessage(data: unknown, known: ReadonlySet<string>): PresentMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m['v'] !== VERSION) return null;
  const keys = Object.keys(m);
  if (m['type'] === 'hello') return keys.length === 2 ? { v: VERSION, type: 'hello' } : null;
  if (m['type'] !== 'step' && m['type'] !== 'go') return null;
  const id = m['id'];
  if (keys.length !== 3 || typeof id !== 'string' || id.length > 100 || !STEP_ID.test(id) || !known.has(id)) return null;
  return { v: VERSION, type: m['type'], id };
}

export interface PresentChannel {
  send(msg: { type: 'step' | 'go'; id: string } | { type: 'hello' }): void;
  close(): void;
}

/** Opens the channel; `onMessage` only ever sees valid messages. Null where unsupported. */
export function openChannel(known: ReadonlySet<string>, onMessage: (msg: PresentMessage) => void): PresentChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.addEventListener('message', (e: MessageEvent<unknown>) => {
    const msg = parseMessage(e.data, known);
    if (msg) onMessage(msg);
  });
  return {
    send: (msg) => channel.postMessage({ v: VERSION, ...msg }),
    close: () => channel.close(),
  };
}
