// Text metrics without a DOM, so label placement is identical at build time and in the browser.
// Widths are estimated from average glyph widths of the UI font (Inter); generous on purpose.
export function textWidth(text: string, fontSize: number, opts: { caps?: boolean; tracking?: number } = {}): number {
  const perChar = opts.caps ? 0.68 : 0.56;
  const tracking = opts.tracking ?? 0;
  return text.length * fontSize * (perChar + tracking);
}

/** Split text into lines no wider than maxWidth (estimated). */
export function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  // Break only at ordinary spaces: a no-break space (French « : », « ; », « 1 000 ») binds.
  const words = text.split(/[ \t\n]+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
