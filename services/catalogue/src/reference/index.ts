import type { CatalogueVersion } from './types.ts';
import { trentoCatalogue2013 } from './trento-standards.ts';

export type {
  CatalogueVersion,
  LepService,
  MinutesScope,
  ModalityKind,
  ModalityStandard,
  OutputStandard,
  ServiceStandardDefinition,
  TargetGroup,
} from './types.ts';
export { trentoCatalogue2013 } from './trento-standards.ts';
export { lepServices } from './lep-services.ts';

// Ordered by validFrom: a later version of the repertory is appended, never replaces an earlier one, so that
// services delivered under an old version can still be checked against the bounds in force at the time.
export const catalogueVersions: CatalogueVersion[] = [trentoCatalogue2013];
