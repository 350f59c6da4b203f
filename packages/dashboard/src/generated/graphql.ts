/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: string; output: string; }
};

/** Piano di azione individuale (PAI): goals and the catalogue services planned. Each update is a new version. */
export type ActionPlan = {
  __typename?: 'ActionPlan';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  goals: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  person?: Maybe<Person>;
  services: Array<PlannedService>;
  version: Scalars['Int']['output'];
};

export type ActionPlanInput = {
  goals: Array<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  services: Array<PlannedServiceInput>;
};

export type AddInternshipDossierEntryInput = {
  activity: Scalars['String']['input'];
  competences?: InputMaybe<Array<Scalars['String']['input']>>;
  entryOn: Scalars['Date']['input'];
  internshipId: Scalars['ID']['input'];
};

export type AgeBand =
  /** 30 to 54: the 30th birthday moves the person up on that very day. */
  | 'FROM_30_TO_54'
  /** 55 and over ("over 55" of the GOL target groups), from the 55th birthday. */
  | 'FROM_55'
  /** Under 30 in completed years on the day. */
  | 'UNDER_30';

/** Convenzione (L. 68/1999 art. 11): a schedule of hires for one province. */
export type Agreement = {
  __typename?: 'Agreement';
  employer: Employer;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  province: Scalars['String']['output'];
  schedule: Array<ScheduledHires>;
  startsOn: Scalars['Date']['output'];
  /** Whether the schedule is kept on a date, counting the quota hires recorded in outcomes. */
  stateOn: AgreementState;
};


/** Convenzione (L. 68/1999 art. 11): a schedule of hires for one province. */
export type AgreementStateOnArgs = {
  on: Scalars['Date']['input'];
};

export type AgreementState = {
  __typename?: 'AgreementState';
  dueByNow: Scalars['Int']['output'];
  hiredByNow: Scalars['Int']['output'];
  inForce: Scalars['Boolean']['output'];
  kept: Scalars['Boolean']['output'];
  on: Scalars['Date']['output'];
  /** Scheduled hires still to make. */
  remaining: Scalars['Int']['output'];
};

export type ApproveInternshipProjectInput = {
  approvedOn: Scalars['Date']['input'];
  hostTutor: InternshipTutorInput;
  internshipId: Scalars['ID']['input'];
  objectives: Array<Scalars['String']['input']>;
  plannedEndOn: Scalars['Date']['input'];
  plannedStartOn: Scalars['Date']['input'];
  promoterTutor: InternshipTutorInput;
  weeklyHours: Scalars['Float']['input'];
};

export type AuditAction =
  /** Recorded before a mutation runs (whether it then succeeds or is refused), so no write goes unaudited. */
  | 'ATTEMPT'
  | 'READ'
  | 'WRITE';

/** An entry of the append-only audit log of this subgraph (every write). */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: AuditAction;
  at: Scalars['DateTime']['output'];
  /** The operationName the caller sent: its claim, recorded, not trusted. */
  claimedOperationName?: Maybe<Scalars['String']['output']>;
  /** The x-request-id the caller sent: its claim, recorded, not trusted. */
  claimedRequestId?: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  fields: Array<Scalars['String']['output']>;
  /** The name of the operation as the graph parsed it from the document. */
  operationName?: Maybe<Scalars['String']['output']>;
  orgKind: Scalars['String']['output'];
  organisation?: Maybe<Scalars['String']['output']>;
  personId?: Maybe<Scalars['ID']['output']>;
  /** The request id the gateway issued. */
  requestId: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type AuthorisePartialExemptionInput = {
  employerId: Scalars['ID']['input'];
  percentage: Scalars['Int']['input'];
  province: Scalars['String']['input'];
  /** Security/vigilance or private transport: the ceiling is 80% instead of 60%. */
  securityOrTransportSector?: InputMaybe<Scalars['Boolean']['input']>;
  validFrom: Scalars['Date']['input'];
  validTo: Scalars['Date']['input'];
};

export type BatchRowError = {
  __typename?: 'BatchRowError';
  /** BAD_USER_INPUT, NOT_FOUND, CONFLICT, RULE_VIOLATION, FORBIDDEN */
  code: Scalars['String']['output'];
  /** Input field at fault, e.g. minutes. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** Stable id of the catalogue rule broken, for RULE_VIOLATION. */
  rule?: Maybe<Scalars['String']['output']>;
};

export type BatchRowResult = {
  __typename?: 'BatchRowResult';
  delivery?: Maybe<ServiceDelivery>;
  errors: Array<BatchRowError>;
  idempotencyKey: Scalars['String']['output'];
  /** Position of the row in the batch, from 0. */
  index: Scalars['Int']['output'];
  status: BatchRowStatus;
};

export type BatchRowStatus =
  | 'CREATED'
  /** The provider already used this idempotency key for the same report: the stored delivery is returned. */
  | 'DUPLICATE'
  | 'REJECTED';

export type BuildShortlistInput = {
  /** A retry with the same key (from the same organisation) answers the shortlist already built. */
  idempotencyKey: Scalars['String']['input'];
  /** The ranking list is read as it stood on this date. */
  referenceDate: Scalars['Date']['input'];
  /** At most 50. */
  size?: InputMaybe<Scalars['Int']['input']>;
  vacancyId: Scalars['ID']['input'];
};

export type CancelEmployerServiceDeliveryInput = {
  deliveryId: Scalars['ID']['input'];
  /** What was wrong (1 to 1000 characters). */
  reason: Scalars['String']['input'];
};

/** A place on a shortlist. */
export type Candidacy = {
  __typename?: 'Candidacy';
  /** The employer's latest answer, null before any. */
  feedback?: Maybe<CandidateFeedback>;
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  shortlist: Shortlist;
  vacancy: Vacancy;
};

/**
 * Someone on the ranking list left out of a shortlist, and why. Seen only by the CPI: the reasons come from the
 * functional profile, which the employer never sees.
 */
export type CandidateExclusion = {
  __typename?: 'CandidateExclusion';
  explanation: Array<Scalars['String']['output']>;
  person: Person;
  reasons: Array<ExclusionReason>;
};

/** The employer's answer about one candidate; answers are never overwritten, a later one supersedes. */
export type CandidateFeedback = {
  __typename?: 'CandidateFeedback';
  outcome: FeedbackOutcome;
  /** Required when REJECTED. */
  reason?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  recordedByKind: Scalars['String']['output'];
};

/** A version of the services catalogue, valid over a date range (reference data: a new decree is a new version). */
export type CatalogueVersion = {
  __typename?: 'CatalogueVersion';
  id: Scalars['ID']['output'];
  source: Scalars['String']['output'];
  title: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type ChangeEnrolmentStatusInput = {
  enrolmentId: Scalars['ID']['input'];
  /** PRE_REJECTED only: the day the person received the notice; the 10 days for observations run from it (default: on). */
  noticeReceivedOn?: InputMaybe<Scalars['Date']['input']>;
  on: Scalars['Date']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: EnrolmentStatus;
};

export type CloseEnrolmentTransferInput = {
  /** The day of the refusal or withdrawal: not before the request, not in the future. */
  on: Scalars['Date']['input'];
  /** Why, in a sentence (kept with the move and shown to both CPIs). */
  reason: Scalars['String']['input'];
  transferId: Scalars['ID']['input'];
};

export type CloseServicePathInput = {
  /** Defaults to today (Europe/Rome). */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  override?: InputMaybe<RuleOverrideInput>;
  pathId: Scalars['ID']['input'];
};

export type CompleteEnrolmentTransferInput = {
  /** The day of the cancellation here and of the enrolment at the destination. */
  on: Scalars['Date']['input'];
  transferId: Scalars['ID']['input'];
};

/**
 * How a worker is employed. Several kinds stay out of the computation base (L. 68/1999 art. 4 c.1):
 * fixed-term of 6 months or less, executives, apprentices, agency workers, members of production cooperatives,
 * homeworkers, work abroad, socially useful workers (LSU), work-entry/insertion contracts.
 */
export type ContractKind =
  | 'ABROAD'
  | 'AGENCY'
  | 'APPRENTICE'
  | 'COOPERATIVE_MEMBER'
  | 'EXECUTIVE'
  | 'FIXED_TERM'
  | 'HOMEWORKER'
  | 'INSERTION'
  | 'LSU'
  | 'PERMANENT';

export type DeclareUnemploymentInput = {
  /** The day of the DID (made online on the national portal or at the CPI). */
  declaredOn: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  /** The DID's protocol number. */
  reference: Scalars['String']['input'];
};

/**
 * A provider's deliveries for a period as CSV (UTF-8, ';' separated, header row, ordered by date then id), in the
 * importer's column vocabulary so that a provider's own export can be imported again.
 */
export type DeliveriesExport = {
  __typename?: 'DeliveriesExport';
  csv: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  /** Whether person ids are replaced by pseudonyms (column pseudonimo): so for the Region. */
  pseudonymised: Scalars['Boolean']['output'];
  rowCount: Scalars['Int']['output'];
};

export type DisabilityDetailsInput = {
  clinicalNotes?: InputMaybe<Scalars['String']['input']>;
  functionalDiagnosis?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};

/** Health data (GDPR art. 9): the assessment behind an enrolment. Only callers with scope health:read see it. */
export type DisabilityProfile = {
  __typename?: 'DisabilityProfile';
  category: EnrolmentCategory;
  clinicalNotes?: Maybe<Scalars['String']['output']>;
  commissionReportDate?: Maybe<Scalars['Date']['output']>;
  commissionReportRef?: Maybe<Scalars['String']['output']>;
  functionalDiagnosis?: Maybe<Scalars['String']['output']>;
  invalidityPercent?: Maybe<Scalars['Int']['output']>;
  /** War or service pension category, 1 to 8. */
  pensionCategory?: Maybe<Scalars['Int']['output']>;
  psychicOrIntellectual: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
};

export type DisadvantageCertification = {
  __typename?: 'DisadvantageCertification';
  /** The kind of disadvantage and its law (health data: only with health:read). */
  basis?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type DisadvantageCertificationInput = {
  /** E.g. L. 381/1991 art. 4, or the category of the Region's Documento degli Interventi. */
  basis: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type DocumentKind =
  | 'APPLICATION_FORM'
  /** Title for an art. 18 c.2 category. */
  | 'ART18_TITLE'
  | 'FUNCTIONAL_DIAGNOSIS'
  | 'IDENTITY_DOCUMENT'
  /** Verbale of the medical commission (L. 104/1992, L. 68/1999 art. 1 c.4). */
  | 'INVALIDITY_REPORT'
  | 'OTHER'
  /** A copy of the DID (D.Lgs. 150/2015 art. 19); the status itself is recorded with declareUnemployment. */
  | 'UNEMPLOYMENT_DECLARATION';

export type DocumentReference = {
  __typename?: 'DocumentReference';
  reference: Scalars['String']['output'];
  title: Scalars['String']['output'];
  uploadedOn: Scalars['Date']['output'];
};

export type DocumentReferenceInput = {
  reference: Scalars['String']['input'];
  title: Scalars['String']['input'];
  uploadedOn: Scalars['Date']['input'];
};

export type Education = {
  __typename?: 'Education';
  /** EQF level 1-8. */
  eqfLevel: Scalars['Int']['output'];
  institution?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type EducationInput = {
  eqfLevel: Scalars['Int']['input'];
  institution?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Eligibility = {
  __typename?: 'Eligibility';
  checkedOn: Scalars['Date']['output'];
  eligible: Scalars['Boolean']['output'];
  failures: Array<EligibilityFailure>;
};

export type EligibilityFailure = {
  __typename?: 'EligibilityFailure';
  message: Scalars['String']['output'];
  /** Stable id of the requirement, e.g. L68_ART1_CIVIL_INVALID_OVER_45. */
  rule: Scalars['String']['output'];
};

/** Datore di lavoro: a private or public employer, with its sites. */
export type Employer = {
  __typename?: 'Employer';
  agreements?: Maybe<Array<Agreement>>;
  /** ATECO 2007 activity code, e.g. 62.01. */
  atecoCode: Scalars['String']['output'];
  exemptions?: Maybe<Array<Exemption>>;
  /** 11-digit fiscal code / VAT number (companies, public bodies) or 16-character personal fiscal code (sole traders). */
  fiscalCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Internships the employer hosts, as the caller may see them. */
  internships?: Maybe<Array<Internship>>;
  kind: EmployerKind;
  name: Scalars['String']['output'];
  /** Disability-quota status in each province where the employer is present or has a quota, on a date. */
  obligationStatus?: Maybe<Array<ObligationStatus>>;
  placements?: Maybe<Array<Placement>>;
  /** Province of the registered office (sigla). */
  province: Scalars['String']['output'];
  /**
   * Services of area 4 (seed 003, 4A-4E) delivered to this employer, oldest first: seen by the employer itself, the CPI
   * of its province (its registered office's when reported) and the provider that reported each one.
   */
  serviceDeliveries?: Maybe<Array<EmployerServiceDelivery>>;
  sites: Array<EmployerSite>;
  suspensions?: Maybe<Array<Suspension>>;
  vacancies: Array<Vacancy>;
  /** Prospetti informativi, every version, oldest first; only the employer itself and CPIs where it is present. */
  workforceReports?: Maybe<Array<WorkforceReport>>;
};


/** Datore di lavoro: a private or public employer, with its sites. */
export type EmployerObligationStatusArgs = {
  on: Scalars['Date']['input'];
};


/** Datore di lavoro: a private or public employer, with its sites. */
export type EmployerVacanciesArgs = {
  status?: InputMaybe<VacancyStatus>;
};


/** Datore di lavoro: a private or public employer, with its sites. */
export type EmployerWorkforceReportsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type EmployerImportResult = {
  __typename?: 'EmployerImportResult';
  employer?: Maybe<Employer>;
  errors: Array<ImportRowError>;
  /** Position of the row in the call, from 0. */
  index: Scalars['Int']['output'];
  status: ImportRowStatus;
};

export type EmployerKind =
  | 'PRIVATE'
  /** Public administration: no partial exemption (art. 5 c.3), no money sanctions (art. 15 c.1, c.4), offsets provinces only when authorised (art. 5 c.8-bis). */
  | 'PUBLIC'
  /** Ente pubblico economico: treated as a private employer by L. 68/1999 art. 5 c.3, c.8 and art. 15. */
  | 'PUBLIC_ECONOMIC';

export type EmployerPage = {
  __typename?: 'EmployerPage';
  items: Array<Employer>;
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** A row of reportEmployerServiceDeliveries: its own outcome, a rejected row stops nothing. */
export type EmployerServiceBatchRowResult = {
  __typename?: 'EmployerServiceBatchRowResult';
  delivery?: Maybe<EmployerServiceDelivery>;
  errors: Array<BatchRowError>;
  idempotencyKey: Scalars['String']['output'];
  /** Position of the row in the batch, from 0. */
  index: Scalars['Int']['output'];
  status: BatchRowStatus;
};

/**
 * A report of a service to an employer withdrawn as made in error: it stays for the audit, no longer counts (indicators,
 * the 4E per-worker bound) and the service may be reported again, correctly.
 */
export type EmployerServiceCancellation = {
  __typename?: 'EmployerServiceCancellation';
  cancelledAt: Scalars['DateTime']['output'];
  cancelledBy: Scalars['String']['output'];
  /** The organisation that withdrew it: the reporting provider or the CPI of the employer's province. */
  cancelledByOrganisation: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

/**
 * Erogazione a un datore di lavoro: a service of area 4 (seed 003, 4A-4E: promotion, needs consultancy, matching,
 * selection, relocation of redundant workers) delivered to an employer, as reported by the provider. One report is
 * one whole service as delivered (all its sessions), checked against its modality's bounds, minimum and maximum.
 */
export type EmployerServiceDelivery = {
  __typename?: 'EmployerServiceDelivery';
  /** Set when the report was withdrawn as made in error: it no longer counts anywhere. */
  cancellation?: Maybe<EmployerServiceCancellation>;
  /** Date of the last session. */
  deliveredOn: Scalars['Date']['output'];
  /** Null when the caller may not see the employer in the employers subgraph. */
  employer?: Maybe<Employer>;
  id: Scalars['ID']['output'];
  /** Total minutes of the sessions (4E: excluding training, seed 003). */
  minutes: Scalars['Int']['output'];
  /** Code of the modality of the service standard (see ServiceStandard.modalities). */
  modality: Scalars['String']['output'];
  operator?: Maybe<Scalars['String']['output']>;
  outputs: Array<Scalars['String']['output']>;
  provider: Provider;
  /**
   * 4E only: the employer's references of the redundant workers served (its own staff-reduction list, not names or
   * fiscal codes): exactly one for INDIVIDUAL_INTERVIEW, whose bound is per worker (15-20 hours), two or more for
   * GROUP_INTERVIEW (25-30 hours for the group).
   */
  redundantWorkers: Array<Scalars['String']['output']>;
  reportedAt: Scalars['DateTime']['output'];
  serviceStandard: ServiceStandard;
  /** Minutes of each session, when the report stated them one by one. */
  sessionMinutes?: Maybe<Array<Scalars['Int']['output']>>;
  sessions: Scalars['Int']['output'];
};

export type EmployerSite = {
  __typename?: 'EmployerSite';
  address?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  province: Scalars['String']['output'];
};

export type EmployerSiteInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  municipality: Scalars['String']['input'];
  name: Scalars['String']['input'];
  province: Scalars['String']['input'];
};

export type EmploymentKind =
  /** Lavoro subordinato: up to six months above the threshold suspends the status (art. 19 c.3). */
  | 'EMPLOYEE'
  /** Lavoro autonomo: above the threshold it ends the status. */
  | 'SELF_EMPLOYED';

export type EndInternshipInput = {
  endedOn: Scalars['Date']['input'];
  internshipId: Scalars['ID']['input'];
  /** Required when INTERRUPTED. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: InternshipEndReason;
};

export type EndPlacementInput = {
  /** Last day of the contract; not before the start, not in the future. */
  endedOn: Scalars['Date']['input'];
  /** Required when the reason is OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  placementId: Scalars['ID']['input'];
  reason: PlacementEndReason;
};

export type EndTakeInChargeInput = {
  endedOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  takeInChargeId: Scalars['ID']['input'];
};

/** Iscrizione al collocamento mirato. */
export type Enrolment = {
  __typename?: 'Enrolment';
  daysLeftForObservations?: Maybe<Scalars['Int']['output']>;
  /** Days left to decide; negative when late; null once decided. */
  daysLeftToDecide?: Maybe<Scalars['Int']['output']>;
  /** Date of the acceptance or final rejection. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** L. 241/1990 art. 2: the decision is due within 30 days (moved by a pre-rejection notice, art. 10-bis). */
  decisionDueOn?: Maybe<Scalars['Date']['output']>;
  /** Documents presented with the application (seed 001: acquisizione documentazione). */
  documents: Array<EnrolmentDocument>;
  /** The requirements checked against the law when the application was received. Health data (GDPR art. 9). */
  eligibility?: Maybe<Eligibility>;
  /** Every status change: who, when, why. */
  history: Array<EnrolmentTransition>;
  id: Scalars['ID']['output'];
  /** Undecided past its due date. */
  late: Scalars['Boolean']['output'];
  list: EnrolmentList;
  observations: Array<EnrolmentObservation>;
  /** L. 241/1990 art. 10-bis: end of the 10 days for the person's observations after a pre-rejection notice. */
  observationsDueOn?: Maybe<Scalars['Date']['output']>;
  person: Person;
  /** Province of the CPI that keeps the list. */
  province: Scalars['String']['output'];
  /** The day seniority on the list runs from: the acceptance, or the origin's when a move keeps it (dated ranking criteria). */
  seniorityFrom?: Maybe<Scalars['Date']['output']>;
  status: EnrolmentStatus;
  submittedOn: Scalars['Date']['output'];
  /** The enrolment on another province's list this one continues (L. 68/1999 art. 8 c.1), when it was moved here. */
  transferredFrom?: Maybe<Enrolment>;
};

/** The disability or art. 18 assessment as a new document states it. */
export type EnrolmentAssessmentInput = {
  category: EnrolmentCategory;
  commissionReportDate?: InputMaybe<Scalars['Date']['input']>;
  commissionReportRef?: InputMaybe<Scalars['String']['input']>;
  invalidityPercent?: InputMaybe<Scalars['Int']['input']>;
  pensionCategory?: InputMaybe<Scalars['Int']['input']>;
  psychicOrIntellectual?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EnrolmentCategory =
  /** Art. 1 c.1 lett. c. */
  | 'BLIND'
  /** L. 68/1999 art. 1 c.1 lett. a: civil invalids above 45%. */
  | 'CIVIL_INVALID'
  | 'CIVIL_WAR_INVALID'
  | 'DEAF'
  | 'FAMILY_OF_SEVERELY_DISABLED'
  | 'OTHER_ART18'
  | 'REPATRIATED_REFUGEE'
  | 'SERVICE_INVALID'
  /** Art. 18 c.2 categories, enrolled in their own list. */
  | 'SURVIVOR_OF_WORK_WAR_OR_SERVICE_DEATH'
  /** Vittime del dovere (L. 266/2005 art. 1 c.563-564) and their family members: as above, even when employed. */
  | 'VICTIM_OF_DUTY'
  /** L. 407/1998 art. 1 c.2 as amended: victims (or the family member enrolling in their stead) enrol even when employed. */
  | 'VICTIM_OF_TERRORISM_OR_ORGANISED_CRIME'
  /** Art. 1 c.1 lett. d: war, civil war and service invalids, categories 1 to 8. */
  | 'WAR_INVALID'
  /** Art. 1 c.1 lett. b: work invalids (INAIL) above 33%. */
  | 'WORK_INVALID';

export type EnrolmentDecisionInput = {
  /** PRE_REJECTED only: the day the person received the notice (default: on). */
  noticeReceivedOn?: InputMaybe<Scalars['Date']['input']>;
  on: Scalars['Date']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: EnrolmentStatus;
};

export type EnrolmentDocument = {
  __typename?: 'EnrolmentDocument';
  kind: DocumentKind;
  presentedOn: Scalars['Date']['output'];
  reference: Scalars['String']['output'];
};

export type EnrolmentDocumentInput = {
  kind: DocumentKind;
  presentedOn: Scalars['Date']['input'];
  reference: Scalars['String']['input'];
};

export type EnrolmentImportInput = {
  category: EnrolmentCategory;
  commissionReportDate?: InputMaybe<Scalars['Date']['input']>;
  commissionReportRef?: InputMaybe<Scalars['String']['input']>;
  decisions?: InputMaybe<Array<EnrolmentDecisionInput>>;
  documents?: InputMaybe<Array<EnrolmentDocumentInput>>;
  invalidityPercent?: InputMaybe<Scalars['Int']['input']>;
  list: EnrolmentList;
  pensionCategory?: InputMaybe<Scalars['Int']['input']>;
  psychicOrIntellectual?: InputMaybe<Scalars['Boolean']['input']>;
  submittedOn: Scalars['Date']['input'];
};

/** The list a person enrols in (L. 68/1999): art. 1 and 8 for people with disabilities, art. 18 c.2 for the other protected categories. */
export type EnrolmentList =
  | 'ART18'
  | 'DISABILITY';

export type EnrolmentObservation = {
  __typename?: 'EnrolmentObservation';
  receivedOn: Scalars['Date']['output'];
  recordedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Iscrizione al collocamento mirato: where the application stands (seed 001, outputs of the enrolment service). */
export type EnrolmentStatus =
  /** Accepted: the person is on the list (comunicazione di accoglimento). */
  | 'ACCEPTED'
  /** Removed from the list (e.g. the person was hired or withdrew). */
  | 'CANCELLED'
  /** Pre-rejection notice under L. 241/1990 art. 10-bis sent; the person may send observations. */
  | 'PRE_REJECTED'
  /** Final rejection with reasons. */
  | 'REJECTED'
  /** Application received (ricevuta di presentazione). */
  | 'SUBMITTED';

/**
 * A move of an L. 68/1999 enrolment to another province's list (art. 8 c.1 as amended by D.Lgs. 151/2015: "previa
 * cancellazione dall'elenco in cui era precedentemente iscritto"). Seen by the CPIs of the two provinces only.
 */
export type EnrolmentTransfer = {
  __typename?: 'EnrolmentTransfer';
  /** Who refused or withdrew it. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** The day a pending move was refused or withdrawn, and why (the enrolment stays where it was). */
  closedOn?: Maybe<Scalars['Date']['output']>;
  closedReason?: Maybe<Scalars['String']['output']>;
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** The enrolment at the destination, once completed. */
  enrolment?: Maybe<Enrolment>;
  fromProvince: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  list: EnrolmentList;
  /** Null until the caller may see the person (the receiving CPI once the move is completed). */
  person?: Maybe<Person>;
  requestedBy: Scalars['String']['output'];
  requestedOn: Scalars['Date']['output'];
  status: EnrolmentTransferStatus;
  toProvince: Scalars['String']['output'];
};

export type EnrolmentTransferStatus =
  /** Cancelled at the origin and accepted at the destination on completedOn. */
  | 'COMPLETED'
  /** Asked by the receiving CPI; the CPI that keeps the list has not yet cancelled and moved it. */
  | 'PENDING'
  /** Refused by the receiving CPI (refuseEnrolmentTransfer) before it was completed, with a reason: nothing moved. */
  | 'REFUSED'
  /** Withdrawn by the CPI that keeps the list (withdrawEnrolmentTransfer) before it was completed, with a reason: nothing moved. */
  | 'WITHDRAWN';

export type EnrolmentTransition = {
  __typename?: 'EnrolmentTransition';
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  byOrganisation?: Maybe<Scalars['String']['output']>;
  from?: Maybe<EnrolmentStatus>;
  /** The legal date of the act (receipt of the application, acceptance notice, pre-rejection notice, rejection): seed 001's outputs. */
  on: Scalars['Date']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  to: EnrolmentStatus;
};

/** Workers kept out of the computation base by one rule. */
export type ExcludedWorkers = {
  __typename?: 'ExcludedWorkers';
  article: Scalars['String']['output'];
  /** Heads, not full-time equivalents. */
  count: Scalars['Int']['output'];
  /** Stable rule id, e.g. L68_ART4_C1_FIXED_TERM_6_MONTHS. */
  rule: Scalars['String']['output'];
};

export type ExclusionReason =
  /** The site is farther than the maximum distance the person stated. */
  | 'BEYOND_STATED_DISTANCE'
  /** A job demand is among the activities the functional profile says to avoid. */
  | 'INCOMPATIBLE_DEMAND'
  /** No functional profile: compatibility with the job's demands cannot be established. */
  | 'NO_FUNCTIONAL_PROFILE';

/** Esonero parziale (L. 68/1999 art. 5 c.3), authorised by a CPI for one province. */
export type Exemption = {
  __typename?: 'Exemption';
  /** EUR over the whole period (per working day per exempted position); null when no amount is configured for part of it. */
  contribution?: Maybe<Scalars['Float']['output']>;
  contributionExplanation: Scalars['String']['output'];
  employer: Employer;
  id: Scalars['ID']['output'];
  /** Share of the disability quota exempted: at most 60 (80 in security/vigilance and private transport). */
  percentage: Scalars['Int']['output'];
  /** Exempted positions: the percentage of the quota, rounded down. */
  positions: Scalars['Int']['output'];
  province: Scalars['String']['output'];
  /** The province's disability quota the percentage applied to, from the report valid at validFrom. */
  quota: Scalars['Int']['output'];
  reportVersion: Scalars['Int']['output'];
  reportYear: Scalars['Int']['output'];
  securityOrTransportSector: Scalars['Boolean']['output'];
  validFrom: Scalars['Date']['output'];
  validTo: Scalars['Date']['output'];
  workingDays: Scalars['Int']['output'];
};

export type ExtendInternshipInput = {
  /** The day the extension was agreed: not in the future, from the start up to the current end. */
  agreedOn: Scalars['Date']['input'];
  internshipId: Scalars['ID']['input'];
  /** After the current end; the whole internship, from its start, within maxDurationMonths. */
  newEndOn: Scalars['Date']['input'];
  /** Why the internship needs more time (1 to 1000 characters). */
  reason: Scalars['String']['input'];
};

export type FeedbackOutcome =
  | 'REJECTED'
  | 'SELECTED';

export type FileReferralRequestInput = {
  /** Without a vacancy: the list drawn from. */
  category?: InputMaybe<ProtectedCategory>;
  employerId: Scalars['ID']['input'];
  /** A retry with the same key (from the same organisation) answers the request already filed. */
  idempotencyKey: Scalars['String']['input'];
  kind: ReferralKind;
  /** NOMINATIVE: the fiscal codes of the people named, one per position. */
  nominees?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 50; NOMINATIVE: one per person named. */
  positions: Scalars['Int']['input'];
  /** Without a vacancy: the province of the CPI asked (where the employer is present). */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Without a vacancy: the qualification asked (1 to 200 characters); with one, its title when absent. */
  qualification?: InputMaybe<Scalars['String']['input']>;
  /** The vacancy the request is for (open, of the employer, reserved for a protected category): it gives the province, the category and the qualification. */
  vacancyId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Monitoraggio post-inserimento: a check 3, 6 or 12 calendar months after the start of a placement of whether the
 * person is still employed, and by the same employer.
 */
export type FollowUp = {
  __typename?: 'FollowUp';
  checkedOn: Scalars['Date']['output'];
  /** Start date plus the milestone's calendar months, clamped to the month's end. */
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** 3, 6 or 12. */
  milestoneMonths: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  placement: Placement;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  /** Still employed by the placement's employer (false when not employed). */
  sameEmployer: Scalars['Boolean']['output'];
  stillEmployed: Scalars['Boolean']['output'];
};

/** A follow-up the caller should do: due on or before the asked date and not recorded. */
export type FollowUpDue = {
  __typename?: 'FollowUpDue';
  daysOverdue: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
  milestoneMonths: Scalars['Int']['output'];
  placement: Placement;
  status: FollowUpDueStatus;
};

export type FollowUpDueStatus =
  /** Due, within 30 days of its due date. */
  | 'DUE'
  /** More than 30 days past its due date and still not recorded. */
  | 'OVERDUE';

/**
 * The functional profile derived from the commission's report, for providers and matching: what the person can do,
 * not why. Seen by whoever sees the person, accredited bodies included.
 * Entries may be free text, but matching decides only on codes of the WHO International Classification of
 * Functioning, Disability and Health (ICF, WHO 2001), the vocabulary vacancies use for their job demands: write
 * activities as d-codes (e.g. d4300 Lifting, d4154 Maintaining a standing position) and workplace adjustments as
 * environmental-factor e-codes (e.g. e1351 Assistive products for employment). The list of codes in use is in
 * services/employers/src/reference/icf-vocabulary.ts.
 */
export type FunctionalProfile = {
  __typename?: 'FunctionalProfile';
  compatibleTasks: Array<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  residualCapacities: Array<Scalars['String']['output']>;
  /** Activities to avoid; an ICF d-code here excludes the person from any vacancy demanding that activity or one it contains or is contained in. */
  tasksToAvoid: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Adjustments the person needs; ICF e-codes are compared with the adjustments a vacancy's workplace has. */
  workplaceAdjustments: Array<Scalars['String']['output']>;
};

/** recordFunctionalProfile's input without the person (the row's). */
export type FunctionalProfileImportInput = {
  compatibleTasks?: Array<Scalars['String']['input']>;
  residualCapacities?: Array<Scalars['String']['input']>;
  tasksToAvoid?: Array<Scalars['String']['input']>;
  workplaceAdjustments?: Array<Scalars['String']['input']>;
};

export type FunctionalProfileInput = {
  compatibleTasks: Array<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  residualCapacities: Array<Scalars['String']['input']>;
  tasksToAvoid: Array<Scalars['String']['input']>;
  workplaceAdjustments: Array<Scalars['String']['input']>;
};

export type HandOverInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  on: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  takeInChargeId: Scalars['ID']['input'];
  toProviderId: Scalars['ID']['input'];
};

/** A refused row of a bulk call: what the single mutation would have answered for it. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** BAD_USER_INPUT, CONFLICT, RULE_VIOLATION, FORBIDDEN, NOT_FOUND */
  code: Scalars['String']['output'];
  /** Input field at fault, from the row, e.g. person.fiscalCode or enrolment.decisions[1].reason. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** Stable id of the rule broken, for RULE_VIOLATION and CONFLICT. */
  rule?: Maybe<Scalars['String']['output']>;
};

export type ImportRowStatus =
  | 'CREATED'
  | 'REJECTED';

/** A cell: null dimensions are summed over. When suppressed, people and every measure are null. */
export type IndicatorCell = {
  __typename?: 'IndicatorCell';
  measures: Array<IndicatorMeasure>;
  people?: Maybe<Scalars['Int']['output']>;
  /** YYYY, YYYY-Qn or YYYY-MM. */
  period: Scalars['String']['output'];
  provider?: Maybe<Provider>;
  providerKind?: Maybe<IndicatorProviderKind>;
  province?: Maybe<Scalars['String']['output']>;
  serviceCode?: Maybe<Scalars['String']['output']>;
  suppressed: Scalars['Boolean']['output'];
  suppression?: Maybe<IndicatorSuppression>;
  /** The target dimension the cell is split by (IndicatorQuery.groupBy), null when it counts all people. */
  targetDimension?: Maybe<IndicatorTargetDimension>;
  /**
   * The target group within it: SEX F, M; AGE_BAND UNDER_30, FROM_30_TO_54, FROM_55 (completed years on the day of
   * the event counted); LONG_TERM_UNEMPLOYED YES, NO (12 months or more in the unemployment status that day);
   * DISABILITY YES, NO (on the L. 68/1999 art. 1 list that day). NOT_RECORDED on every dimension: outcomes rows reported
   * before the groups were recorded with them.
   */
  targetGroup?: Maybe<Scalars['String']['output']>;
};

export type IndicatorDimension =
  /** Completed years on the day of the event counted (enrolledStock: the period's reference day): under 30, 30-54, 55 and over. */
  | 'AGE_BAND'
  /** On the L. 68/1999 art. 1 list that day (health data). */
  | 'DISABILITY'
  /** Unemployed 12 months or more by the DID that day (D.Lgs. 150/2015 art. 19; suspensions not counted). */
  | 'LONG_TERM_UNEMPLOYED'
  | 'PROVIDER'
  /** Implied by PROVIDER (a provider is of one kind). */
  | 'PROVIDER_KIND'
  | 'PROVINCE'
  /** Catalogue code of the service; only the families about services (services, paths) have it, the others ignore it. */
  | 'SERVICE'
  /**
   * Target dimensions (IndicatorTargetDimension), one at a time; only the families whose rows carry the person's
   * groups have them (enrolments, takenInCharge, enrolledStock; services, paths, firstService, placements,
   * placementRate, retention); the others (employerServices, internships, l68) answer BAD_USER_INPUT.
   */
  | 'SEX';

/** One measure family: its cells at the asked level, and the same cells as CSV. */
export type IndicatorFamily = {
  __typename?: 'IndicatorFamily';
  cells: Array<IndicatorCell>;
  /** CSV (';' separated, header row): period, province, provider_kind, provider, service_code, people, suppressed, suppression, then each measure; suppressed values empty. */
  csv: Scalars['String']['output'];
  /** What the people and each measure count, and by which date the period is taken. */
  definition: Scalars['String']['output'];
  measureNames: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type IndicatorGranularity =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type IndicatorMeasure = {
  __typename?: 'IndicatorMeasure';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorProviderKind =
  | 'ACCREDITED'
  | 'CPI'
  /** Recorded before the reporting organisation's kind was stored with the record. */
  | 'UNKNOWN';

/**
 * What the indicators are asked for. Periods are calendar months, quarters or years (Europe/Rome dates) that start
 * within [from, to]; cells are grouped by the dimensions listed, every other dimension summed. Filtering on a
 * province or a provider groups by it.
 */
export type IndicatorQuery = {
  from: Scalars['Date']['input'];
  granularity: IndicatorGranularity;
  groupBy?: InputMaybe<Array<IndicatorDimension>>;
  provider?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['Date']['input'];
};

export type IndicatorSuppression =
  /** Hidden so that no suppressed cell can be computed by difference from totals, coarser periods or other groupings. */
  | 'COMPLEMENTARY'
  /** The cell counts 1 to 4 people (DOMAIN.md Monitoring: threshold 5 for health-related data). */
  | 'PRIMARY';

/**
 * The indicator tables of one query (Query.indicators, outcomes); here the L. 68/1999 stock of acts a Region reports
 * (INAPP report to Parliament). Access as for every family: the Region reads the whole region suppressed, a CPI its
 * province unsuppressed; refused to accredited bodies (referrals, exemptions, agreements and suspensions are CPI acts).
 */
export type IndicatorTable = {
  __typename?: 'IndicatorTable';
  /**
   * When the outcomes families answered here were computed: the oldest of their snapshots (README "Indicators":
   * with INDICATORS_MAX_AGE_SECONDS set, lattices are kept and refreshed in the background, so figures may be up to
   * about twice that old), or now when they were computed for this request. The people families (enrolments,
   * takenInCharge) are always computed on request.
   */
  asOf: Scalars['DateTime']['output'];
  /**
   * Services to employers (area 4, 4A-4E) by delivery date, at the reporting provider, in the employer's province:
   * people counts EMPLOYERS served, the disclosure unit (a cell of 1-4 employers is suppressed); deliveries, hours.
   * Has SERVICE.
   */
  employerServices: IndicatorFamily;
  /**
   * People on the L. 68/1999 lists (either list) on the period's reference day: its last day, or today for the period
   * under way; in the enrolment's province: the stock (enrolments is the flow). Provider dimensions do not apply;
   * target dimensions on the reference day; refused to an accredited body.
   */
  enrolledStock?: Maybe<IndicatorFamily>;
  /**
   * Enrolments accepted in the period (date of the acceptance act), in the enrolment's province: people enrolled
   * (flow). Provider dimensions do not apply (cells at all providers only); refused to an accredited body.
   */
  enrolments?: Maybe<IndicatorFamily>;
  /**
   * People by the date of their first service on or after their enrolment was accepted (dates outcomes received
   * from people when the service was reported), at the provider that delivered it: people; medianDays.
   */
  firstService: IndicatorFamily;
  id: Scalars['ID']['output'];
  /**
   * Internships (tirocini, services 2Cc/3Bc) by start date, at the promoter: people; started, completed, interrupted,
   * attested (final attestation issued). Each sub-count is a count of people too and is suppressed like one.
   */
  internships: IndicatorFamily;
  /**
   * L. 68/1999 acts in the period, in the province of the act (no provider or target dimensions): requestsNominative,
   * requestsNumeric (art. 7 and 9 requests filed, by filing day); referredPeople, referralsNominative, referralsNumeric
   * (avviamenti, by referral day); hiredPeople, hiresNominative, hiresNumeric (referrals with outcome HIRED, by the
   * outcome's day); exemptions (art. 5 c.3), suspensions (art. 3 c.5), agreements (art. 11), by the day they start.
   * people: distinct people referred or hired. Referrals and hires count people on the lists (health data): a cell
   * with 1 to 4 in any of them is suppressed; counts of employers' acts are not about people.
   * sanctionedEmployers, sanctionsAccrued: employers with a sanction accrued in the period and the EUR accrued up to
   * today (art. 15 c.4 on the uncovered quota, in the quota's province; art. 15 c.1 on a late workforce report, in
   * the registered office's province): amounts the graph computes from its records with the rules of
   * Employer.obligationStatus and Query.lateWorkforceReports, not sanctions notified. Employers are not people:
   * they never make a cell suppressed.
   */
  l68?: Maybe<IndicatorFamily>;
  /**
   * Paths closed in the period (by closing date): people; closedPaths, withinStandard (closed with no rule of the
   * standard overridden), shareWithinStandard, averageHours per closed path (to compare with the standard's
   * pathMinMinutes/pathMaxMinutes, ServiceStandard.modalities). Has SERVICE.
   */
  paths: IndicatorFamily;
  /**
   * Cohort of people by take-in-charge start (as outcomes received it with the provider's reports; people with no
   * service reported by that provider are not in it), at that provider, counted once 6 months have passed:
   * people; placedWithin6Months (a placement starting within 6 months of the start), placementRate.
   */
  placementRate: IndicatorFamily;
  /** Placements by start date, at the reporting provider: people placed; placements, quotaPlacements. */
  placements: IndicatorFamily;
  /**
   * Placements by start date, at the reporting provider, once 6 months have passed: people; placements6, employed6
   * (its 6-month follow-up says still employed), notEmployed6 (the follow-up says not, or the placement ended before
   * the milestone), unknown6 (neither recorded), retention6 = employed6 / (employed6 + notEmployed6); the same at
   * 12 months over the placements whose 12 months have passed.
   */
  retention: IndicatorFamily;
  /** Deliveries by delivery date: people served; deliveries, hours, outputs (output codes produced). Has SERVICE. */
  services: IndicatorFamily;
  /**
   * Take-in-charges whose definition came to hold in the period (DID: the first declaration on record, Person.unemploymentEvents;
   * assessment: a quantitative profiling; basic orientation: a qualitative profiling; a signed pact), counted on the
   * day the last of them and the start are there, in the person's province of residence, at the provider: people;
   * takeInCharges.
   */
  takenInCharge?: Maybe<IndicatorFamily>;
};

/**
 * The target groups of the national monitoring (women, under 30, over 55, long-term unemployed, disabled), each a
 * split of the same total: a table is split by one at a time.
 */
export type IndicatorTargetDimension =
  | 'AGE_BAND'
  /** Health data (GDPR art. 9): the Region reads it only suppressed, like every cell (threshold 5). */
  | 'DISABILITY'
  | 'LONG_TERM_UNEMPLOYED'
  | 'SEX';

/**
 * Tirocinio extracurriculare promoted by a CPI or an accredited body (the promoter, accredited for the service that
 * delivers it: 2Cc, or 3Bc in area 3) and hosted by an employer. Seen by the promoter, a CPI of the person's province,
 * the host employer (no health data is held here) and the person; the Region reads indicators only.
 */
export type Internship = {
  __typename?: 'Internship';
  /** The agreement's reference (protocol number) and the day it was signed. */
  agreementReference: Scalars['String']['output'];
  agreementSignedOn: Scalars['Date']['output'];
  attestation?: Maybe<InternshipAttestation>;
  /** The day it is due to end: the project's planned end, or the new end of its last extension (null before the project). */
  currentEndOn?: Maybe<Scalars['Date']['output']>;
  /** The promoter's reports of the internship's service for the person (interviews and tutoring), the caller may see. */
  deliveries: Array<ServiceDelivery>;
  dossier: Array<InternshipDossierEntry>;
  endNote?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<InternshipEndReason>;
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Extensions (proroghe), oldest first: the end dates' history; the project keeps the end it was approved with. */
  extensions: Array<InternshipExtension>;
  host: Employer;
  id: Scalars['ID']['output'];
  /** Months the internship may last for this person, decided when the agreement was recorded (12 or 24). */
  maxDurationMonths: Scalars['Int']['output'];
  /** Null when the caller may not see this record in the service that owns it (as for a record that does not exist). */
  person?: Maybe<Person>;
  /** Hires recorded as following from this internship. */
  placements: Array<Placement>;
  project?: Maybe<InternshipProject>;
  promoter: Provider;
  /** 2Cc or 3Bc. */
  serviceStandard: ServiceStandard;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status: InternshipStatus;
};

/**
 * Attestazione finale (seed 003 2Cc/3Bc): the project's objectives, the activities done and the results achieved, issued
 * after a completed internship on the basis of the project and the dossier (seed 004).
 */
export type InternshipAttestation = {
  __typename?: 'InternshipAttestation';
  activities: Scalars['String']['output'];
  issuedBy: Scalars['String']['output'];
  issuedOn: Scalars['Date']['output'];
  objectives: Array<Scalars['String']['output']>;
  results: Scalars['String']['output'];
};

/** An entry of the intern's individual dossier (dossier individuale): what was done on a day, the competences it shows. */
export type InternshipDossierEntry = {
  __typename?: 'InternshipDossierEntry';
  activity: Scalars['String']['output'];
  competences: Array<Scalars['String']['output']>;
  entryOn: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
};

export type InternshipEndReason =
  | 'COMPLETED'
  | 'INTERRUPTED';

/**
 * Proroga: the promoter moved a started internship's end later, agreed with the host and the intern on or before the
 * end it extends, with the reason; never changed once recorded.
 */
export type InternshipExtension = {
  __typename?: 'InternshipExtension';
  agreedOn: Scalars['Date']['output'];
  newEndOn: Scalars['Date']['output'];
  previousEndOn: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
};

/**
 * Progetto formativo individuale: objectives, duration, weekly hours and the two tutors. Duration at most 12 months,
 * 24 for a person with a disability (national guidelines of 25 May 2017, par. 4).
 */
export type InternshipProject = {
  __typename?: 'InternshipProject';
  approvedOn: Scalars['Date']['output'];
  hostTutor: InternshipTutor;
  objectives: Array<Scalars['String']['output']>;
  plannedEndOn: Scalars['Date']['output'];
  plannedStartOn: Scalars['Date']['output'];
  promoterTutor: InternshipTutor;
  weeklyHours: Scalars['Float']['output'];
};

export type InternshipStatus =
  /** The agreement between promoter and host is signed (convenzione di tirocinio). */
  | 'AGREED'
  /** Ended as planned (or earlier, having reached its objectives); the attestation may be issued. */
  | 'COMPLETED'
  /** Ended before its term for a reason stated in the note; no attestation. */
  | 'INTERRUPTED'
  /** The individual training project is approved (progetto formativo individuale). */
  | 'PROJECT_APPROVED'
  | 'STARTED';

/** A tutor named by the training project: the promoter's and the host's. */
export type InternshipTutor = {
  __typename?: 'InternshipTutor';
  name: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
};

export type InternshipTutorInput = {
  name: Scalars['String']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

export type IssueInternshipAttestationInput = {
  activities: Scalars['String']['input'];
  internshipId: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  results: Scalars['String']['input'];
};

/**
 * The job profile of a vacancy: tasks and their physical and cognitive demands, workplace adjustments available
 * (ICF environmental-factor codes, chapter e, e.g. e1351 Assistive products for employment, e150 accessible building),
 * ESCO skills required, hours, shifts, contract and the site where the work is done.
 */
export type JobProfile = {
  __typename?: 'JobProfile';
  adjustmentsAvailable: Array<Scalars['String']['output']>;
  contract: ContractKind;
  /** Every demand of every task, once. */
  demands: Array<Scalars['String']['output']>;
  /** ESCO skill codes (URIs or their last segment). */
  requiredSkills: Array<Scalars['String']['output']>;
  shifts: Array<Shift>;
  site: EmployerSite;
  tasks: Array<JobTask>;
  weeklyHours: Scalars['Int']['output'];
};

export type JobProfileInput = {
  adjustmentsAvailable?: InputMaybe<Array<Scalars['String']['input']>>;
  contract: ContractKind;
  requiredSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  shifts?: InputMaybe<Array<Shift>>;
  siteId: Scalars['ID']['input'];
  tasks: Array<JobTaskInput>;
  /** 1 to 48 (D.Lgs. 66/2003 art. 4). */
  weeklyHours: Scalars['Int']['input'];
};

/**
 * A task of the job with what it demands of the worker, as ICF activity codes (WHO International Classification of
 * Functioning, Disability and Health, 2001, chapter d; e.g. d4300 Lifting, d4154 Maintaining a standing position,
 * d440 Fine hand use, d475 Driving, d240 Handling stress). Functional profiles use the same codes for the tasks to
 * avoid, so compatibility is decided code by code: a demand the person must avoid (or one containing it, or contained
 * in it) excludes the person from the shortlist. Only the codes in services/employers/src/reference/icf-vocabulary.ts
 * are accepted.
 */
export type JobTask = {
  __typename?: 'JobTask';
  demands: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
};

export type JobTaskInput = {
  /** ICF activity codes (see JobTask). */
  demands: Array<Scalars['String']['input']>;
  description: Scalars['String']['input'];
};

/** An amount of L. 68/1999 as dated configuration: the rules price each day at the amount valid on it. */
export type L68Amount = {
  __typename?: 'L68Amount';
  euros: Scalars['Float']['output'];
  kind: L68AmountKind;
  source: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type L68AmountKind =
  /** L. 68/1999 art. 5 c.3: exemption contribution per working day per exempted position. */
  | 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY'
  /** L. 68/1999 art. 15 c.1: fixed part of the late-report sanction. */
  | 'LATE_REPORT_FIXED'
  /** L. 68/1999 art. 15 c.1: per day of delay. */
  | 'LATE_REPORT_PER_DAY'
  /** L. 68/1999 art. 15 c.4: per working day per uncovered position, after the 60-day deadline. */
  | 'UNCOVERED_POSITION_PER_WORKING_DAY';

/** An employer's obligation under L. 68/1999 arts. 3, 4, 5 and 18, with the reasoning line by line. */
export type L68Obligation = {
  __typename?: 'L68Obligation';
  art18Covered: Scalars['Float']['output'];
  /** Art. 18 c.2 quota. */
  art18Quota: Scalars['Int']['output'];
  art18Uncovered: Scalars['Int']['output'];
  byProvince: Array<ProvinceObligation>;
  computationBase: Scalars['Int']['output'];
  disabledCovered: Scalars['Float']['output'];
  /** Disability quota (art. 3 c.1). */
  disabledQuota: Scalars['Int']['output'];
  /** Positions to fill nationally, surpluses in one province offsetting shortfalls in another (art. 5 c.8). */
  disabledUncovered: Scalars['Int']['output'];
  excluded: Array<ExcludedWorkers>;
  /** Each step of the computation, citing its source. */
  explanation: Array<Scalars['String']['output']>;
};

export type LanguageSkill = {
  __typename?: 'LanguageSkill';
  /** ISO 639-1 code. */
  language: Scalars['String']['output'];
  /** CEFR level A1-C2. */
  level: Scalars['String']['output'];
};

export type LanguageSkillInput = {
  language: Scalars['String']['input'];
  level: Scalars['String']['input'];
};

/** A yearly report missing or submitted after 31 January, with the sanction of L. 68/1999 art. 15 c.1. */
export type LateWorkforceReport = {
  __typename?: 'LateWorkforceReport';
  daysLate: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
  employer: Employer;
  explanation: Scalars['String']['output'];
  sanction?: Maybe<Scalars['Float']['output']>;
  submittedOn?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

/** A national essential service level (LEP, DM 4/2018 Annex B; seeds 001 and 004). */
export type LepService = {
  __typename?: 'LepService';
  activities: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  letter?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  standards: Array<ServiceStandard>;
  title: Scalars['String']['output'];
};

export type MatchingCriterion =
  /** Great-circle distance from the residence municipality to the site's, against the person's stated maximum (50 km when none is stated). */
  | 'DISTANCE'
  /** Weekly hours and shifts against the person's stated availability. */
  | 'HOURS_AND_SHIFTS'
  /** Position on the L. 68/1999 ranking list on the shortlist's reference date. */
  | 'RANKING'
  /** Occupation (ISTAT CP2011 or ESCO code of the vacancy in the person's experiences and skills) and required ESCO skills. */
  | 'SKILLS';

/**
 * One person on the ranking list, with the place on it, for matching a vacancy (the employers subgraph asks for the
 * person's residence, functional profile and professional record alongside, in the same call).
 */
export type MatchingFacts = {
  __typename?: 'MatchingFacts';
  person: Person;
  /** Position on the ranking list on the reference date (1 = first). */
  rankingPosition: Scalars['Int']['output'];
  /** How many people are on the list on that date. */
  rankingSize: Scalars['Int']['output'];
};

/** Whether minMinutes/maxMinutes bound each session or the whole path (the sum of its sessions). */
export type MinutesScope =
  | 'PATH'
  | 'SESSION';

/** A way of delivering a service with its duration bounds. Durations are integer minutes; null where the source sets no bound. */
export type Modality = {
  __typename?: 'Modality';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  kind: ModalityKind;
  maxMinutes?: Maybe<Scalars['Int']['output']>;
  maxSessions?: Maybe<Scalars['Int']['output']>;
  /** Longest span of the path in calendar months from its first session (2Bb: "massimo 2 mesi", 1 July to 1 September). */
  maxSpanMonths?: Maybe<Scalars['Int']['output']>;
  minMinutes?: Maybe<Scalars['Int']['output']>;
  minSessions?: Maybe<Scalars['Int']['output']>;
  minutesScope: MinutesScope;
  pathMaxMinutes?: Maybe<Scalars['Int']['output']>;
  /** When the source bounds both each session and the whole path: the path bound (min/maxMinutes then bound each session). */
  pathMinMinutes?: Maybe<Scalars['Int']['output']>;
  /** The sentence of the source this modality comes from. */
  sourceText: Scalars['String']['output'];
};

export type ModalityKind =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'IN_COMPANY'
  | 'OTHER'
  | 'REMOTE'
  | 'SELF_SERVICE'
  | 'SEMINAR';

export type Mutation = {
  __typename?: 'Mutation';
  addInternshipDossierEntry: Internship;
  /**
   * The steps after the agreement, by the promoter or a CPI of the person's province, in order (RULE_VIOLATION
   * INTERNSHIP_STEP_OUT_OF_ORDER otherwise). The same step sent again returns the internship; a different one is a
   * CONFLICT.
   */
  approveInternshipProject: Internship;
  authorisePartialExemption: Exemption;
  /**
   * Matching: the CPI of the vacancy's province ranks the people on the ranking list of the vacancy's protected
   * category (asked to the people subgraph in one call) and keeps the result as a shortlist, not yet sent.
   * Refused with RULE_VIOLATION (extensions.rule) MATCHING_VACANCY_NOT_OPEN, MATCHING_VACANCY_NOT_PROTECTED or
   * MATCHING_NO_JOB_PROFILE.
   */
  buildShortlist: Shortlist;
  /**
   * Withdraws a report made in error, by the provider that reported it or the CPI of the employer's province, with the
   * reason: the report stays (cancellation set), stops counting, and the service may be reported again. The same
   * withdrawal again returns the report; another reason for a withdrawn one is a CONFLICT.
   */
  cancelEmployerServiceDelivery: EmployerServiceDelivery;
  changeEnrolmentStatus: Enrolment;
  /** Closes an open path: its minimum bounds (total minutes, sessions) are checked now. */
  closeServicePath: ServicePath;
  closeVacancy: Vacancy;
  /** The CPI that keeps the list cancels the enrolment there and enrols the person at the destination, the same day. */
  completeEnrolmentTransfer: EnrolmentTransfer;
  /**
   * The employer, or a CPI of the employer's province, confirms that a pending hire counts toward the employer's
   * quota. Confirming a confirmed one returns it unchanged; RULE_VIOLATION QUOTA_PLACEMENT_NOT_COUNTING for a hire
   * recorded as not counting; NOT_FOUND when the caller cannot see the placement.
   */
  confirmQuotaPlacement: Placement;
  /** Records a DID (D.Lgs. 150/2015 art. 19 c.1): the CPI of the person's province; CONFLICT while a status holds. */
  declareUnemployment: Person;
  endInternship: Internship;
  /**
   * Records the end of a placement (never deletes it): by the organisation that recorded it or a CPI of the person's
   * province. The same end sent again returns the placement; a different one is a CONFLICT.
   */
  endPlacement: Placement;
  endTakeInCharge: TakeInCharge;
  /**
   * Proroga: the promoter moves a started internship's end later (RULE_VIOLATION INTERNSHIP_MAX_DURATION beyond the
   * maximum, INTERNSHIP_EXTENSION_AFTER_END when agreed after the current end). The same extension again returns the
   * internship; the same new end with another reason is a CONFLICT.
   */
  extendInternship: Internship;
  /**
   * The employer files a referral request (richiesta di avviamento, L. 68/1999 arts. 7, 9): NOMINATIVE naming people of
   * the list (RULE_VIOLATION REFERRAL_NOMINATIVE_NOT_ALLOWED for a public administration, art. 7 c.2) or NUMERIC. The
   * CPI of the province opens a NUMERIC one itself only after the 60-day term (REFERRAL_TERM_NOT_EXPIRED,
   * REFERRAL_NO_UNCOVERED_POSITION, REFERRAL_OBLIGATION_SUSPENDED).
   */
  fileReferralRequest: ReferralRequest;
  /** Hands a person over to another provider: ends the current take-in-charge and starts the new one, in one step. */
  handOverTakeInCharge: TakeInCharge;
  /**
   * Bulk loading (a province's first migration, the demo region): at most 200 employers per call, each checked as
   * registerEmployer checks it (a CPI for employers present in its province, the Region anywhere). One result per row,
   * in order: a rejected row is not written and stops nothing; the accepted rows are written together. A fiscal code
   * already registered, or twice in the call, is CONFLICT, so a re-sent call writes nothing twice.
   */
  importEmployers: Array<EmployerImportResult>;
  /**
   * Bulk loading (a province's first migration from its old system, the demo region): at most 200 people per call,
   * each with its enrolment and that enrolment's decisions, its take-in-charges and its matching profile, checked with
   * the rules of registerPerson, submitEnrolment, changeEnrolmentStatus, takeInCharge, recordFunctionalProfile and
   * saveProfessionalRecord. Only a CPI with scope people:write, for
   * people resident in its province; accepting an enrolment needs health:read, as changeEnrolmentStatus. One result
   * per row, in order: a rejected row is not written and stops nothing; the accepted rows are written together.
   */
  importPeople: Array<PersonImportResult>;
  /**
   * Bulk loading of service pacts: at most 200 rows per call, each one person's profilings, pact (signed or not) and
   * PAI, checked with the rules of the single mutations (recordQuantitativeProfiling, recordQualitativeProfiling,
   * saveServicePact, signServicePact, saveActionPlan); only the CPI of each person's province, as for those. One result
   * per row, in order: a rejected row is not written at all and stops nothing; the accepted rows are written together.
   * Each row adds new versions, as the single mutations do (not idempotent: a row sent again is a new version).
   */
  importServicePacts: Array<ServicePactImportResult>;
  /**
   * Bulk loading: at most 200 vacancies per call, each checked as openVacancy checks it (the employer itself, or the
   * CPI of the vacancy's province where the employer is present). One result per row, in order; the accepted rows are
   * written together. Not idempotent, as openVacancy: send a call once.
   */
  importVacancies: Array<VacancyImportResult>;
  /**
   * Bulk loading of workforce reports (at most 200 a call; README "Bulk loading"): each row checked and stored as
   * submitWorkforceReport would (same callers, a new version each), one result per row in order; a rejected row is not
   * written and stops nothing.
   */
  importWorkforceReports: Array<WorkforceReportImportResult>;
  /** After a completed internship only (seed 003: it states the results achieved). */
  issueInternshipAttestation: Internship;
  /** Opens a path before its first report (reports open one themselves when none is open); CONFLICT when one is open. */
  openServicePath: ServicePath;
  openVacancy: Vacancy;
  recordDisabilityDetails: Person;
  /** A certified disadvantage, recorded by the person's CPI. */
  recordDisadvantageCertification: Person;
  /** L. 241/1990 art. 10-bis: the person's observations after a pre-rejection notice. */
  recordEnrolmentObservation: Enrolment;
  /**
   * Records a 3/6/12-month follow-up: by the organisation that recorded the placement or a CPI of the person's
   * province. The same check sent again returns it; a different one for the same milestone is a CONFLICT.
   */
  recordFollowUp: FollowUp;
  recordFunctionalProfile: FunctionalProfile;
  recordPactCheck: ServicePact;
  /**
   * Recorded by a CPI or an accredited body. A hire counting toward the quota is PENDING (it counts nowhere) unless
   * the recorder is a CPI of the employer's province (registered office, or the vacancy's province).
   */
  recordPlacement: Placement;
  /**
   * Many placements at once (at most 200; README "Bulk loading"), by the callers of recordPlacement, each row checked
   * and recorded as recordPlacement would (the idempotency keys decide the duplicates, so a batch sent again is
   * harmless); a result per row, a rejected row stops nothing.
   */
  recordPlacements: Array<PlacementBatchResult>;
  recordQualitativeProfiling: QualitativeProfiling;
  /** Records a score computed by the national profiling model, with its inputs (a new version). */
  recordQuantitativeProfiling: QuantitativeProfiling;
  recordRankingFacts: Person;
  /**
   * The employer (or the CPI of the province on its behalf) records the outcome of a referral, once: HIRED names the
   * placement recorded in outcomes; NOT_HIRED a reason from the closed list. Recording the same outcome again answers
   * it; a different one is a CONFLICT.
   */
  recordReferralOutcome: Referral;
  /** The employer (or the CPI on its behalf) records its answer about a candidate; RULE_VIOLATION MATCHING_FEEDBACK_BEFORE_SENDING until the shortlist is sent. */
  recordShortlistFeedback: ShortlistCandidate;
  /** Records the loss of the status (D.Lgs. 150/2015 art. 21 c.7, or the person's withdrawal). */
  recordUnemploymentLoss: Person;
  /** Records work that keeps, suspends (art. 19 c.3) or ends the status (D.L. 4/2019 art. 4 c.15-quater). */
  recordWorkContract: Person;
  /**
   * The CPI of the request's province refers people from the ranking list (avviamento): NUMERIC in ranking order,
   * NOMINATIVE the people named, each on the list; nobody awaiting another outcome. Answers the request with its
   * referrals. RULE_VIOLATION REFERRAL_NO_OPEN_POSITION, REFERRAL_LIST_EXHAUSTED, REFERRAL_NOMINEE_NOT_ON_LIST,
   * REFERRAL_NOMINEE_AWAITING_OUTCOME.
   */
  referFromRankingList: ReferralRequest;
  /** The receiving CPI refuses a pending move (e.g. the person is not resident or did not come back): nothing moves. */
  refuseEnrolmentTransfer: EnrolmentTransfer;
  registerEmployer: Employer;
  registerPerson: Person;
  /** Region only: registers a CPI office or accredited body with its accreditation scope. */
  registerProvider: Provider;
  /**
   * Many reports of services to employers at once (at most 500), each checked as reportEmployerServiceDelivery does
   * and written in its own transaction, a result per row; the employers and catalogue are asked once per batch.
   */
  reportEmployerServiceDeliveries: Array<EmployerServiceBatchRowResult>;
  /**
   * A service of area 4 (4A-4E) delivered to an employer, reported by the CPI of the employer's province or by an
   * accredited body accredited for the service on the date; checked against the modality's bounds (seed 003).
   */
  reportEmployerServiceDelivery: EmployerServiceDelivery;
  /** Many reports at once (at most 500): each row checked and written in its own transaction, a result per row. */
  reportServiceDeliveries: Array<BatchRowResult>;
  /** Reported by the caller's own organisation (a CPI or accredited body). */
  reportServiceDelivery: ServiceDelivery;
  /**
   * The receiving CPI asks to move a person's enrolment from another province's list (L. 68/1999 art. 8 c.1). Only a
   * CPI may ask (it may lawfully learn, through the national system, that a person is enrolled elsewhere).
   */
  requestEnrolmentTransfer: EnrolmentTransfer;
  /** Saves a new version of the PAI; every planned service is checked against the catalogue. */
  saveActionPlan: ActionPlan;
  /** Saves a new version of the professional record. */
  saveProfessionalRecord: ProfessionalRecord;
  /** Saves a new version of the person's pact, as a draft. */
  saveServicePact: ServicePact;
  /** The CPI sends the shortlist to the employer (once); from then on the employer sees it. */
  sendShortlist: Shortlist;
  /**
   * Sets or replaces the job profile of an open vacancy (a CPI operator or the employer itself), checked like the one
   * given at opening. Shortlists already built keep the candidates they were built with.
   */
  setVacancyJobProfile: Vacancy;
  signAgreement: Agreement;
  /**
   * The promoter (a CPI or an accredited body accredited for the service on the day, with the person in charge when
   * accredited) records the agreement signed with the host employer. A retry with the same key returns the first.
   */
  signInternshipAgreement: Internship;
  /** Signs a pact version; refused (RULE_VIOLATION) naming each mandatory element it lacks. */
  signServicePact: ServicePact;
  startInternship: Internship;
  submitEnrolment: Enrolment;
  submitWorkforceReport: WorkforceReport;
  suspendObligation: Suspension;
  takeInCharge: TakeInCharge;
  /** The CPI that keeps the list withdraws a pending move (e.g. the person changed their mind): nothing moves. */
  withdrawEnrolmentTransfer: EnrolmentTransfer;
};


export type MutationAddInternshipDossierEntryArgs = {
  input: AddInternshipDossierEntryInput;
};


export type MutationApproveInternshipProjectArgs = {
  input: ApproveInternshipProjectInput;
};


export type MutationAuthorisePartialExemptionArgs = {
  input: AuthorisePartialExemptionInput;
};


export type MutationBuildShortlistArgs = {
  input: BuildShortlistInput;
};


export type MutationCancelEmployerServiceDeliveryArgs = {
  input: CancelEmployerServiceDeliveryInput;
};


export type MutationChangeEnrolmentStatusArgs = {
  input: ChangeEnrolmentStatusInput;
};


export type MutationCloseServicePathArgs = {
  input: CloseServicePathInput;
};


export type MutationCloseVacancyArgs = {
  id: Scalars['ID']['input'];
  on: Scalars['Date']['input'];
};


export type MutationCompleteEnrolmentTransferArgs = {
  input: CompleteEnrolmentTransferInput;
};


export type MutationConfirmQuotaPlacementArgs = {
  placementId: Scalars['ID']['input'];
};


export type MutationDeclareUnemploymentArgs = {
  input: DeclareUnemploymentInput;
};


export type MutationEndInternshipArgs = {
  input: EndInternshipInput;
};


export type MutationEndPlacementArgs = {
  input: EndPlacementInput;
};


export type MutationEndTakeInChargeArgs = {
  input: EndTakeInChargeInput;
};


export type MutationExtendInternshipArgs = {
  input: ExtendInternshipInput;
};


export type MutationFileReferralRequestArgs = {
  input: FileReferralRequestInput;
};


export type MutationHandOverTakeInChargeArgs = {
  input: HandOverInput;
};


export type MutationImportEmployersArgs = {
  rows: Array<RegisterEmployerInput>;
};


export type MutationImportPeopleArgs = {
  rows: Array<PersonImportInput>;
};


export type MutationImportServicePactsArgs = {
  rows: Array<ServicePactImportInput>;
};


export type MutationImportVacanciesArgs = {
  rows: Array<OpenVacancyInput>;
};


export type MutationImportWorkforceReportsArgs = {
  rows: Array<SubmitWorkforceReportInput>;
};


export type MutationIssueInternshipAttestationArgs = {
  input: IssueInternshipAttestationInput;
};


export type MutationOpenServicePathArgs = {
  input: OpenServicePathInput;
};


export type MutationOpenVacancyArgs = {
  input: OpenVacancyInput;
};


export type MutationRecordDisabilityDetailsArgs = {
  input: DisabilityDetailsInput;
};


export type MutationRecordDisadvantageCertificationArgs = {
  input: DisadvantageCertificationInput;
};


export type MutationRecordEnrolmentObservationArgs = {
  input: RecordObservationInput;
};


export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


export type MutationRecordFunctionalProfileArgs = {
  input: FunctionalProfileInput;
};


export type MutationRecordPactCheckArgs = {
  input: PactCheckInput;
};


export type MutationRecordPlacementArgs = {
  input: RecordPlacementInput;
};


export type MutationRecordPlacementsArgs = {
  rows: Array<RecordPlacementInput>;
};


export type MutationRecordQualitativeProfilingArgs = {
  input: QualitativeProfilingInput;
};


export type MutationRecordQuantitativeProfilingArgs = {
  input: QuantitativeProfilingInput;
};


export type MutationRecordRankingFactsArgs = {
  input: RankingFactsInput;
};


export type MutationRecordReferralOutcomeArgs = {
  input: RecordReferralOutcomeInput;
};


export type MutationRecordShortlistFeedbackArgs = {
  input: ShortlistFeedbackInput;
};


export type MutationRecordUnemploymentLossArgs = {
  input: UnemploymentLossInput;
};


export type MutationRecordWorkContractArgs = {
  input: WorkContractInput;
};


export type MutationReferFromRankingListArgs = {
  input: ReferFromRankingListInput;
};


export type MutationRefuseEnrolmentTransferArgs = {
  input: CloseEnrolmentTransferInput;
};


export type MutationRegisterEmployerArgs = {
  input: RegisterEmployerInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRegisterProviderArgs = {
  input: RegisterProviderInput;
};


export type MutationReportEmployerServiceDeliveriesArgs = {
  rows: Array<ReportEmployerServiceDeliveryInput>;
};


export type MutationReportEmployerServiceDeliveryArgs = {
  input: ReportEmployerServiceDeliveryInput;
};


export type MutationReportServiceDeliveriesArgs = {
  rows: Array<ReportServiceDeliveryInput>;
};


export type MutationReportServiceDeliveryArgs = {
  input: ReportServiceDeliveryInput;
};


export type MutationRequestEnrolmentTransferArgs = {
  input: RequestEnrolmentTransferInput;
};


export type MutationSaveActionPlanArgs = {
  input: ActionPlanInput;
};


export type MutationSaveProfessionalRecordArgs = {
  input: ProfessionalRecordInput;
};


export type MutationSaveServicePactArgs = {
  input: ServicePactInput;
};


export type MutationSendShortlistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetVacancyJobProfileArgs = {
  jobProfile: JobProfileInput;
  vacancyId: Scalars['ID']['input'];
};


export type MutationSignAgreementArgs = {
  input: SignAgreementInput;
};


export type MutationSignInternshipAgreementArgs = {
  input: SignInternshipAgreementInput;
};


export type MutationSignServicePactArgs = {
  pactId: Scalars['ID']['input'];
  signedOn: Scalars['Date']['input'];
};


export type MutationStartInternshipArgs = {
  input: StartInternshipInput;
};


export type MutationSubmitEnrolmentArgs = {
  input: SubmitEnrolmentInput;
};


export type MutationSubmitWorkforceReportArgs = {
  input: SubmitWorkforceReportInput;
};


export type MutationSuspendObligationArgs = {
  input: SuspendObligationInput;
};


export type MutationTakeInChargeArgs = {
  input: TakeInChargeInput;
};


export type MutationWithdrawEnrolmentTransferArgs = {
  input: CloseEnrolmentTransferInput;
};

/** The closed list of reasons a referred person is not hired, each the person's or not, justified or not. */
export type NotHiredReason =
  /** The duties are incompatible with the person's residual capacities: justified, nobody's refusal. */
  | 'DUTIES_INCOMPATIBLE'
  /** The employer did not hire without a listed reason: the position stays uncovered (art. 9 c.1, art. 15 c.4). */
  | 'EMPLOYER_REFUSED'
  /** Documented health reasons: justified. */
  | 'PERSON_DECLINED_HEALTH'
  /** The offer is not a suitable one (offerta congrua, D.Lgs. 150/2015 art. 25): justified. */
  | 'PERSON_DECLINED_OFFER_NOT_SUITABLE'
  /** The person declined without a reason: unjustified. */
  | 'PERSON_DECLINED_WITHOUT_REASON'
  /** The person did not appear: unjustified. */
  | 'PERSON_DID_NOT_APPEAR'
  /** Found unfit at the pre-employment medical check: justified, nobody's refusal. */
  | 'UNFIT_AT_PRE_EMPLOYMENT_CHECK';

/**
 * An employer's disability-quota obligation in one province on a date: from the latest version of the report valid on
 * that date, the quota hires recorded since in outcomes, exemptions, agreements and suspensions.
 */
export type ObligationStatus = {
  __typename?: 'ObligationStatus';
  /** EUR accrued from the deadline to the date; null when no amount is configured for part of it. */
  accruedSanction?: Maybe<Scalars['Float']['output']>;
  /** Null when no agreement is in force. */
  agreementKept?: Maybe<Scalars['Boolean']['output']>;
  covered: Scalars['Float']['output'];
  /** EUR accruing on the date (L. 68/1999 art. 15 c.4). */
  dailySanction?: Maybe<Scalars['Float']['output']>;
  employer: Employer;
  exemptedPositions: Scalars['Int']['output'];
  explanation: Array<Scalars['String']['output']>;
  /** Units covered by quota hires recorded in outcomes after the report's situation date and not ended. */
  hiredSinceReport: Scalars['Float']['output'];
  /** 60 days after uncoveredSince (L. 68/1999 art. 9 c.1; DPR 333/2000 art. 2 c.4). */
  hiringDeadline?: Maybe<Scalars['Date']['output']>;
  on: Scalars['Date']['output'];
  province: Scalars['String']['output'];
  quota: Scalars['Int']['output'];
  reportVersion?: Maybe<Scalars['Int']['output']>;
  reportYear?: Maybe<Scalars['Int']['output']>;
  reportedCovered: Scalars['Float']['output'];
  /** Uncovered minus exempted minus under a kept agreement; 0 while suspended. */
  sanctionablePositions: Scalars['Int']['output'];
  suspended: Scalars['Boolean']['output'];
  suspensionBasis?: Maybe<Scalars['String']['output']>;
  uncovered: Scalars['Int']['output'];
  uncoveredSince?: Maybe<Scalars['Date']['output']>;
  /** Scheduled hires of a kept agreement: not sanctioned. */
  underAgreement: Scalars['Int']['output'];
};

export type OpenServicePathInput = {
  modality: Scalars['String']['input'];
  /** Defaults to today (Europe/Rome); the catalogue version valid on it is the one checked. */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  personId: Scalars['ID']['input'];
  serviceCode: Scalars['String']['input'];
};

export type OpenVacancyInput = {
  employerId: Scalars['ID']['input'];
  /** Needed to match the vacancy; its site must be one of the employer's, in the vacancy's province. */
  jobProfile?: InputMaybe<JobProfileInput>;
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  occupationCodeSystem?: InputMaybe<Scalars['String']['input']>;
  openedOn: Scalars['Date']['input'];
  positions: Scalars['Int']['input'];
  province: Scalars['String']['input'];
  reservedFor?: InputMaybe<ProtectedCategory>;
  title: Scalars['String']['input'];
};

export type PactAvailability = {
  __typename?: 'PactAvailability';
  suitableOffers: Scalars['Boolean']['output'];
  training: Scalars['Boolean']['output'];
  workshops: Scalars['Boolean']['output'];
};

/** Periodic check of progress with corrective actions (seed 001: verifica periodica). */
export type PactCheck = {
  __typename?: 'PactCheck';
  by: Scalars['String']['output'];
  checkedOn: Scalars['Date']['output'];
  correctiveActions: Array<Scalars['String']['output']>;
  progress: Scalars['String']['output'];
};

export type PactCheckInput = {
  checkedOn: Scalars['Date']['input'];
  correctiveActions?: InputMaybe<Array<Scalars['String']['input']>>;
  pactId: Scalars['ID']['input'];
  progress: Scalars['String']['input'];
};

export type PactStatus =
  | 'DRAFT'
  | 'SIGNED';

/** A person (owned by the people subgraph); here the shortlists they are on. */
export type Person = {
  __typename?: 'Person';
  /** The latest version of the individual action plan. */
  actionPlan?: Maybe<ActionPlan>;
  actionPlanVersions: Array<ActionPlan>;
  birthDate: Scalars['Date']['output'];
  /**
   * Candidacies (candidature): the shortlists this person is on, newest first. A CPI sees those of vacancies of its
   * province, an employer those sent to it; anyone else none.
   */
  candidacies?: Maybe<Array<Candidacy>>;
  createdAt: Scalars['DateTime']['output'];
  deliveries?: Maybe<Array<ServiceDelivery>>;
  /** Health data (GDPR art. 9): only with scope health:read. */
  disability?: Maybe<DisabilityProfile>;
  /** Certified disadvantages (Documento degli Interventi): with an accepted enrolment, they open area 3 and close 2Cb (seed 003). */
  disadvantageCertifications: Array<DisadvantageCertification>;
  email?: Maybe<Scalars['String']['output']>;
  /** Moves of the person's enrolments between provinces: for the CPIs of the two provinces only (empty for others). */
  enrolmentTransfers: Array<EnrolmentTransfer>;
  enrolments: Array<Enrolment>;
  familyName: Scalars['String']['output'];
  /** Codice fiscale, validated with its check character. */
  fiscalCode: Scalars['String']['output'];
  /** The latest functional profile. */
  functionalProfile?: Maybe<FunctionalProfile>;
  functionalProfiles: Array<FunctionalProfile>;
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The person's internships the caller may see, oldest agreement first. */
  internships?: Maybe<Array<Internship>>;
  phone?: Maybe<Scalars['String']['output']>;
  placements?: Maybe<Array<Placement>>;
  /** Scheda anagrafica professionale: the latest version. */
  professionalRecord?: Maybe<ProfessionalRecord>;
  professionalRecordVersions: Array<ProfessionalRecord>;
  /** The latest national quantitative profiling (a probability in [0,1] of not being employed; higher = further from the labour market). */
  profiling?: Maybe<QuantitativeProfiling>;
  profilingHistory: Array<QuantitativeProfiling>;
  /** The latest qualitative profiling from basic orientation (seeds 001, 004). */
  qualitativeProfiling?: Maybe<QualitativeProfiling>;
  qualitativeProfilingHistory: Array<QualitativeProfiling>;
  /** Referrals of this person, newest first: a CPI sees those of its province; anyone else none. */
  referrals?: Maybe<Array<Referral>>;
  /** Municipality of residence (Belfiore cadastral code, e.g. F205). */
  residenceMunicipality: Scalars['String']['output'];
  /** Province of residence (sigla, e.g. MI). */
  residenceProvince: Scalars['String']['output'];
  /** The latest version of the personalised service pact. */
  servicePact?: Maybe<ServicePact>;
  servicePactVersions: Array<ServicePact>;
  /** The person's paths the caller may see, oldest first. */
  servicePaths?: Maybe<Array<ServicePath>>;
  sex: Sex;
  /** Presa in carico by a CPI or accredited body; only the active ones unless all is true. */
  takeInCharges: Array<TakeInCharge>;
  /**
   * The person's target groups of the national monitoring on each of the days (in their order), by the rules the
   * people indicator families use: for the outcomes subgraph to classify what it reports (acting for a reporter who
   * sees the person) and for the CPI of the person's province; FORBIDDEN (rule TARGET_GROUPS_MONITORING_ONLY) to
   * anyone else, since being on the L. 68/1999 art. 1 list is health-related (GDPR art. 9). At most 3,660 days (ten years).
   */
  targetGroupsOn: Array<PersonTargetGroups>;
  /** The facts the status is computed from, oldest first. */
  unemploymentEvents: Array<UnemploymentEvent>;
  /**
   * The unemployment status (stato di disoccupazione, D.Lgs. 150/2015 arts. 19-21) on a day (default: today), computed
   * from the DID, the work and the losses on record. Seen by whoever sees the person.
   */
  unemploymentStatus: UnemploymentStatus;
};


/** A person (owned by the people subgraph); here the shortlists they are on. */
export type PersonServicePathsArgs = {
  status?: InputMaybe<ServicePathStatus>;
};


/** A person (owned by the people subgraph); here the shortlists they are on. */
export type PersonTakeInChargesArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A person (owned by the people subgraph); here the shortlists they are on. */
export type PersonTargetGroupsOnArgs = {
  days: Array<Scalars['Date']['input']>;
};


/** A person (owned by the people subgraph); here the shortlists they are on. */
export type PersonUnemploymentStatusArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** One person's file as the old system holds it: registration, the enrolment with its decisions, the take-in-charges. */
export type PersonImportInput = {
  enrolment?: InputMaybe<EnrolmentImportInput>;
  /** The functional profile on record (as recordFunctionalProfile), its first version: what matching reads. */
  functionalProfile?: InputMaybe<FunctionalProfileImportInput>;
  person: RegisterPersonInput;
  /** The professional record on record (as saveProfessionalRecord), its first version: what matching reads. */
  professionalRecord?: InputMaybe<ProfessionalRecordImportInput>;
  takeInCharges?: InputMaybe<Array<TakeInChargeImportInput>>;
  /** The DID on record in the old system (as declareUnemployment): the enrolment's art. 8 c.1 status is read from it. */
  unemploymentDeclaration?: InputMaybe<UnemploymentDeclarationImportInput>;
};

export type PersonImportResult = {
  __typename?: 'PersonImportResult';
  enrolment?: Maybe<Enrolment>;
  errors: Array<ImportRowError>;
  /** Position of the row in the call, from 0. */
  index: Scalars['Int']['output'];
  person?: Maybe<Person>;
  status: ImportRowStatus;
  /** In the order of the row's takeInCharges. */
  takeInCharges: Array<TakeInCharge>;
};

export type PersonPage = {
  __typename?: 'PersonPage';
  items: Array<Person>;
  /** Opaque cursor for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** A person's groups on each target dimension on a day (IndicatorTargetDimension). */
export type PersonTargetGroups = {
  __typename?: 'PersonTargetGroups';
  ageBand: AgeBand;
  /** On the L. 68/1999 art. 1 list (an accepted DISABILITY enrolment) on the day. */
  disabled: Scalars['Boolean']['output'];
  /** Unemployed (D.Lgs. 150/2015 art. 19) for 12 months or more on the day, suspensions for short work not counted. */
  longTermUnemployed: Scalars['Boolean']['output'];
  on: Scalars['Date']['output'];
  sex: Sex;
};

/** Inserimento lavorativo: a person hired by an employer, possibly through a vacancy. */
export type Placement = {
  __typename?: 'Placement';
  contract: PlacementContract;
  /** Whether the hire was recorded as counting toward the employer's L. 68/1999 quota (see quotaStatus). */
  countsTowardQuota: Scalars['Boolean']['output'];
  employer?: Maybe<Employer>;
  endNote?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<PlacementEndReason>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded the end, and when. */
  endedBy?: Maybe<Scalars['String']['output']>;
  /** Last day of the contract, once its end is recorded (endPlacement); the hire stops counting toward the quota after it. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Post-placement checks recorded, by milestone (3, 6, 12 months). */
  followUps: Array<FollowUp>;
  /** The contract's full-time week: weeklyHours above half of it make a whole quota unit (DPR 333/2000 art. 3). */
  fullTimeWeeklyHours?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** The internship the hire followed from, when recorded with it. */
  internship?: Maybe<Internship>;
  /** Null when the caller may not see this record in the service that owns it (as for a record that does not exist). */
  person?: Maybe<Person>;
  quotaConfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed the quota hire, and when (a CPI of the employer's province that records it confirms it at once). */
  quotaConfirmedBy?: Maybe<Scalars['String']['output']>;
  /** For a hire counting toward the quota: PENDING until the employer or a CPI of its province confirms it; null otherwise. */
  quotaStatus?: Maybe<QuotaPlacementStatus>;
  startedOn: Scalars['Date']['output'];
  /** FIXED_TERM: the contract's term; AGENCY: the mission's length (12 months or more to count for the user's quota). */
  termMonths?: Maybe<Scalars['Int']['output']>;
  vacancy?: Maybe<Vacancy>;
  weeklyHours?: Maybe<Scalars['Float']['output']>;
};

export type PlacementBatchResult = {
  __typename?: 'PlacementBatchResult';
  errors: Array<BatchRowError>;
  idempotencyKey: Scalars['String']['output'];
  /** Position of the row in the batch, from 0. */
  index: Scalars['Int']['output'];
  placement?: Maybe<Placement>;
  /** DUPLICATE: the caller's organisation already used this key for the same placement; the stored one is returned. */
  status: BatchRowStatus;
};

export type PlacementContract =
  | 'AGENCY'
  | 'APPRENTICESHIP'
  | 'FIXED_TERM'
  | 'PERMANENT';

/**
 * Why a placement ended. END_OF_TERM: a fixed-term, apprenticeship or agency contract reached its term (scadenza);
 * RESIGNATION: dimissioni; DISMISSAL: licenziamento; PROBATION_NOT_PASSED: mancato superamento del periodo di prova
 * (within its 6 months, L. 604/1966 art. 10); MUTUAL_AGREEMENT: risoluzione consensuale; RETIREMENT: pensionamento;
 * DEATH: decesso; OTHER: anything else, explained in the note.
 */
export type PlacementEndReason =
  | 'DEATH'
  | 'DISMISSAL'
  | 'END_OF_TERM'
  | 'MUTUAL_AGREEMENT'
  | 'OTHER'
  | 'PROBATION_NOT_PASSED'
  | 'RESIGNATION'
  | 'RETIREMENT';

export type PlannedService = {
  __typename?: 'PlannedService';
  plannedFrom: Scalars['Date']['output'];
  plannedTo?: Maybe<Scalars['Date']['output']>;
  provider: Provider;
  serviceStandard: ServiceStandard;
};

export type PlannedServiceInput = {
  plannedFrom: Scalars['Date']['input'];
  plannedTo?: InputMaybe<Scalars['Date']['input']>;
  providerId: Scalars['ID']['input'];
  serviceCode: Scalars['String']['input'];
};

export type ProfessionalRecord = {
  __typename?: 'ProfessionalRecord';
  availability: WorkAvailability;
  cvDocuments: Array<DocumentReference>;
  /** Italian driving licence categories (e.g. B, C). */
  drivingLicences: Array<Scalars['String']['output']>;
  education: Array<Education>;
  experiences: Array<WorkExperience>;
  languages: Array<LanguageSkill>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  skills: Array<Skill>;
  training: Array<Training>;
  version: Scalars['Int']['output'];
};

/** saveProfessionalRecord's input without the person (the row's). */
export type ProfessionalRecordImportInput = {
  availability: WorkAvailabilityInput;
  cvDocuments?: InputMaybe<Array<DocumentReferenceInput>>;
  drivingLicences?: InputMaybe<Array<Scalars['String']['input']>>;
  education?: InputMaybe<Array<EducationInput>>;
  experiences?: InputMaybe<Array<WorkExperienceInput>>;
  languages?: InputMaybe<Array<LanguageSkillInput>>;
  skills?: InputMaybe<Array<SkillInput>>;
  training?: InputMaybe<Array<TrainingInput>>;
};

export type ProfessionalRecordInput = {
  availability: WorkAvailabilityInput;
  cvDocuments?: InputMaybe<Array<DocumentReferenceInput>>;
  drivingLicences?: InputMaybe<Array<Scalars['String']['input']>>;
  education?: InputMaybe<Array<EducationInput>>;
  experiences?: InputMaybe<Array<WorkExperienceInput>>;
  languages?: InputMaybe<Array<LanguageSkillInput>>;
  personId: Scalars['ID']['input'];
  skills?: InputMaybe<Array<SkillInput>>;
  training?: InputMaybe<Array<TrainingInput>>;
};

/** The inputs of the national profiling model (DOMAIN.md: age, sex, citizenship, education, province, employment history, months searching, household). */
export type ProfilingInputs = {
  __typename?: 'ProfilingInputs';
  age: Scalars['Int']['output'];
  citizenship: Scalars['String']['output'];
  educationLevel: Scalars['String']['output'];
  householdSize: Scalars['Int']['output'];
  monthsEmployedLastFiveYears: Scalars['Int']['output'];
  monthsSearching: Scalars['Int']['output'];
  province: Scalars['String']['output'];
  sex: Sex;
};

export type ProfilingInputsInput = {
  age: Scalars['Int']['input'];
  citizenship: Scalars['String']['input'];
  educationLevel: Scalars['String']['input'];
  householdSize: Scalars['Int']['input'];
  monthsEmployedLastFiveYears: Scalars['Int']['input'];
  monthsSearching: Scalars['Int']['input'];
  province: Scalars['String']['input'];
  sex: Sex;
};

/** The protected category a vacancy is reserved for (L. 68/1999 art. 1 disability quota, art. 18 c.2 quota). */
export type ProtectedCategory =
  | 'ART18'
  | 'DISABLED';

/** A worker's protected status, for the coverage of the quotas (L. 68/1999 art. 4 c.3-bis, c.4). */
export type ProtectedStatusInput = {
  /** Reduction of working capacity, 0-100. */
  capacityReductionPercent?: InputMaybe<Scalars['Int']['input']>;
  category: ProtectedCategory;
  disabledDuringEmployment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Set only when a court has ascertained the employer's breach of safety rules (art. 4 c.4). */
  employerSafetyBreach?: InputMaybe<Scalars['Boolean']['input']>;
  hiredUnderL68: Scalars['Boolean']['input'];
  /** War, service or labour invalids: impairment category 1-8 (DPR 915/1978 tables); 1 to 6 cover the quota even when hired outside the lists (art. 4 c.3-bis). */
  pensionCategory?: InputMaybe<Scalars['Int']['input']>;
  psychicOrIntellectual?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A provider of services: a CPI office or an accredited body, with the services it is accredited for. */
export type Provider = {
  __typename?: 'Provider';
  /** Services the provider is accredited for on the given date (today by default). */
  accreditedServices: Array<ServiceStandard>;
  deliveries?: Maybe<Array<ServiceDelivery>>;
  id: Scalars['ID']['output'];
  isAccreditedFor: Scalars['Boolean']['output'];
  kind: ProviderKind;
  municipality?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  peopleInCharge?: Maybe<Array<TakeInCharge>>;
  province: Scalars['String']['output'];
  /** The provider's paths the caller may see, oldest first. */
  servicePaths?: Maybe<Array<ServicePath>>;
};


/** A provider of services: a CPI office or an accredited body, with the services it is accredited for. */
export type ProviderAccreditedServicesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A provider of services: a CPI office or an accredited body, with the services it is accredited for. */
export type ProviderDeliveriesArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A provider of services: a CPI office or an accredited body, with the services it is accredited for. */
export type ProviderIsAccreditedForArgs = {
  code: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A provider of services: a CPI office or an accredited body, with the services it is accredited for. */
export type ProviderPeopleInChargeArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A provider of services: a CPI office or an accredited body, with the services it is accredited for. */
export type ProviderServicePathsArgs = {
  status?: InputMaybe<ServicePathStatus>;
};

export type ProviderKind =
  /** Ente accreditato: private or third-sector body accredited by the Region. */
  | 'ACCREDITED'
  /** Centro per l'Impiego: public job centre of a province. */
  | 'CPI';

/** The obligation within one province (L. 68/1999 art. 5 c.8): its own shortfall, without offsets from other provinces. */
export type ProvinceObligation = {
  __typename?: 'ProvinceObligation';
  art18Covered: Scalars['Float']['output'];
  art18Quota: Scalars['Int']['output'];
  art18Uncovered: Scalars['Int']['output'];
  computationBase: Scalars['Int']['output'];
  /** Covered units; a part-timer at 50% of full time or less counts as half a unit. */
  disabledCovered: Scalars['Float']['output'];
  disabledQuota: Scalars['Int']['output'];
  disabledUncovered: Scalars['Int']['output'];
  province: Scalars['String']['output'];
};

export type QualitativeProfiling = {
  __typename?: 'QualitativeProfiling';
  assessedBy: Scalars['String']['output'];
  assessedOn: Scalars['Date']['output'];
  barriers: Array<Scalars['String']['output']>;
  needs: Array<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  strengths: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type QualitativeProfilingInput = {
  assessedOn: Scalars['Date']['input'];
  barriers?: InputMaybe<Array<Scalars['String']['input']>>;
  needs: Array<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  strengths?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type QuantitativeProfiling = {
  __typename?: 'QuantitativeProfiling';
  computedOn: Scalars['Date']['output'];
  inputs: ProfilingInputs;
  recordedBy: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

export type QuantitativeProfilingInput = {
  computedOn: Scalars['Date']['input'];
  inputs: ProfilingInputsInput;
  personId: Scalars['ID']['input'];
  score: Scalars['Float']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** For the data protection officer (scope audit:read): who read health data or wrote, about a person or anyone, in a period. */
  auditEvents?: Maybe<Array<AuditEvent>>;
  /** For the data protection officer (scope audit:read): the writes recorded by the catalogue subgraph in a period. */
  catalogueAuditEvents?: Maybe<Array<AuditEvent>>;
  catalogueVersions: Array<CatalogueVersion>;
  /** L. 68/1999 quota calculator: the obligation a workforce gives rise to. Stores nothing. */
  computeL68Obligation: L68Obligation;
  /**
   * Deliveries of a provider from `from` to `to` (inclusive, at most 366 days, at most 10,000 rows) as CSV. The
   * provider itself gets all of them; a CPI those of people of its province. The Region gets aggregates
   * (indicators), not this: only a region token with scope microdata:read gets all of them with pseudonymised
   * people and no operator or key (a microdata release, audited with the provider, period and row count);
   * without it FORBIDDEN (extensions.scope "microdata:read").
   */
  deliveriesExport?: Maybe<DeliveriesExport>;
  employer?: Maybe<Employer>;
  /** A service to an employer: the employer itself, the CPI of its province, the reporting provider; null for anyone else. */
  employerServiceDelivery?: Maybe<EmployerServiceDelivery>;
  employers?: Maybe<EmployerPage>;
  /** For the data protection officer (scope audit:read): the writes recorded by the employers subgraph in a period. */
  employersAuditEvents?: Maybe<Array<AuditEvent>>;
  /**
   * Follow-ups due on the date (default today) and not recorded, oldest due first: a CPI's for people of its
   * province, an accredited body's for the placements it recorded. At most `first` (1-500) items.
   */
  followUpWorklist?: Maybe<Array<FollowUpDue>>;
  /** Indicators for regional dashboards (see IndicatorTable for who reads what). */
  indicators?: Maybe<IndicatorTable>;
  internship?: Maybe<Internship>;
  /** The configured L. 68/1999 amounts with their validity and source; only those valid on a date when one is given. */
  l68Amounts: Array<L68Amount>;
  /** Applications of the caller's province not decided by their due date (L. 241/1990 art. 2). */
  lateEnrolments?: Maybe<Array<Enrolment>>;
  /** Reports for a year missing or late on a date; a CPI sees its own province, the Region any or all. */
  lateWorkforceReports?: Maybe<Array<LateWorkforceReport>>;
  lepServices: Array<LepService>;
  /**
   * The people on the ranking list of the caller's province for a reference date, each with their position: the pool
   * a vacancy is matched against. Like the list itself: CPI of the province with health:read, every read audited.
   */
  matchingPool?: Maybe<Array<MatchingFacts>>;
  /** Who the caller is, as the graph sees it (any authenticated caller). */
  me: Viewer;
  /** Employers of a province with uncovered positions, most urgent first (accrued sanction, then positions). */
  obligationRanking?: Maybe<Array<ObligationStatus>>;
  obligationStatus?: Maybe<ObligationStatus>;
  /** For the data protection officer (scope audit:read): the writes recorded by the outcomes subgraph in a period. */
  outcomesAuditEvents?: Maybe<Array<AuditEvent>>;
  /** People the caller may see, by family name; pages of at most 100. */
  people?: Maybe<PersonPage>;
  person?: Maybe<Person>;
  personByFiscalCode?: Maybe<Person>;
  placement?: Maybe<Placement>;
  provider?: Maybe<Provider>;
  providers: Array<Provider>;
  /** The ranking list of the caller's province for a reference date: reproducible, each position explained. Health data. */
  rankingList?: Maybe<RankingList>;
  /** A referral request the caller may see (the employer its own, the CPI of its province), else null. */
  referralRequest?: Maybe<ReferralRequest>;
  /** Referral requests, newest first: the employer its own, a CPI those of its province; anyone else FORBIDDEN. */
  referralRequests?: Maybe<Array<ReferralRequest>>;
  serviceDelivery?: Maybe<ServiceDelivery>;
  servicePath?: Maybe<ServicePath>;
  /** The standard for a code, in the catalogue version valid on the date (today by default); null if unknown. */
  serviceStandard?: Maybe<ServiceStandard>;
  serviceStandards: Array<ServiceStandard>;
  /**
   * The standards and a provider's accreditations for many (service, date) pairs at once, as a batch of delivery
   * reports is checked: each standard answered once however many dates fall in its version.
   */
  serviceStandardsOnDates: StandardsOnDates;
  /** A shortlist the caller may see (see Vacancy.shortlists), else null. */
  shortlist?: Maybe<Shortlist>;
  vacancies: Array<Vacancy>;
  vacancy?: Maybe<Vacancy>;
};


export type QueryAuditEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryCatalogueAuditEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryComputeL68ObligationArgs = {
  input: WorkforceInput;
};


export type QueryDeliveriesExportArgs = {
  from: Scalars['Date']['input'];
  providerId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QueryEmployerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployerServiceDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEmployersAuditEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryFollowUpWorklistArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryIndicatorsArgs = {
  query: IndicatorQuery;
};


export type QueryInternshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryL68AmountsArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryLateWorkforceReportsArgs = {
  asOf: Scalars['Date']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryMatchingPoolArgs = {
  list: EnrolmentList;
  referenceDate: Scalars['Date']['input'];
};


export type QueryObligationRankingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  on: Scalars['Date']['input'];
  province: Scalars['String']['input'];
};


export type QueryObligationStatusArgs = {
  employerId: Scalars['ID']['input'];
  on: Scalars['Date']['input'];
  province: Scalars['String']['input'];
};


export type QueryOutcomesAuditEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonByFiscalCodeArgs = {
  fiscalCode: Scalars['String']['input'];
};


export type QueryPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvidersArgs = {
  kind?: InputMaybe<ProviderKind>;
  province?: InputMaybe<Scalars['String']['input']>;
  serviceCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRankingListArgs = {
  list: EnrolmentList;
  referenceDate: Scalars['Date']['input'];
};


export type QueryReferralRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralRequestsArgs = {
  employerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReferralRequestStatus>;
};


export type QueryServiceDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServicePathArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceStandardArgs = {
  code: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryServiceStandardsArgs = {
  area?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  targetGroup?: InputMaybe<TargetGroup>;
};


export type QueryServiceStandardsOnDatesArgs = {
  asks: Array<StandardOnDateInput>;
  provider: Scalars['ID']['input'];
};


export type QueryShortlistArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVacanciesArgs = {
  province?: InputMaybe<Scalars['String']['input']>;
  reservedFor?: InputMaybe<ProtectedCategory>;
  status?: InputMaybe<VacancyStatus>;
};


export type QueryVacancyArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A hire counting toward an employer's L. 68/1999 quota, without the person: the fact the employers subgraph needs
 * to reduce the uncovered positions of its last workforce report.
 */
export type QuotaHire = {
  __typename?: 'QuotaHire';
  employerId: Scalars['ID']['output'];
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The contract's full-time week (null when weeklyHours is null: a full-time hire). */
  fullTimeWeeklyHours?: Maybe<Scalars['Float']['output']>;
  startedOn: Scalars['Date']['output'];
  vacancyId?: Maybe<Scalars['ID']['output']>;
  weeklyHours?: Maybe<Scalars['Float']['output']>;
};

/**
 * Whether a hire counts toward the employer's L. 68/1999 quota yet. A provider other than a CPI of the employer's
 * province records it PENDING; the employer or a CPI of its province confirms it (confirmQuotaPlacement). Only
 * CONFIRMED hires lower the employer's uncovered positions and sanctions.
 */
export type QuotaPlacementStatus =
  | 'CONFIRMED'
  | 'PENDING';

export type RankingCriterion = {
  __typename?: 'RankingCriterion';
  explanation: Scalars['String']['output'];
  name: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

export type RankingEntry = {
  __typename?: 'RankingEntry';
  criteria: Array<RankingCriterion>;
  person?: Maybe<Person>;
  position: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
};

export type RankingFactsInput = {
  /** ISEE or declared yearly income, in euro. */
  annualIncome: Scalars['Float']['input'];
  declaredOn: Scalars['Date']['input'];
  dependants: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
};

/** Graduatoria: enrolled people of a province ranked for a reference date (lower score ranks first). */
export type RankingList = {
  __typename?: 'RankingList';
  /** The dated weights used (criteria are set regionally). */
  criteriaVersion: Scalars['String']['output'];
  entries: Array<RankingEntry>;
  list: EnrolmentList;
  province: Scalars['String']['output'];
  referenceDate: Scalars['Date']['output'];
};

export type RecordFollowUpInput = {
  /** Day of the check; defaults to today (Europe/Rome). Not before the milestone's due date. */
  checkedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 3, 6 or 12. */
  milestoneMonths: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  placementId: Scalars['ID']['input'];
  /** Required when stillEmployed; must be false or left out when not. */
  sameEmployer?: InputMaybe<Scalars['Boolean']['input']>;
  stillEmployed: Scalars['Boolean']['input'];
};

export type RecordObservationInput = {
  /** Documents the observations bring (e.g. a new commission report). */
  documents?: InputMaybe<Array<EnrolmentDocumentInput>>;
  enrolmentId: Scalars['ID']['input'];
  /** The assessment the new documents show: eligibility is checked again on it, so acceptance becomes possible. */
  reassessment?: InputMaybe<EnrolmentAssessmentInput>;
  /** Presented on this day: within the window, the decision term resumes 10 days later (L. 241/1990 art. 10-bis). */
  receivedOn: Scalars['Date']['input'];
  text: Scalars['String']['input'];
};

export type RecordPlacementInput = {
  contract: PlacementContract;
  countsTowardQuota: Scalars['Boolean']['input'];
  employerId: Scalars['ID']['input'];
  /** The contract's full-time week (collective agreement), required with weeklyHours; not assumed to be 40. */
  fullTimeWeeklyHours?: InputMaybe<Scalars['Float']['input']>;
  idempotencyKey: Scalars['String']['input'];
  /** The internship the hire follows from: the same person and the host employer, started on or before the hire. */
  internshipId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
  /** FIXED_TERM: the term in months (1-36); AGENCY: the mission's length in months, needed when it counts toward the quota. */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
  vacancyId?: InputMaybe<Scalars['ID']['input']>;
  /** Part-time hours; null for full time. */
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
};

export type RecordReferralOutcomeInput = {
  /** Default today; not in the future, not before the referral. */
  on?: InputMaybe<Scalars['Date']['input']>;
  outcome: ReferralOutcome;
  /** HIRED: the placement recorded in outcomes for the referred person with this employer, counting toward the quota. */
  placementId?: InputMaybe<Scalars['ID']['input']>;
  /** NOT_HIRED: required. */
  reason?: InputMaybe<NotHiredReason>;
  referralId: Scalars['ID']['input'];
};

export type ReferFromRankingListInput = {
  /** A retry with the same key (from the same organisation) answers the request without referring again. */
  idempotencyKey: Scalars['String']['input'];
  /** The ranking list is read as it stood on this date (not in the future). */
  referenceDate: Scalars['Date']['input'];
  requestId: Scalars['ID']['input'];
};

/**
 * Avviamento: a person the CPI referred for a request, and the employer's outcome (recorded once). A person awaiting
 * an outcome is not referred again elsewhere.
 */
export type Referral = {
  __typename?: 'Referral';
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notHiredReason?: Maybe<NotHiredReason>;
  outcome?: Maybe<ReferralOutcome>;
  outcomeOn?: Maybe<Scalars['Date']['output']>;
  outcomeRecordedBy?: Maybe<Scalars['String']['output']>;
  /** Null when the caller may not see the person in the people subgraph (the employer: the name is here). */
  person?: Maybe<Person>;
  /** HIRED: the placement recorded in outcomes (Query.placement). */
  placementId?: Maybe<Scalars['ID']['output']>;
  /** Place on the ranking list on the reference date. */
  rankingPosition: Scalars['Int']['output'];
  referenceDate: Scalars['Date']['output'];
  referredBy: Scalars['String']['output'];
  referredOn: Scalars['Date']['output'];
  request: ReferralRequest;
  unjustifiedRefusalByEmployer?: Maybe<Scalars['Boolean']['output']>;
  /** The person refused or did not appear without a justified reason. Recorded as a fact: what it does to the place on the list is the Region's ranking criteria's to say (L. 68/1999 art. 8 c.2). */
  unjustifiedRefusalByPerson?: Maybe<Scalars['Boolean']['output']>;
};

/**
 * How a referral request names its workers (L. 68/1999 art. 7). Since D.Lgs. 151/2015 a private employer or public
 * economic body may ask every hire by name (art. 7 c.1); a public administration asks numerically (art. 7 c.2).
 */
export type ReferralKind =
  /** Richiesta nominativa: the employer names the people, who must be on the ranking list of the province. */
  | 'NOMINATIVE'
  /** Richiesta numerica: the CPI refers the people of the ranking list in order. */
  | 'NUMERIC';

export type ReferralOutcome =
  /** Hired: the placement recorded in outcomes counts toward the quota once confirmed there. */
  | 'HIRED'
  | 'NOT_HIRED';

/**
 * Richiesta di avviamento: an employer's request to the CPI of a province for workers from the L. 68/1999 lists
 * (arts. 7, 9), possibly for a vacancy, or the CPI's own numeric one after the 60-day term. The employer sees its own,
 * the CPI of the province those of its province; the Region reads none (aggregates only).
 */
export type ReferralRequest = {
  __typename?: 'ReferralRequest';
  awaitingOutcome: Scalars['Int']['output'];
  category: ProtectedCategory;
  employer: Employer;
  filedBy: Scalars['String']['output'];
  filedOn: Scalars['Date']['output'];
  hired: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ReferralKind;
  /** The rule of art. 7 the request was checked against, with its source. */
  nominativeRule: Scalars['String']['output'];
  /** NOMINATIVE: the fiscal codes the employer named. */
  nominees: Array<Scalars['String']['output']>;
  /** The day the uncovered obligation arose in the province (from the obligation status), when known. */
  obligationArisenOn?: Maybe<Scalars['Date']['output']>;
  /** Positions neither hired nor awaiting an outcome: the CPI may refer for them. */
  openPositions: Scalars['Int']['output'];
  origin: ReferralRequestOrigin;
  positions: Scalars['Int']['output'];
  province: Scalars['String']['output'];
  qualification: Scalars['String']['output'];
  /** Oldest first. */
  referrals: Array<Referral>;
  status: ReferralRequestStatus;
  /** The last day of the 60-day term (L. 68/1999 art. 9 c.1), when known. */
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  vacancy?: Maybe<Vacancy>;
  /** Filed by the end of the term; null when the term is not known. */
  withinTerm?: Maybe<Scalars['Boolean']['output']>;
};

export type ReferralRequestOrigin =
  /** Opened by the CPI after the 60-day term with no hire (art. 7 c.1-bis, art. 9 c.1): numeric. */
  | 'CPI_AFTER_TERM'
  /** Filed by the employer. */
  | 'EMPLOYER';

export type ReferralRequestStatus =
  /** Every position hired. */
  | 'FILLED'
  /** Positions not yet hired. */
  | 'OPEN';

export type RegisterEmployerInput = {
  atecoCode: Scalars['String']['input'];
  fiscalCode: Scalars['String']['input'];
  kind: EmployerKind;
  name: Scalars['String']['input'];
  province: Scalars['String']['input'];
  sites?: InputMaybe<Array<EmployerSiteInput>>;
};

export type RegisterPersonInput = {
  birthDate: Scalars['Date']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  familyName: Scalars['String']['input'];
  fiscalCode: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  residenceMunicipality: Scalars['String']['input'];
  residenceProvince: Scalars['String']['input'];
  sex: Sex;
};

export type RegisterProviderInput = {
  accreditedFrom: Scalars['Date']['input'];
  kind: ProviderKind;
  municipality?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  province: Scalars['String']['input'];
  /** Catalogue codes the provider is accredited for, from accreditedFrom. */
  serviceCodes: Array<Scalars['String']['input']>;
};

export type ReportEmployerServiceDeliveryInput = {
  /** Date of the last session. */
  deliveredOn: Scalars['Date']['input'];
  employerId: Scalars['ID']['input'];
  /** Client key: a retried report with the same key returns the first one and never creates a duplicate. */
  idempotencyKey: Scalars['String']['input'];
  /** Total minutes; may be left out when sessionMinutes is given (it must then equal their sum). */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  modality: Scalars['String']['input'];
  operator?: InputMaybe<Scalars['String']['input']>;
  outputs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 4E only: the redundant workers served, by the employer's reference (see EmployerServiceDelivery.redundantWorkers). */
  redundantWorkers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 4A-4E. */
  serviceCode: Scalars['String']['input'];
  /** Minutes of each session, so that per-session bounds (4A) are checked one by one (else on the average). */
  sessionMinutes?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Number of sessions; defaults to the length of sessionMinutes, else 1. */
  sessions?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportServiceDeliveryInput = {
  /** Date of the session, or of the last one when the report carries several. */
  deliveredOn: Scalars['Date']['input'];
  /** Client key: a retried report with the same key returns the first one and never creates a duplicate. */
  idempotencyKey: Scalars['String']['input'];
  /** Total minutes; may be left out when sessionMinutes is given (it must then equal their sum). */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  modality: Scalars['String']['input'];
  operator?: InputMaybe<Scalars['String']['input']>;
  outputs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Goes past the catalogue's bounds; accepted only from a CPI supervisor (scope deliveries:override) and recorded. */
  override?: InputMaybe<RuleOverrideInput>;
  personId: Scalars['ID']['input'];
  serviceCode: Scalars['String']['input'];
  /** Minutes of each session, so that per-session bounds are checked one by one (else on the average). */
  sessionMinutes?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Number of sessions; defaults to the length of sessionMinutes, else 1. */
  sessions?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportedProtectedStatus = {
  __typename?: 'ReportedProtectedStatus';
  capacityReductionPercent?: Maybe<Scalars['Int']['output']>;
  category: ProtectedCategory;
  disabledDuringEmployment: Scalars['Boolean']['output'];
  employerSafetyBreach: Scalars['Boolean']['output'];
  hiredUnderL68: Scalars['Boolean']['output'];
  psychicOrIntellectual: Scalars['Boolean']['output'];
};

/** A row of a report's workforce, as submitted (see WorkerInput). */
export type ReportedWorker = {
  __typename?: 'ReportedWorker';
  contract: ContractKind;
  count: Scalars['Int']['output'];
  fullTimeWeeklyHours: Scalars['Float']['output'];
  protected?: Maybe<ReportedProtectedStatus>;
  province?: Maybe<Scalars['String']['output']>;
  sectorExclusion?: Maybe<SectorExclusion>;
  termMonths?: Maybe<Scalars['Int']['output']>;
  weeklyHours?: Maybe<Scalars['Float']['output']>;
};

export type RequestEnrolmentTransferInput = {
  /** The person who came to the receiving CPI, by fiscal code (the id of a file kept elsewhere is not the caller's to know). */
  fiscalCode: Scalars['String']['input'];
  list: EnrolmentList;
  requestedOn: Scalars['Date']['input'];
};

/**
 * A catalogue rule a CPI supervisor overrode, recorded append-only: the rule, its bound, the reported value,
 * the reason and who gave it when.
 */
export type RuleOverride = {
  __typename?: 'RuleOverride';
  actual?: Maybe<Scalars['Int']['output']>;
  bound?: Maybe<Scalars['Int']['output']>;
  overriddenAt: Scalars['DateTime']['output'];
  overriddenBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

export type RuleOverrideInput = {
  reason: Scalars['String']['input'];
};

export type ScheduledHires = {
  __typename?: 'ScheduledHires';
  dueOn: Scalars['Date']['output'];
  hires: Scalars['Int']['output'];
};

export type ScheduledHiresInput = {
  dueOn: Scalars['Date']['input'];
  hires: Scalars['Int']['input'];
};

/** One criterion of a candidate's score: weight x fit = points. The weights are dated configuration (see weightsVersion). */
export type ScoreComponent = {
  __typename?: 'ScoreComponent';
  criterion: MatchingCriterion;
  explanation: Scalars['String']['output'];
  /** 0 to 1. */
  fit: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

export type SearchAct = {
  __typename?: 'SearchAct';
  act: Scalars['String']['output'];
  timing: Scalars['String']['output'];
};

export type SearchActInput = {
  act: Scalars['String']['input'];
  timing: Scalars['String']['input'];
};

/** Staff that sector rules take out of the computation base (L. 68/1999 art. 5 c.2). */
export type SectorExclusion =
  | 'CABLEWAY'
  | 'CONSTRUCTION_SITE'
  | 'TRAVELLING_TRANSPORT';

/** Erogazione: a service delivered to a person by a provider, as reported by the provider. */
export type ServiceDelivery = {
  __typename?: 'ServiceDelivery';
  deliveredOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Total minutes of the reported sessions. */
  minutes: Scalars['Int']['output'];
  /** Code of the modality of the service standard (see ServiceStandard.modalities). */
  modality: Scalars['String']['output'];
  operator?: Maybe<Scalars['String']['output']>;
  /** Output codes of the service standard produced (e.g. CV, PAI). */
  outputs: Array<Scalars['String']['output']>;
  /** Rules of the catalogue this report broke and a CPI supervisor overrode, with who, when and why. */
  overrides: Array<RuleOverride>;
  /** The path (percorso) this report belongs to; null only for reports stored before paths were tracked. */
  path?: Maybe<ServicePath>;
  /** Null when the caller may not see this record in the service that owns it (as for a record that does not exist). */
  person?: Maybe<Person>;
  provider: Provider;
  reportedAt: Scalars['DateTime']['output'];
  serviceStandard: ServiceStandard;
  /** Minutes of each session, when the report stated them one by one; null when it gave only the total. */
  sessionMinutes?: Maybe<Array<Scalars['Int']['output']>>;
  sessions: Scalars['Int']['output'];
};

export type ServiceOutput = {
  __typename?: 'ServiceOutput';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The source says 'Eventuale': the output is produced only when needed. */
  optional: Scalars['Boolean']['output'];
};

/** Patto di servizio personalizzato (D.Lgs. 150/2015 art. 20; seed 001). Each update is a new version. */
export type ServicePact = {
  __typename?: 'ServicePact';
  /** The person's availabilities: a) workshops on CV and interviews; b) training or requalification; c) suitable offers (D.Lgs. 150/2015 art. 25). */
  availability: PactAvailability;
  checks: Array<PactCheck>;
  /** d) the ordinary frequency of contacts with the operator. */
  contactFrequency?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** b) the employability profile. */
  employabilityProfile?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the pact still lacks to be signed (empty when complete). */
  missing: Array<Scalars['String']['output']>;
  person?: Maybe<Person>;
  /** a) the responsible operator. */
  responsibleOperator?: Maybe<Scalars['String']['output']>;
  /** c) the active-search acts and their timing. */
  searchActs: Array<SearchAct>;
  /** e) how active search is proven. */
  searchProof?: Maybe<Scalars['String']['output']>;
  signedOn?: Maybe<Scalars['Date']['output']>;
  status: PactStatus;
  version: Scalars['Int']['output'];
};

/**
 * One person's service pact as its CPI records it in bulk (importServicePacts): the pact (saveServicePact), its
 * signature (signServicePact, when signedOn is given), the profilings it rests on (recordQuantitativeProfiling,
 * recordQualitativeProfiling) and the PAI (saveActionPlan). Every part names the same person.
 */
export type ServicePactImportInput = {
  actionPlan?: InputMaybe<ActionPlanInput>;
  pact: ServicePactInput;
  qualitativeProfiling?: InputMaybe<QualitativeProfilingInput>;
  quantitativeProfiling?: InputMaybe<QuantitativeProfilingInput>;
  /** The day the person signed the pact; null leaves it a draft. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type ServicePactImportResult = {
  __typename?: 'ServicePactImportResult';
  actionPlan?: Maybe<ActionPlan>;
  errors: Array<ImportRowError>;
  /** Position of the row in the call, from 0. */
  index: Scalars['Int']['output'];
  pact?: Maybe<ServicePact>;
  status: ImportRowStatus;
};

export type ServicePactInput = {
  availableForSuitableOffers?: InputMaybe<Scalars['Boolean']['input']>;
  availableForTraining?: InputMaybe<Scalars['Boolean']['input']>;
  availableForWorkshops?: InputMaybe<Scalars['Boolean']['input']>;
  contactFrequency?: InputMaybe<Scalars['String']['input']>;
  employabilityProfile?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  responsibleOperator?: InputMaybe<Scalars['String']['input']>;
  searchActs?: InputMaybe<Array<SearchActInput>>;
  searchProof?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Percorso: the reports of one provider for one person, one service and one modality, from the first report
 * (or an explicit opening) until closed. Bounds over the whole path (total minutes, sessions, time span) are
 * checked on its running totals.
 */
export type ServicePath = {
  __typename?: 'ServicePath';
  closedOn?: Maybe<Scalars['Date']['output']>;
  deliveries: Array<ServiceDelivery>;
  /** Date of the earliest and latest reported session; null while nothing is reported. */
  firstDeliveredOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  lastDeliveredOn?: Maybe<Scalars['Date']['output']>;
  modality: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
  /** Every override recorded on this path, on its reports and at its closing. */
  overrides: Array<RuleOverride>;
  /** Null when the caller may not see this record in the service that owns it (as for a record that does not exist). */
  person?: Maybe<Person>;
  provider: Provider;
  serviceStandard: ServiceStandard;
  status: ServicePathStatus;
  totalMinutes: Scalars['Int']['output'];
  totalSessions: Scalars['Int']['output'];
};

export type ServicePathStatus =
  /** Closed: the minimum bounds were checked (or overridden) when it closed. */
  | 'CLOSED'
  /** In progress: reports are added and the maximum bounds checked at each. */
  | 'OPEN';

/** A service of the provincial repertory of minimum standards (seed 003), in the catalogue version valid on the asked date. */
export type ServiceStandard = {
  __typename?: 'ServiceStandard';
  /** Attività. */
  activities: Array<Scalars['String']['output']>;
  area: Scalars['Int']['output'];
  areaTitle: Scalars['String']['output'];
  catalogueVersion: CatalogueVersion;
  /** 1A, 2A, 2Ba ... 4E. */
  code: Scalars['String']['output'];
  /** Competenze professionali specifiche required of the operator. */
  competences: Array<Scalars['String']['output']>;
  /** 2B, 2C, 3B for sub-services. */
  groupCode?: Maybe<Scalars['String']['output']>;
  groupTitle?: Maybe<Scalars['String']['output']>;
  /** The national LEP services (DM 4/2018 Annex B) this standard implements. */
  lepServices: Array<LepService>;
  /** Modalità e durata: each modality with its own bounds. */
  modalities: Array<Modality>;
  outputs: Array<ServiceOutput>;
  /** Finalità. */
  purpose: Array<Scalars['String']['output']>;
  targetGroup: TargetGroup;
  title: Scalars['String']['output'];
};

export type Sex =
  | 'F'
  | 'M';

export type Shift =
  | 'DAY'
  | 'NIGHT'
  | 'WEEKEND';

/**
 * A ranked shortlist of enrolled people for a vacancy (matching), built by the CPI of the vacancy's province from the
 * ranking list on a reference date. Nobody excluded by an incompatible demand or by distance is ever on it. Candidates
 * are ordered by score (highest first); equal scores by ranking-list position, then by person id. What was computed is
 * kept as built; sending and feedback are recorded with who and when.
 */
export type Shortlist = {
  __typename?: 'Shortlist';
  builtAt: Scalars['DateTime']['output'];
  builtBy: Scalars['String']['output'];
  candidates: Array<ShortlistCandidate>;
  /** CPI only: the people considered (the ranking list on the reference date). */
  consideredCount?: Maybe<Scalars['Int']['output']>;
  /** CPI only. */
  exclusions?: Maybe<Array<CandidateExclusion>>;
  id: Scalars['ID']['output'];
  referenceDate: Scalars['Date']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  sentBy?: Maybe<Scalars['String']['output']>;
  vacancy: Vacancy;
  /** The dated weights used, e.g. MATCHING-2026-11. */
  weightsVersion: Scalars['String']['output'];
};

/**
 * A candidate of a shortlist, as sent to the employer: who, how to reach them, the score explained criterion by
 * criterion, and the adjustments the employer has to arrange (D.Lgs. 216/2003 art. 3 c.3-bis). Never health data,
 * never why anyone else was left out.
 */
export type ShortlistCandidate = {
  __typename?: 'ShortlistCandidate';
  /** ICF environmental-factor codes the person needs and the site does not list. */
  adjustmentsToArrange: Array<Scalars['String']['output']>;
  components: Array<ScoreComponent>;
  email?: Maybe<Scalars['String']['output']>;
  familyName: Scalars['String']['output'];
  /** The latest feedback, null before any. */
  feedback?: Maybe<CandidateFeedback>;
  feedbackHistory: Array<CandidateFeedback>;
  givenName: Scalars['String']['output'];
  /** Null when the caller may not see the person in the people subgraph (the employer: the name and contacts are here). */
  person?: Maybe<Person>;
  phone?: Maybe<Scalars['String']['output']>;
  rank: Scalars['Int']['output'];
  /** Sum of the components' points, 0 to 100. */
  score: Scalars['Float']['output'];
};

export type ShortlistFeedbackInput = {
  /** A retry with the same key (from the same organisation) records nothing new. */
  idempotencyKey: Scalars['String']['input'];
  outcome: FeedbackOutcome;
  personId: Scalars['ID']['input'];
  /** Required when REJECTED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  shortlistId: Scalars['ID']['input'];
};

export type SignAgreementInput = {
  employerId: Scalars['ID']['input'];
  province: Scalars['String']['input'];
  schedule: Array<ScheduledHiresInput>;
  startsOn: Scalars['Date']['input'];
};

export type SignInternshipAgreementInput = {
  agreementReference: Scalars['String']['input'];
  hostEmployerId: Scalars['ID']['input'];
  /** Client key: a retried record with the same key returns the first one. */
  idempotencyKey: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  /** 2Cc, or 3Bc for a person with a disability or a certified disadvantage. */
  serviceCode: Scalars['String']['input'];
  signedOn: Scalars['Date']['input'];
};

export type Skill = {
  __typename?: 'Skill';
  code?: Maybe<Scalars['String']['output']>;
  codeSystem: SkillCodeSystem;
  label: Scalars['String']['output'];
};

export type SkillCodeSystem =
  | 'ESCO'
  | 'FREE_TEXT'
  | 'ISTAT_CP2011';

export type SkillInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  codeSystem: SkillCodeSystem;
  label: Scalars['String']['input'];
};

/** L. 68/1999 art. 3 c.3-4: employers whose quota is computed on part of the staff. */
export type SpecialRegime =
  /** c.3: parties, unions, non-profits in social solidarity, assistance, rehabilitation: technical-executive and administrative staff only. */
  | 'PARTY_UNION_NON_PROFIT'
  /** c.4: police, civil protection, national defence: administrative services only. */
  | 'POLICE_CIVIL_PROTECTION_DEFENCE';

/** For one (service, date) asked: the catalogue version whose standard applies then, and the provider's accreditation then. */
export type StandardOnDate = {
  __typename?: 'StandardOnDate';
  /** Whether the provider was accredited for the service on the date (false for an unknown provider). */
  accredited: Scalars['Boolean']['output'];
  /** The version whose standard for the code is valid on the date (one of the answer's standards); null if none is. */
  catalogueVersionId?: Maybe<Scalars['ID']['output']>;
  code: Scalars['String']['output'];
  on: Scalars['Date']['output'];
};

/** A service and a date, as serviceStandardsOnDates asks them. */
export type StandardOnDateInput = {
  code: Scalars['String']['input'];
  on: Scalars['Date']['input'];
};

export type StandardsOnDates = {
  __typename?: 'StandardsOnDates';
  /** One per ask, in the order asked. */
  dates: Array<StandardOnDate>;
  /** Each standard some ask's date falls in, once (code and catalogueVersion tell them apart). */
  standards: Array<ServiceStandard>;
};

export type StartInternshipInput = {
  internshipId: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
};

/**
 * Art. 8 c.1: enrolment is for unemployed people: the person's unemployment status on submittedOn (Person.unemploymentStatus,
 * a DID on record) decides; victims of terrorism, organised crime and duty enrol in the art. 18 list even when employed.
 */
export type SubmitEnrolmentInput = {
  category: EnrolmentCategory;
  commissionReportDate?: InputMaybe<Scalars['Date']['input']>;
  commissionReportRef?: InputMaybe<Scalars['String']['input']>;
  documents?: InputMaybe<Array<EnrolmentDocumentInput>>;
  invalidityPercent?: InputMaybe<Scalars['Int']['input']>;
  list: EnrolmentList;
  pensionCategory?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
  psychicOrIntellectual?: InputMaybe<Scalars['Boolean']['input']>;
  submittedOn: Scalars['Date']['input'];
  /**
   * Ignored: the unemployment status on submittedOn decides. Removed in a later change.
   * @deprecated The person's unemployment status on submittedOn decides (declareUnemployment, Person.unemploymentStatus); this value is ignored
   */
  unemployed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SubmitWorkforceReportInput = {
  employerId: Scalars['ID']['input'];
  /** Day received; only a CPI may give one other than today (e.g. a report sent by certified mail). */
  submittedOn?: InputMaybe<Scalars['Date']['input']>;
  workforce: WorkforceInput;
  year: Scalars['Int']['input'];
};

export type SuspendObligationInput = {
  employerId: Scalars['ID']['input'];
  /** The legal basis, e.g. 'L. 68/1999 art. 3 c.5: CIGS authorised by decree ...'. */
  legalBasis: Scalars['String']['input'];
  province: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** Sospensione degli obblighi (L. 68/1999 art. 3 c.5, e.g. CIGS or a crisis procedure): no sanction accrues meanwhile. */
export type Suspension = {
  __typename?: 'Suspension';
  employer: Employer;
  id: Scalars['ID']['output'];
  legalBasis: Scalars['String']['output'];
  province: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  /** Absent: until revoked. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Presa in carico: a provider takes responsibility for a person within a programme (e.g. a regional Dote). */
export type TakeInCharge = {
  __typename?: 'TakeInCharge';
  active: Scalars['Boolean']['output'];
  /** Budget of the programme for this person (e.g. a Dote), in euro. */
  budget?: Maybe<Scalars['Float']['output']>;
  endReason?: Maybe<Scalars['String']['output']>;
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The take-in-charge this one continues, when the person was handed over from another provider. */
  handedOverFrom?: Maybe<TakeInCharge>;
  id: Scalars['ID']['output'];
  /** Null when the caller may no longer see the person (e.g. an accredited body after the take-in-charge ended). */
  person?: Maybe<Person>;
  programme: Scalars['String']['output'];
  provider: Provider;
  startedOn: Scalars['Date']['output'];
};

/** A take-in-charge of the imported person (as takeInCharge by a CPI): the provider is a CPI or an accredited body. */
export type TakeInChargeImportInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  programme: Scalars['String']['input'];
  providerId: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
};

export type TakeInChargeInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** Required from an accredited body: the person's fiscal code, as proof the person came to it (an id alone is not enough to reach someone's record). */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  programme: Scalars['String']['input'];
  /** Defaults to the caller's own organisation; a CPI may assign a person to another provider. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  startedOn: Scalars['Date']['input'];
};

/**
 * Who a service is meant for (seed 003: area 1 everyone, area 2 job seekers, area 3 people with a
 * certified disability or disadvantage, area 4 employers; 2Cb only for people NOT in area 3's categories).
 */
export type TargetGroup =
  | 'DISABLED_OR_DISADVANTAGED'
  | 'EMPLOYERS'
  | 'EVERYONE'
  | 'JOB_SEEKERS'
  | 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED';

export type Training = {
  __typename?: 'Training';
  certified: Scalars['Boolean']['output'];
  hours?: Maybe<Scalars['Int']['output']>;
  provider?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type TrainingInput = {
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  hours?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** An application (as submitEnrolment) and the decisions taken on it, oldest first (as changeEnrolmentStatus). */
export type UnemploymentDeclarationImportInput = {
  declaredOn: Scalars['Date']['input'];
  /** The DID's protocol number. */
  reference: Scalars['String']['input'];
};

export type UnemploymentEvent = {
  __typename?: 'UnemploymentEvent';
  employment?: Maybe<EmploymentKind>;
  /** WORK: the contract's last day (null when open-ended). */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** WORK: the expected yearly income, euro. */
  expectedAnnualIncome?: Maybe<Scalars['Float']['output']>;
  kind: UnemploymentEventKind;
  on: Scalars['Date']['output'];
  /** The province of the CPI that recorded it. */
  province: Scalars['String']['output'];
  reason?: Maybe<UnemploymentLossReason>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

export type UnemploymentEventKind =
  | 'DECLARATION'
  | 'LOSS'
  | 'WORK';

export type UnemploymentLossInput = {
  on: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  reason: UnemploymentLossReason;
  /** The act (sanction notice, refusal record, withdrawal). */
  reference: Scalars['String']['input'];
};

/** D.Lgs. 150/2015 art. 21 c.7 and art. 19 c.1. */
export type UnemploymentLossReason =
  /** The sanction of art. 21 c.7 lett. a-b that ends the status (third unjustified absence from a convocation or orientation). */
  | 'NO_SHOW_SANCTION'
  /** Refusal of a suitable offer (art. 25) without justified reason. */
  | 'REFUSED_SUITABLE_OFFER'
  /** The sanction of art. 21 c.7 lett. c that ends the status (second unjustified absence from training). */
  | 'TRAINING_ABSENCE_SANCTION'
  /** The person withdrew the declaration. */
  | 'WITHDRAWN_BY_PERSON';

export type UnemploymentState =
  /** Lost: work above the threshold lasting longer than six months, or a loss of art. 21 c.7; a new DID starts again. */
  | 'LOST'
  /** No declaration of immediate availability (DID) on record on that day. */
  | 'NONE'
  /** Suspended by employment of up to six months (art. 19 c.3); resumes the day after it ends. */
  | 'SUSPENDED'
  /** Unemployed from the DID (art. 19 c.1), or working within the income threshold (D.L. 4/2019 art. 4 c.15-quater). */
  | 'UNEMPLOYED';

export type UnemploymentStatus = {
  __typename?: 'UnemploymentStatus';
  /** The article the state comes from. */
  basis: Scalars['String']['output'];
  /** D.Lgs. 150/2015 art. 20 c.1: the person contacts the CPI for the pact within 30 days of the DID. */
  confirmationDueOn?: Maybe<Scalars['Date']['output']>;
  /** The first pact signed on or after the DID: the confirmation of the status (seed 001, pact of service output). */
  confirmedOn?: Maybe<Scalars['Date']['output']>;
  /** The DID the status rests on (the latest on or before the day). */
  declaredOn?: Maybe<Scalars['Date']['output']>;
  on: Scalars['Date']['output'];
  /** LOST: why (a loss reason, WORK_LONGER_THAN_SIX_MONTHS, OPEN_ENDED_WORK_ABOVE_THRESHOLD, SELF_EMPLOYMENT_ABOVE_THRESHOLD). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Since when the state holds. */
  since?: Maybe<Scalars['Date']['output']>;
  state: UnemploymentState;
  /** SUSPENDED: the last day of the suspending work. */
  suspendedUntil?: Maybe<Scalars['Date']['output']>;
};

/** A job vacancy, possibly reserved for a protected category. */
export type Vacancy = {
  __typename?: 'Vacancy';
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Null with FORBIDDEN for a caller who sees the vacancy but not its employer (a job seeker). */
  employer?: Maybe<Employer>;
  id: Scalars['ID']['output'];
  /** What the job asks and offers, for matching; null for a vacancy opened without one. */
  jobProfile?: Maybe<JobProfile>;
  /** Occupation code in the code system named by occupationCodeSystem (ISTAT CP2011 or ESCO). */
  occupationCode?: Maybe<Scalars['String']['output']>;
  occupationCodeSystem?: Maybe<Scalars['String']['output']>;
  openedOn: Scalars['Date']['output'];
  placements?: Maybe<Array<Placement>>;
  positions: Scalars['Int']['output'];
  province: Scalars['String']['output'];
  reservedFor?: Maybe<ProtectedCategory>;
  /**
   * Shortlists built for this vacancy, newest first: a CPI of the vacancy's province sees all of them, the employer
   * only those sent to it; anyone else is refused.
   */
  shortlists?: Maybe<Array<Shortlist>>;
  status: VacancyStatus;
  title: Scalars['String']['output'];
};

export type VacancyImportResult = {
  __typename?: 'VacancyImportResult';
  errors: Array<ImportRowError>;
  /** Position of the row in the call, from 0. */
  index: Scalars['Int']['output'];
  status: ImportRowStatus;
  vacancy?: Maybe<Vacancy>;
};

export type VacancyStatus =
  | 'CLOSED'
  | 'OPEN';

/**
 * The caller as the graph sees it, read from the verified token: what every row rule decides on. A front end asks
 * this instead of decoding its own token. Keyed by subject so other subgraphs can add what they own about the caller.
 */
export type Viewer = {
  __typename?: 'Viewer';
  /** The employer the caller acts for (org_kind employer), else null. */
  employer?: Maybe<Employer>;
  kind: ViewerKind;
  /** The organisation acted for (org claim): a provider id, an employer id, 'region', or the person id for a citizen. */
  organisation?: Maybe<Scalars['String']['output']>;
  /** The provider the caller works for (a CPI or an accredited body), else null. */
  provider?: Maybe<Provider>;
  /** Province code (sigla) of a CPI operator; null otherwise. */
  province?: Maybe<Scalars['String']['output']>;
  /** The token's scopes, sorted. */
  scopes: Array<Scalars['String']['output']>;
  /** The token's sub: the person or account signed in. */
  subject: Scalars['String']['output'];
};

/** The kind of organisation a caller acts for (the token's org_kind claim). */
export type ViewerKind =
  | 'ACCREDITED'
  | 'CITIZEN'
  | 'CPI'
  /** The Region's data-protection office: reads the audit logs, nothing else. */
  | 'DPO'
  | 'EMPLOYER'
  | 'REGION'
  /** Reserved for machine clients: granted nothing by any row rule. */
  | 'SERVICE';

export type WorkAvailability = {
  __typename?: 'WorkAvailability';
  maxDistanceKm?: Maybe<Scalars['Int']['output']>;
  shifts: Array<Shift>;
  weeklyHours?: Maybe<Scalars['Int']['output']>;
};

export type WorkAvailabilityInput = {
  maxDistanceKm?: InputMaybe<Scalars['Int']['input']>;
  shifts?: InputMaybe<Array<Shift>>;
  weeklyHours?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkContractInput = {
  employment: EmploymentKind;
  /** The contract's last day; omit when open-ended. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Expected yearly income from this work, euro (D.L. 4/2019 art. 4 c.15-quater). */
  expectedAnnualIncome: Scalars['Float']['input'];
  personId: Scalars['ID']['input'];
  /** The mandatory communication (comunicazione obbligatoria) or the person's statement. */
  reference: Scalars['String']['input'];
  startedOn: Scalars['Date']['input'];
};

export type WorkExperience = {
  __typename?: 'WorkExperience';
  description?: Maybe<Scalars['String']['output']>;
  employer: Scalars['String']['output'];
  from: Scalars['Date']['output'];
  occupationCode?: Maybe<Scalars['String']['output']>;
  occupationCodeSystem?: Maybe<SkillCodeSystem>;
  to?: Maybe<Scalars['Date']['output']>;
};

export type WorkExperienceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  employer: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  occupationCodeSystem?: InputMaybe<SkillCodeSystem>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type WorkerDuties =
  | 'ADMINISTRATIVE'
  | 'OTHER'
  | 'TECHNICAL_EXECUTIVE';

/** One row of the workforce: `count` identical workers. */
export type WorkerInput = {
  contract: ContractKind;
  count?: InputMaybe<Scalars['Int']['input']>;
  /** Required under a specialRegime: what the worker does. */
  duties?: InputMaybe<WorkerDuties>;
  fullTimeWeeklyHours?: InputMaybe<Scalars['Float']['input']>;
  /** INAIL premium rate of the worker's activity, per thousand (art. 5 c.3-bis: 60 or more). */
  inailRatePerThousand?: InputMaybe<Scalars['Float']['input']>;
  /** AGENCY only: the mission's length in months; a disabled agency worker on 12 or more covers the user's quota (D.Lgs. 81/2015 art. 34 c.3). */
  missionMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Absent: not in a protected category. */
  protected?: InputMaybe<ProtectedStatusInput>;
  /** Absent: the province of the registered office. */
  province?: InputMaybe<Scalars['String']['input']>;
  sectorExclusion?: InputMaybe<SectorExclusion>;
  /** FIXED_TERM only: length of the contract in months. */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Absent for full time. */
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
};

/** A snapshot of an employer's workforce, as in the prospetto informativo. */
export type WorkforceInput = {
  /** Default PRIVATE; a submitted report takes the employer's own kind. */
  employerKind?: InputMaybe<EmployerKind>;
  /** Art. 5 c.3-bis: the self-certified exemption for staff at an INAIL rate of 60 per thousand or more, who leave the base. */
  highRiskSelfCertified?: InputMaybe<Scalars['Boolean']['input']>;
  /** PUBLIC only: authorised to offset provinces (art. 5 c.8-bis); without it each province's shortfall stands. */
  offsetAuthorised?: InputMaybe<Scalars['Boolean']['input']>;
  /** Province (sigla) of the registered office: it receives the fixed units of the quotas. */
  registeredOfficeProvince?: InputMaybe<Scalars['String']['input']>;
  specialRegime?: InputMaybe<SpecialRegime>;
  workers: Array<WorkerInput>;
};

/**
 * Prospetto informativo: the workforce at 31 December of a year (due by 31 January), as submitted.
 * A correction is a new version of the same year; versions are never overwritten.
 */
export type WorkforceReport = {
  __typename?: 'WorkforceReport';
  employer: Employer;
  id: Scalars['ID']['output'];
  /** Computed by the quota calculator when the version was submitted. */
  obligation: L68Obligation;
  registeredOfficeProvince?: Maybe<Scalars['String']['output']>;
  /** 31 December of the year. */
  situationOn: Scalars['Date']['output'];
  submittedOn: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
  workers: Array<ReportedWorker>;
  year: Scalars['Int']['output'];
};

export type WorkforceReportImportResult = {
  __typename?: 'WorkforceReportImportResult';
  errors: Array<ImportRowError>;
  /** Position of the row in the call, from 0. */
  index: Scalars['Int']['output'];
  report?: Maybe<WorkforceReport>;
  status: ImportRowStatus;
};

export type DashboardMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', subject: string, organisation?: string | null, kind: ViewerKind, province?: string | null, scopes: Array<string>, provider?: { __typename?: 'Provider', id: string, name: string, kind: ProviderKind, province: string } | null } };

export type DashboardProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardProvincesQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'Provider', province: string }> };

export type DashboardFamilyFragment = { __typename?: 'IndicatorFamily', name: string, definition: string, measureNames: Array<string>, csv: string, cells: Array<{ __typename?: 'IndicatorCell', period: string, province?: string | null, providerKind?: IndicatorProviderKind | null, people?: number | null, suppressed: boolean, suppression?: IndicatorSuppression | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, measures: Array<{ __typename?: 'IndicatorMeasure', name: string, value?: number | null }> }> };

export type DashboardIndicatorsQueryVariables = Exact<{
  query: IndicatorQuery;
}>;


export type DashboardIndicatorsQuery = { __typename?: 'Query', indicators?: { __typename?: 'IndicatorTable', asOf: string, services: { __typename?: 'IndicatorFamily', name: string, definition: string, measureNames: Array<string>, csv: string, cells: Array<{ __typename?: 'IndicatorCell', period: string, province?: string | null, providerKind?: IndicatorProviderKind | null, people?: number | null, suppressed: boolean, suppression?: IndicatorSuppression | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, measures: Array<{ __typename?: 'IndicatorMeasure', name: string, value?: number | null }> }> }, paths: { __typename?: 'IndicatorFamily', name: string, definition: string, measureNames: Array<string>, csv: string, cells: Array<{ __typename?: 'IndicatorCell', period: string, province?: string | null, providerKind?: IndicatorProviderKind | null, people?: number | null, suppressed: boolean, suppression?: IndicatorSuppression | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, measures: Array<{ __typename?: 'IndicatorMeasure', name: string, value?: number | null }> }> }, placements: { __typename?: 'IndicatorFamily', name: string, definition: string, measureNames: Array<string>, csv: string, cells: Array<{ __typename?: 'IndicatorCell', period: string, province?: string | null, providerKind?: IndicatorProviderKind | null, people?: number | null, suppressed: boolean, suppression?: IndicatorSuppression | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, measures: Array<{ __typename?: 'IndicatorMeasure', name: string, value?: number | null }> }> }, placementRate: { __typename?: 'IndicatorFamily', name: string, definition: string, measureNames: Array<string>, csv: string, cells: Array<{ __typename?: 'IndicatorCell', period: string, province?: string | null, providerKind?: IndicatorProviderKind | null, people?: number | null, suppressed: boolean, suppression?: IndicatorSuppression | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, measures: Array<{ __typename?: 'IndicatorMeasure', name: string, value?: number | null }> }> }, retention: { __typename?: 'IndicatorFamily', name: string, definition: string, measureNames: Array<string>, csv: string, cells: Array<{ __typename?: 'IndicatorCell', period: string, province?: string | null, providerKind?: IndicatorProviderKind | null, people?: number | null, suppressed: boolean, suppression?: IndicatorSuppression | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, measures: Array<{ __typename?: 'IndicatorMeasure', name: string, value?: number | null }> }> } } | null };

export type DashboardObligationsQueryVariables = Exact<{
  province: Scalars['String']['input'];
  on: Scalars['Date']['input'];
}>;


export type DashboardObligationsQuery = { __typename?: 'Query', obligationRanking?: Array<{ __typename?: 'ObligationStatus', uncovered: number, sanctionablePositions: number, accruedSanction?: number | null, employer: { __typename?: 'Employer', id: string } }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardFamilyFragmentDoc = new TypedDocumentString(`
    fragment DashboardFamily on IndicatorFamily {
  name
  definition
  measureNames
  csv
  cells {
    period
    province
    providerKind
    provider {
      id
      name
    }
    people
    suppressed
    suppression
    measures {
      name
      value
    }
  }
}
    `, {"fragmentName":"DashboardFamily"}) as unknown as TypedDocumentString<DashboardFamilyFragment, unknown>;
export const DashboardMeDocument = new TypedDocumentString(`
    query DashboardMe {
  me {
    subject
    organisation
    kind
    province
    scopes
    provider {
      id
      name
      kind
      province
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMeQuery, DashboardMeQueryVariables>;
export const DashboardProvincesDocument = new TypedDocumentString(`
    query DashboardProvinces {
  providers {
    province
  }
}
    `) as unknown as TypedDocumentString<DashboardProvincesQuery, DashboardProvincesQueryVariables>;
export const DashboardIndicatorsDocument = new TypedDocumentString(`
    query DashboardIndicators($query: IndicatorQuery!) {
  indicators(query: $query) {
    asOf
    services {
      ...DashboardFamily
    }
    paths {
      ...DashboardFamily
    }
    placements {
      ...DashboardFamily
    }
    placementRate {
      ...DashboardFamily
    }
    retention {
      ...DashboardFamily
    }
  }
}
    fragment DashboardFamily on IndicatorFamily {
  name
  definition
  measureNames
  csv
  cells {
    period
    province
    providerKind
    provider {
      id
      name
    }
    people
    suppressed
    suppression
    measures {
      name
      value
    }
  }
}`) as unknown as TypedDocumentString<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const DashboardObligationsDocument = new TypedDocumentString(`
    query DashboardObligations($province: String!, $on: Date!) {
  obligationRanking(province: $province, on: $on, first: 100) {
    employer {
      id
    }
    uncovered
    sanctionablePositions
    accruedSanction
  }
}
    `) as unknown as TypedDocumentString<DashboardObligationsQuery, DashboardObligationsQueryVariables>;