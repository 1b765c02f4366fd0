// Size budgets of the map files (bytes). The build fails past them, and so do the tests,
// so a data change that bloats the page is caught before it ships.
export const SIZE_LIMITS: Record<string, number> = {
  'geo/africa.topo.json': 25 * 1024,
  'geo/west-africa.topo.json': 60 * 1024,
  'geo/bamako.topo.json': 25 * 1024,
};
