export { DEFAULT_TODAY, generateRegion } from './generate.ts';
export type { GenerateRegionOptions } from './generate.ts';
export { isRegionLoaded, loadRegion } from './load.ts';
export type { KeyToId, LoadRegionOptions, LoadSummary } from './load.ts';
export { DemoLoadError, gatewayClient } from './gateway-client.ts';
export {
  BULK_BATCH_ROWS,
  DELIVERY_BATCH_ROWS,
  importEmployersInBatches,
  importPeopleInBatches,
  importVacanciesInBatches,
  reportDeliveriesInBatches,
} from './bulk-client.ts';
export type { ImportedEmployer, ImportedPerson, ImportedVacancy, ReportedDelivery, RowError } from './bulk-client.ts';
export { countsFor } from './sizes.ts';
export type * from './types.ts';
