// The story's edition date, shown under the byline ("Updated 7 December 2026"). One constant,
// not the build time: two builds of the same sources must stay byte-identical (integrity test).
// Move it forward with each published correction (the corrections log on the sources page).
export const UPDATED = '2026-12-07';
