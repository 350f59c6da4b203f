import type { EnrolmentRecord, EnrolmentTransitionRecord } from './store/enrolment-store.ts';
import type { PersonRecord } from './store/person-store.ts';
import type { TakeInChargeRecord } from './store/take-in-charge-store.ts';

export type PersonRow = PersonRecord;
export type EnrolmentRow = EnrolmentRecord;
export type EnrolmentTransitionRow = EnrolmentTransitionRecord;
export type TakeInChargeRow = TakeInChargeRecord;
/** Provider is owned by the catalogue: here only its key. */
export type ProviderRow = { id: string };
