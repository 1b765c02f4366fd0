// The blank state every scene is spread from.
import type { SceneState } from './types.ts';

export const BASE: Omit<SceneState, 'id'> = {
  camera: 'west-africa',
  layers: ['africa', 'countries', 'rivers', 'markers', 'labels'],
  highlight: { africa: [], countries: [], regions: [], rivers: [], communes: [] },
  markers: [],
  labels: [],
  legend: [],
  chart: null,
  events: null,
  captionKey: null,
};

/** Build a complete scene from the base and the parts that differ. Highlights merge by layer. */
export function defineScene(
  id: string,
  parts: Partial<Omit<SceneState, 'id' | 'highlight'>> & { highlight?: Partial<SceneState['highlight']> },
): SceneState {
  const { highlight, ...rest } = parts;
  return { ...BASE, ...rest, id, highlight: { ...BASE.highlight, ...highlight } };
}
