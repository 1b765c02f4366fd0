// scene(stepId): the one place that turns a step into its picture. Pure and synchronous.
import { coldOpen } from './chapters/cold-open.ts';
import { whereThisIs } from './chapters/where-this-is.ts';
import { aSkeletalState } from './chapters/a-skeletal-state.ts';
import { theFrenchYears } from './chapters/the-french-years.ts';
import { theJuntas } from './chapters/the-juntas.ts';
import { deathsSoared } from './chapters/deaths-soared.ts';
import { theStorytellersHouse } from './chapters/the-storytellers-house.ts';
import { threePaths } from './chapters/three-paths.ts';
import { coda } from './chapters/coda.ts';
import type { SceneState } from './types.ts';

const ALL: readonly SceneState[] = [
  ...coldOpen,
  ...whereThisIs,
  ...aSkeletalState,
  ...theFrenchYears,
  ...theJuntas,
  ...deathsSoared,
  ...theStorytellersHouse,
  ...threePaths,
  ...coda,
];

const BY_ID: ReadonlyMap<string, SceneState> = new Map(ALL.map((s) => [s.id, s]));
if (BY_ID.size !== ALL.length) throw new Error('duplicate scene id');

export function scene(id: string): SceneState {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`unknown scene "${id}"`);
  return s;
}

export function hasScene(id: string): boolean {
  return BY_ID.has(id);
}

export function sceneIds(): string[] {
  return [...BY_ID.keys()];
}

export type { SceneState } from './types.ts';
