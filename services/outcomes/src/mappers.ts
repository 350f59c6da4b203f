import type { DeliveryRecord } from './store/delivery-store.ts';
import type { PlacementRecord } from './store/placement-store.ts';

export type ServiceDeliveryRow = DeliveryRecord;
export type PlacementRow = PlacementRecord;
/** Entities owned elsewhere: only their keys here. */
export type PersonRow = { id: string };
export type ProviderRow = { id: string };
export type EmployerRow = { id: string };
export type VacancyRow = { id: string };
export type ServiceStandardRow = { code: string };
/** A quota hire is a placement row read without its person. */
export type QuotaHireRow = PlacementRecord;
