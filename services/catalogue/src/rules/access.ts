import type { Identity, OrgKind } from '@reg/auth';

/**
 * The catalogue is reference data: every authenticated caller reads it (the standards, the LEP services, the
 * providers and their accreditation). Only the Region writes it: accrediting a provider is a regional act
 * (D.Lgs. 150/2015 art. 12), and the provincial standards are the Province's (seed 003_133e0e8801c5193e.txt).
 */
export const catalogueWriters: readonly OrgKind[] = ['region'];

export const canWriteCatalogue = (identity: Identity): boolean => catalogueWriters.includes(identity.orgKind);
