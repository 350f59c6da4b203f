import type { Identity } from '@reg/auth';
import type { EnrolmentList, EnrolmentStatus } from '../store/tables.ts';
import { canManageListsOf, canTakeInCharge, mayReadClinicalData } from './access.ts';
import { afterPreRejection, decisionDueOn } from './enrolment-deadlines.ts';
import { checkEnrolmentEligibility, type EnrolmentCategory } from './enrolment-eligibility.ts';
import { applicationAssessment, enrolmentApplicationProblems } from './enrolment-application.ts';
import { checkEnrolmentTransition } from './enrolment-transitions.ts';
import { personRegistrationProblems, type PersonRegistration } from './person-registration.ts';
import { unemploymentStatusOn } from './unemployment-status.ts';
import { euroToCents } from './money.ts';
import { type ProfessionalRecordInput, professionalRecordContent, professionalRecordProblems } from './profiling.ts';
import { cleanList } from '../resolvers/input.ts';
import type { ImportedFile } from '../store/import-store.ts';

/**
 * One row of a bulk import (a province's first migration, the demo region): a person, the enrolment with the
 * decisions taken on it, the take-in-charges, the matching profile (functional profile, professional record). It is checked with the rules the single mutations apply, in the
 * order they would meet them (registerPerson, submitEnrolment, changeEnrolmentStatus for each decision in turn,
 * takeInCharge), so a file the old system holds is accepted exactly when the same steps made by hand would be.
 * Facts from elsewhere (is the fiscal code on the register, does the provider exist) are the caller's to give.
 */
export interface PersonImportRow {
  person: PersonRegistration;
  /** The DID on record (D.Lgs. 150/2015 art. 19 c.1), as declareUnemployment records it. */
  unemploymentDeclaration?: { declaredOn: string; reference: string } | null;
  enrolment?: EnrolmentImport | null;
  takeInCharges?: ReadonlyArray<TakeInChargeImport> | null;
  /** recordFunctionalProfile's content: what matching reads of the person's abilities. */
  functionalProfile?: {
    residualCapacities?: readonly string[] | null;
    tasksToAvoid?: readonly string[] | null;
    compatibleTasks?: readonly string[] | null;
    workplaceAdjustments?: readonly string[] | null;
  } | null;
  /** saveProfessionalRecord's content (without the person). */
  professionalRecord?: ProfessionalRecordInput | null;
}

export interface EnrolmentImport {
  list: EnrolmentList;
  submittedOn: string;
  category: EnrolmentCategory;
  invalidityPercent?: number | null;
  pensionCategory?: number | null;
  psychicOrIntellectual?: boolean | null;
  commissionReportDate?: string | null;
  commissionReportRef?: string | null;
  documents?: ReadonlyArray<{ kind: string; reference: string; presentedOn: string }> | null;
  decisions?: ReadonlyArray<{
    to: EnrolmentStatus;
    on: string;
    reason?: string | null;
    noticeReceivedOn?: string | null;
  }> | null;
}

export interface TakeInChargeImport {
  providerId: string;
  programme: string;
  startedOn: string;
  budget?: number | null;
}

/** What is wrong with a row, as the single mutation would have answered it (its `extensions.code`, field, rule). */
export interface ImportProblem {
  code: 'BAD_USER_INPUT' | 'RULE_VIOLATION' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
  message: string;
  field: string | null;
  rule: string | null;
}

/** A checked row: what to write, every derived value (status, deadlines, eligibility) computed as the mutations do. */
export type PlannedImport = ImportedFile;

export type ImportRowCheck = { ok: true; plan: PlannedImport } | { ok: false; problems: ImportProblem[] };

export interface ImportFacts {
  today: string;
  /** The providers the rows name, by id, as the catalogue knows them (absent: not found). */
  providers: ReadonlyMap<string, { kind: 'CPI' | 'ACCREDITED' }>;
}

const bad = (field: string, message: string): ImportProblem => ({ code: 'BAD_USER_INPUT', message, field, rule: null });
const violation = (field: string, rule: string, message: string): ImportProblem => ({
  code: 'RULE_VIOLATION',
  message,
  field,
  rule,
});

export function checkPersonImportRow(identity: Identity, row: PersonImportRow, facts: ImportFacts): ImportRowCheck {
  const { today } = facts;
  const person = {
    ...row.person,
    fiscalCode: row.person.fiscalCode.trim().toUpperCase(),
    givenName: row.person.givenName.trim(),
    familyName: row.person.familyName.trim(),
    email: row.person.email ?? null,
    phone: row.person.phone ?? null,
  };
  // registerPerson: the province's CPI only, then the registration rules.
  if (!canManageListsOf(identity, person.residenceProvince))
    return {
      ok: false,
      problems: [
        {
          code: 'FORBIDDEN',
          message: 'Only a CPI operator of the province of residence may register a person',
          field: 'person.residenceProvince',
          rule: null,
        },
      ],
    };
  const problems: ImportProblem[] = personRegistrationProblems(person, today).map((p) =>
    bad(`person.${p.field}`, p.message),
  );
  if (problems.length > 0) return { ok: false, problems };

  const unemploymentDeclaration = checkDeclaration(row.unemploymentDeclaration ?? null, today, problems);
  // "Disoccupate" (L. 68/1999 art. 8 c.1) is the status on the day of the application, read from the DID as
  // submitEnrolment reads it from the events on record (a new file has no work or loss yet).
  const unemployedOn = (day: string) =>
    unemploymentStatusOn(
      {
        declarations: unemploymentDeclaration ? [unemploymentDeclaration.on] : [],
        work: [],
        losses: [],
        pactsSignedOn: [],
      },
      day,
    ).state === 'UNEMPLOYED';
  const enrolment = row.enrolment
    ? checkEnrolment(identity, row.enrolment, person, today, unemployedOn(row.enrolment.submittedOn), problems)
    : null;
  const takeInCharges = checkTakeInCharges(identity, row.takeInCharges ?? [], person, facts, problems);
  // recordFunctionalProfile and saveProfessionalRecord: the same clean-up and checks, as the first versions.
  const functionalProfile = row.functionalProfile
    ? {
        residualCapacities: cleanList(row.functionalProfile.residualCapacities ?? []),
        tasksToAvoid: cleanList(row.functionalProfile.tasksToAvoid ?? []),
        compatibleTasks: cleanList(row.functionalProfile.compatibleTasks ?? []),
        workplaceAdjustments: cleanList(row.functionalProfile.workplaceAdjustments ?? []),
      }
    : null;
  const professionalRecord = row.professionalRecord ? professionalRecordContent(row.professionalRecord) : null;
  if (professionalRecord)
    for (const p of professionalRecordProblems(professionalRecord))
      problems.push(bad(`professionalRecord.${p.field}`, p.message));
  return problems.length > 0
    ? { ok: false, problems }
    : {
        ok: true,
        plan: { person, unemploymentDeclaration, enrolment, takeInCharges, functionalProfile, professionalRecord },
      };
}

/** declareUnemployment's checks on the DID of an imported file. */
function checkDeclaration(
  input: { declaredOn: string; reference: string } | null,
  today: string,
  problems: ImportProblem[],
): PlannedImport['unemploymentDeclaration'] {
  if (!input) return null;
  const reference = input.reference.trim();
  if (input.declaredOn > today)
    problems.push(bad('unemploymentDeclaration.declaredOn', 'A declaration cannot be dated in the future'));
  if (!reference)
    problems.push(
      bad('unemploymentDeclaration.reference', 'State the act it rests on (protocol, communication, notice)'),
    );
  return { on: input.declaredOn, reference };
}

function checkEnrolment(
  identity: Identity,
  input: EnrolmentImport,
  person: { birthDate: string; residenceProvince: string },
  today: string,
  unemployed: boolean,
  problems: ImportProblem[],
): PlannedImport['enrolment'] {
  const before = problems.length;
  // submitEnrolment's checks.
  const documents = (input.documents ?? []).map((d) => ({
    kind: d.kind,
    reference: d.reference.trim(),
    presentedOn: d.presentedOn,
  }));
  for (const p of enrolmentApplicationProblems({ ...input, documents }, today))
    problems.push(bad(`enrolment.${p.field}`, p.message));
  const eligibility = checkEnrolmentEligibility({
    ...input,
    unemployed,
    birthDate: person.birthDate,
    on: input.submittedOn,
  });

  // changeEnrolmentStatus, one decision after the other, from the receipt.
  let status: EnrolmentStatus = 'SUBMITTED';
  let decidedOn: string | null = null;
  let due = decisionDueOn(input.submittedOn);
  let observationsDueOn: string | null = null;
  let previousOn = input.submittedOn;
  const transitions: NonNullable<PlannedImport['enrolment']>['transitions'] = [
    { from: null, to: 'SUBMITTED', on: input.submittedOn, reason: null },
  ];
  for (const [i, decision] of (input.decisions ?? []).entries()) {
    const at = `enrolment.decisions[${i}]`;
    const check = checkEnrolmentTransition(status, decision.to, decision.reason, decision.on, input.submittedOn);
    if (!check.ok) {
      problems.push(violation(`${at}.to`, check.rule, check.message));
      break;
    }
    if (decision.on < previousOn || decision.on > today) {
      problems.push(bad(`${at}.on`, 'Decisions come in the order they were taken, none after today'));
      break;
    }
    if (decision.to === 'ACCEPTED') {
      // Acceptance rests on the eligibility check (health data): only a caller who may read it decides.
      if (!mayReadClinicalData(identity)) {
        problems.push({
          code: 'FORBIDDEN',
          message: 'Accepting an enrolment needs clinical access (scope health:read, a CPI)',
          field: `${at}.to`,
          rule: 'CLINICAL_DATA_KIND',
        });
        break;
      }
      if (!eligibility.eligible) {
        problems.push(
          violation(
            `${at}.to`,
            'ENROLMENT_NOT_ELIGIBLE',
            `The application does not meet the requirements of L. 68/1999 (${eligibility.failures.map((f) => f.rule).join(', ')}): send a pre-rejection notice instead`,
          ),
        );
        break;
      }
    }
    // An import carries no observations: a rejection inside the window is refused, as without observations on file.
    if (decision.to === 'REJECTED' && observationsDueOn && decision.on <= observationsDueOn) {
      problems.push(
        violation(
          `${at}.on`,
          'ENROLMENT_OBSERVATION_WINDOW_OPEN',
          `The person has until ${observationsDueOn} to send observations (L. 241/1990 art. 10-bis)`,
        ),
      );
      break;
    }
    const received = decision.noticeReceivedOn ?? decision.on;
    if (
      decision.noticeReceivedOn != null &&
      (decision.to !== 'PRE_REJECTED' || received < decision.on || received > today)
    ) {
      problems.push(
        bad(
          `${at}.noticeReceivedOn`,
          'noticeReceivedOn is the day a pre-rejection notice was received: on or after it was sent, not in the future',
        ),
      );
      break;
    }
    if (decision.to === 'PRE_REJECTED') {
      const deadlines = afterPreRejection(decision.on, due, received);
      due = deadlines.decisionDueOn;
      observationsDueOn = deadlines.observationsDueOn;
    }
    if (check.decides) decidedOn = decision.on;
    transitions.push({ from: status, to: decision.to, on: decision.on, reason: decision.reason?.trim() || null });
    status = decision.to;
    previousOn = decision.on;
  }
  if (problems.length > before) return null;
  return {
    list: input.list,
    province: person.residenceProvince,
    submittedOn: input.submittedOn,
    unemployed,
    documents,
    status,
    decidedOn,
    decisionDueOn: due,
    observationsDueOn,
    assessment: applicationAssessment(input),
    eligibility: { ...eligibility, checkedOn: input.submittedOn },
    transitions,
  };
}

function checkTakeInCharges(
  identity: Identity,
  inputs: ReadonlyArray<TakeInChargeImport>,
  person: { residenceProvince: string },
  facts: ImportFacts,
  problems: ImportProblem[],
): PlannedImport['takeInCharges'] {
  const planned: PlannedImport['takeInCharges'] = [];
  const programmes = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const at = `takeInCharges[${i}]`;
    const programme = input.programme.trim();
    if (!canTakeInCharge(identity, input.providerId, person)) {
      problems.push({
        code: 'FORBIDDEN',
        message: 'This caller may not take this person in charge for that provider',
        field: `${at}.providerId`,
        rule: null,
      });
      continue;
    }
    if (!programme) problems.push(bad(`${at}.programme`, 'A programme is required'));
    if (input.startedOn > facts.today)
      problems.push(bad(`${at}.startedOn`, 'A take-in-charge cannot start in the future'));
    if (input.budget != null && !(input.budget >= 0))
      problems.push(bad(`${at}.budget`, 'A budget is zero or more euro'));
    const provider = facts.providers.get(input.providerId);
    if (!provider)
      problems.push({
        code: 'NOT_FOUND',
        message: `Provider ${input.providerId} not found`,
        field: `${at}.providerId`,
        rule: null,
      });
    // At most one active take-in-charge per person and programme (take_in_charge_active_uq).
    if (programme && programmes.has(programme))
      problems.push({
        code: 'CONFLICT',
        message: `The person is already in charge within programme ${programme}`,
        field: `${at}.programme`,
        rule: 'TAKE_IN_CHARGE_ACTIVE',
      });
    programmes.add(programme);
    if (provider)
      planned.push({
        providerId: input.providerId,
        providerKind: provider.kind,
        programme,
        startedOn: input.startedOn,
        budgetCents: euroToCents(input.budget),
      });
  }
  return planned;
}
