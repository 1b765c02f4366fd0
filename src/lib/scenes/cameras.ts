// Named camera presets: a geographic box the view must contain. The fitted view depends on the
// viewport, so the same preset frames a phone and a desktop sensibly.
import type { Camera, CameraId } from './types.ts';

export const CAMERAS: Record<CameraId, Camera> = {
  africa: { id: 'africa', bounds: [[-20, -36], [52, 38]] },
  'west-africa': { id: 'west-africa', bounds: [[-17.5, 4], [16, 25]] },
  sahel: { id: 'sahel', bounds: [[-12.5, 9.5], [16, 24]] },
  // Mauritania to Chad: the five G5 Sahel states and Barkhane's bases, N'Djamena included.
  'g5-sahel': { id: 'g5-sahel', bounds: [[-17, 8.5], [24, 24]] },
  mali: { id: 'mali', bounds: [[-12.4, 10], [4.4, 25.1]] },
  'mali-north': { id: 'mali-north', bounds: [[-6, 14.5], [4.5, 21.5]] },
  'central-mali': { id: 'central-mali', bounds: [[-6.5, 13], [-2.5, 16.5]] },
  'tri-border': { id: 'tri-border', bounds: [[-3, 12], [4.5, 17]] },
  coast: { id: 'coast', bounds: [[-9, 4], [4.5, 16.5]] },
  bamako: { id: 'bamako', bounds: [[-8.09, 12.49], [-7.9, 12.72]] },
  // Southern Bamako, commune VI and the airport together: no tighter than the sources allow
  // (the school's point is approximate to ±2 km), and one view for both targets' steps, so the
  // camera holds still while the subject changes.
  faladie: { id: 'faladie', bounds: [[-8.03, 12.5], [-7.88, 12.65]] },
  airport: { id: 'airport', bounds: [[-8.03, 12.5], [-7.88, 12.65]] },
};

export function camera(id: CameraId): Camera {
  return CAMERAS[id];
}
