import type { L68Obligation } from './rules/l68-quota/index.ts';
import type { EmployerRecord, EmployerSiteRecord } from './store/employer-store.ts';
import type { VacancyRecord } from './store/vacancy-store.ts';

export type EmployerRow = EmployerRecord;
export type EmployerSiteRow = EmployerSiteRecord;
export type VacancyRow = VacancyRecord;
/** The calculator's own result: it maps 1:1 onto the GraphQL type (its arrays are readonly). */
export type L68ObligationRow = L68Obligation;
