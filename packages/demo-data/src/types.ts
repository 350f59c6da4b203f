import type { DemoWorkforceReport } from './workforce-reports.ts';
/**
 * The demo dataset: plain data (JSON-safe, absent values are null), every entity with its own stable `key`
 * so it can be written through the public API, where the server assigns ids, and referenced before it has one.
 */

import type { DemoEmployerService } from './employer-services.ts';

export type SizeName = 'small' | 'medium' | 'large';
export type RegionSize = SizeName | number;

export interface RegionCounts {
  people: number;
  employers: number;
  accreditedBodies: number;
}

export interface DemoProvider {
  key: string;
  name: string;
  kind: 'CPI' | 'ACCREDITED';
  province: string;
  /** Belfiore code of the municipality of its office. */
  municipality: string;
  serviceCodes: string[];
  accreditedFrom: string;
}

export interface DemoPerson {
  key: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'F' | 'M';
  /** Belfiore (or foreign Z) code of the birth place: not sent to the API, kept so the fiscal code can be checked. */
  birthPlaceCode: string;
  residenceProvince: string;
  residenceMunicipality: string;
  email: string | null;
  phone: string | null;
}

export type EnrolmentList = 'DISABILITY' | 'ART18';
export type EnrolmentStatus = 'SUBMITTED' | 'ACCEPTED' | 'PRE_REJECTED' | 'REJECTED' | 'CANCELLED';

export interface DemoEnrolmentTransition {
  to: EnrolmentStatus;
  on: string;
  reason: string | null;
}

export interface DemoEnrolment {
  key: string;
  personKey: string;
  list: EnrolmentList;
  province: string;
  submittedOn: string;
  /**
   * The person's DID (D.Lgs. 150/2015 art. 19), one to 60 days before the application: enrolment requires the
   * unemployment status on the day of the application (L. 68/1999 art. 8 c.1).
   */
  unemploymentDeclaredOn: string;
  /** The decisions after the application, in order; the last one is the current status. */
  transitions: DemoEnrolmentTransition[];
  status: EnrolmentStatus;
  /** The assessment presented with the application (L. 68/1999 art. 1 or art. 18 c.2 category). */
  category: string;
  invalidityPercent: number | null;
  pensionCategory: number | null;
}

export interface DemoTakeInCharge {
  key: string;
  personKey: string;
  providerKey: string;
  programme: string;
  startedOn: string;
}

export type EmployerSizeClass = 'UNDER_15' | '15_35' | '36_50' | '51_150' | 'OVER_150';

export interface DemoEmployerSite {
  name: string;
  province: string;
  municipality: string;
  address: string | null;
}

export interface DemoEmployer {
  key: string;
  name: string;
  fiscalCode: string;
  kind: 'PRIVATE' | 'PUBLIC';
  atecoCode: string;
  /** Province of the registered office. */
  province: string;
  /** Head count on the payroll: not sent by registerEmployer, kept for workforce reports and quotas later. */
  employees: number;
  sizeClass: EmployerSizeClass;
  sites: DemoEmployerSite[];
}

export interface DemoVacancy {
  key: string;
  employerKey: string;
  title: string;
  occupationCode: string | null;
  occupationCodeSystem: 'ISTAT_CP2011' | null;
  province: string;
  positions: number;
  reservedFor: 'DISABLED' | 'ART18' | null;
  openedOn: string;
  jobProfile: DemoJobProfile;
}

/** A vacancy's job profile in the ICF vocabulary (see job-profiles.ts); the site is named, its id known only once loaded. */
export interface DemoJobProfile {
  tasks: Array<{ description: string; demands: string[] }>;
  adjustmentsAvailable: string[];
  weeklyHours: number;
  shifts: Array<'DAY' | 'NIGHT' | 'WEEKEND'>;
  contract: 'PERMANENT' | 'FIXED_TERM';
  siteName: string;
}

/** What matching reads about a person on the disability list: functional profile and professional record. */
export interface DemoMatchingProfile {
  personKey: string;
  tasksToAvoid: string[];
  workplaceAdjustments: string[];
  /** ISTAT CP2011 code of a past job, when the person has one. */
  occupationCode: string | null;
  occupationFrom: string;
  occupationTo: string;
  weeklyHours: number | null;
  maxDistanceKm: number | null;
  shifts: Array<'DAY' | 'NIGHT' | 'WEEKEND'>;
}

export interface DemoDelivery {
  key: string;
  idempotencyKey: string;
  personKey: string;
  /** The provider that delivers and reports it (the one that has the person in charge). */
  providerKey: string;
  takeInChargeKey: string;
  serviceCode: string;
  modality: string;
  deliveredOn: string;
  /** Total minutes of all the sessions. */
  minutes: number;
  sessions: number;
  outputs: string[];
  operator: string | null;
}

export type PlacementContract = 'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'AGENCY';

export interface DemoPlacement {
  key: string;
  idempotencyKey: string;
  personKey: string;
  employerKey: string;
  vacancyKey: string | null;
  contract: PlacementContract;
  /** FIXED_TERM only. */
  termMonths: number | null;
  weeklyHours: number;
  /** The contract's full-time week (36 public, 40 private): a quota unit depends on weeklyHours over it. */
  fullTimeWeeklyHours: number;
  startedOn: string;
  countsTowardQuota: boolean;
}

export interface RegionDataset {
  seed: number;
  size: RegionSize;
  /** The reference date: nothing in the dataset happens after it. */
  today: string;
  region: 'Lombardia';
  catalogueVersionId: string;
  counts: RegionCounts;
  providers: DemoProvider[];
  people: DemoPerson[];
  enrolments: DemoEnrolment[];
  takeInCharges: DemoTakeInCharge[];
  employers: DemoEmployer[];
  vacancies: DemoVacancy[];
  matchingProfiles: DemoMatchingProfile[];
  deliveries: DemoDelivery[];
  placements: DemoPlacement[];
  employerServices: DemoEmployerService[];
  /** A few of the services to employers, withdrawn after they were reported (employer-service-withdrawals.ts). */
  employerServiceWithdrawals: import('./employer-service-withdrawals.ts').DemoEmployerServiceWithdrawal[];
  internships: import('./internships.ts').DemoInternship[];
  /** Profiling, signed pacts and PAIs of a share of the take-in-charges (pacts.ts). */
  servicePacts: import('./pacts.ts').DemoServicePact[];
  /** Prospetti informativi of the year before today (workforce-reports.ts). */
  workforceReports: DemoWorkforceReport[];
}
