// The scroll story's page layout, in one place: base.css draws it, src/scripts/story.ts reads the
// breakpoint, and the tests use storyMapSize to check labels at the sizes readers really get.
import type { Size } from '../geo/view.ts';
import type { LayoutMode } from '../map/model.ts';

/** Below this width the map fills the screen behind the cards (phones and tablets). */
export const OVERLAY_MAX_WIDTH = 1023;
export const OVERLAY_QUERY = `(max-width: ${OVERLAY_MAX_WIDTH}px)`;

const REM = 16;

/** The story bar (Contents, language, motion) holds this strip at the top; the sticky map fills
 *  the rest of the screen below it (base.css: --bar-h). */
export const STORY_BAR_HEIGHT = 2.75 * REM;

/** On phones and tablets an active card's top lands this far down the map (the map model frames
 *  the subject above it: src/lib/map/model.ts NARROW_LANDING). */
export const CARD_LANDING = 0.62;

/** The same landing line as a share of the whole screen, the story bar included (story.ts). */
export function landingShare(viewportHeight: number): number {
  return (STORY_BAR_HEIGHT + CARD_LANDING * (viewportHeight - STORY_BAR_HEIGHT)) / viewportHeight;
}

/**
 * The live map's size for a viewport, as base.css lays it out, below the story bar: full width in overlay mode;
 * beside a text column of min(34rem, 40 %), at least 22rem, on wider screens.
 */
export function storyMapSize(viewport: Size): { size: Size; mode: LayoutMode } {
  const height = viewport.height - STORY_BAR_HEIGHT;
  if (viewport.width <= OVERLAY_MAX_WIDTH) return { size: { width: viewport.width, height }, mode: 'narrow' };
  const column = Math.max(22 * REM, Math.min(34 * REM, viewport.width * 0.4));
  return { size: { width: Math.round(viewport.width - column), height }, mode: 'wide' };
}

/** The widths the story is checked at, with a typical screen height for each. */
export const VIEWPORTS: readonly Size[] = [
  { width: 320, height: 640 },
  { width: 375, height: 812 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
