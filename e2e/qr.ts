// Reads a QR code the way a phone does: from pixels. The element is screenshotted in the real
// browser and decoded with jsQR, so a code that renders wrong (clipped, squashed, inverted,
// too small to resolve) fails, whatever its markup says.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

/** The text a QR code element encodes, or null when no code can be read from its pixels. */
export async function decodeQr(el: Locator): Promise<string | null> {
  const png = PNG.sync.read(await el.screenshot({ animations: 'disabled' }));
  const data = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(data, png.width, png.height)?.data ?? null;
}

/** The public origin the site was built for (astro.config.mjs: SITE_URL, else the default). */
export const SITE = (process.env['SITE_URL'] || 'https://caught-between.example').replace(/\/$/, '');
