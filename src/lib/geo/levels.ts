// Detail levels. Geometry for each level is projected once, at build time, into its own
// coordinate space (unit space × scale + offset) so that path data stays short (one decimal)
// while keeping sub-pixel precision at the zooms where that level is shown.
import { toUnit } from './mercator.ts';
import type { Point } from './mercator.ts';

export type LevelId = 'africa' | 'region' | 'city';

export interface Level {
  id: LevelId;
  /** level coordinates = unit coordinates × scale + offset */
  scale: number;
  offset: Point;
}

function level(id: LevelId, scale: number, topLeftLonLat: [number, number]): Level {
  const [ux, uy] = toUnit(topLeftLonLat);
  return { id, scale, offset: [-ux * scale, -uy * scale] };
}

// Scales chosen so each level's extent is ~1000–2500 units wide.
export const LEVELS: Record<LevelId, Level> = {
  africa: level('africa', 1000, [-26, 40]),
  region: level('region', 2500, [-20, 28]),
  city: level('city', 300000, [-8.1, 12.72]),
};
