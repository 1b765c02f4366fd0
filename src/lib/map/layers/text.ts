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

// Advance widths of Inter at weight 600 (the map labels' heaviest weight), in thousandths of an
// em, for printable ASCII: 32 (space) to 126 (~). Accented letters use their base letter.
// prettier-ignore
const INTER_600 = [
  250, 320, 520, 640, 650, 1000, 660, 330, 370, 370, 540, 670, 320, 470, 320, 380,
  660, 420, 620, 640, 670, 610, 640, 580, 640, 640, 320, 330, 670, 670, 670, 540,
  1000, 730, 660, 740, 720, 610, 590, 750, 750, 280, 580, 700, 570, 920, 760, 770,
  650, 770, 650, 650, 660, 740, 730, 1020, 720, 710, 650, 370, 380, 370, 480, 470,
  350, 570, 620, 580, 620, 590, 390, 630, 610, 260, 260, 570, 260, 900, 610, 610,
  620, 620, 400, 550, 350, 610, 590, 840, 570, 590, 570, 450, 360, 450, 670,
];

/**
 * Width of a map label as drawn: from Inter's own advance widths (the page's fallback font is
 * metric-matched to it), plus the label's halo. Short names like "Ménaka" are wider than the
 * average-glyph estimate of textWidth, and ran off the map's edge.
 */
export function labelWidth(text: string, fontSize: number, opts: { caps?: boolean; tracking?: number; halo?: number } = {}): number {
  const s = (opts.caps ? text.toUpperCase() : text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let em = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    em += (code >= 32 && code <= 126 ? INTER_600[code - 32]! : 650) / 1000 + (opts.tracking ?? 0);
  }
  return em * fontSize * 1.03 + (opts.halo ?? 3);
}
