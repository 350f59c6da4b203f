export { DEFAULT_TODAY, generateRegion } from './generate.ts';
export type { GenerateRegionOptions } from './generate.ts';
export { isRegionLoaded, loadRegion } from './load.ts';
export type { KeyToId, LoadRegionOptions, LoadSummary } from './load.ts';
export { DemoLoadError } from './gateway-client.ts';
export { countsFor } from './sizes.ts';
export type * from './types.ts';
