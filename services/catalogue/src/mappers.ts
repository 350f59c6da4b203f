import type { Identity } from '@reg/auth';
import type { AuditEventRecord } from '@reg/subgraph-kit';
import type { ModalityStandard, OutputStandard } from './reference/types.ts';
import type { CatalogueVersionRecord, LepServiceRecord, ServiceStandardRecord } from './store/catalogue-store.ts';
import type { ProviderRecord } from './store/provider-store.ts';

/** A standard as stored, with the date it was asked for, so nested fields stay in the same catalogue version. */
export type ServiceStandardRow = ServiceStandardRecord & { askedOn: string };
export type CatalogueVersionRow = CatalogueVersionRecord;
export type ModalityRow = ModalityStandard;
export type ServiceOutputRow = OutputStandard;
export type LepServiceRow = LepServiceRecord;
export type ProviderRow = ProviderRecord;
export type AuditEventRow = AuditEventRecord;
/** The caller: answered from the verified identity, never from anything the request names. */
export type ViewerRow = Identity;
