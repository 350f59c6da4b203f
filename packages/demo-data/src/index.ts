export { DEFAULT_TODAY, generateRegion } from './generate.ts';
export type { GenerateRegionOptions } from './generate.ts';
export { countsFor } from './sizes.ts';
export type * from './types.ts';
