// Build-time QR codes (the `qrcode` package): one SVG path per code, each row's dark runs drawn
// as one-module-thick strokes with relative moves ("M2 3.5h7m3 0h1…"), so a code costs about
// 1.5 KB and scales to any size, on screen and on paper (the presenter page carries 51).
// The caller chooses what to encode (a public URL from src/lib/site/public-url.ts).
import QRCode from 'qrcode';

/** Quiet zone around the code, in modules (the standard asks for 4; 2 is enough on a slide). */
export const QUIET = 2;

export interface QrShape {
  /** Modules per side, quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number;
  /** One path to stroke with width 1: per row "M<x> <y+0.5>", then "m<gap> 0h<run>" per run. */
  path: string;
}

/** The QR code of `text` (error correction M: survives a projector's glare and a crease). */
export function qrShape(text: string): QrShape {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const dark = (x: number, y: number): boolean => qr.modules.get(y, x) === 1;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    let end = -1; // where the pen is on this row (-1: not yet moved to the row)
    while (x < n) {
      if (!dark(x, y)) {
        x++;
        continue;
      }
      const from = x;
      while (x < n && dark(x, y)) x++;
      path += end < 0 ? `M${from + QUIET} ${y + QUIET + 0.5}` : `m${from - end} 0`;
      path += `h${x - from}`;
      end = x;
    }
  }
  return { size: n + 2 * QUIET, path };
}
