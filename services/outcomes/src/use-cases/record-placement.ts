import type { Identity } from '@reg/auth';
import { badInput, conflict, inputError, notFound } from '@reg/errors';
import { idempotencyKeyOf } from '@reg/subgraph-kit';
import type { RecordPlacementInput } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import type { EmployerAndVacancy, PersonFactsRemote } from '../remote/index.ts';
import { canSeeInternship, providerKindOf, quotaStatusAtRecording } from '../rules/access.ts';
import { hireFromInternshipProblem } from '../rules/internship.ts';
import { placementProblems } from '../rules/placement-check.ts';
import { targetGroupsFor } from '../rules/person-dates.ts';
import type { InternshipRecord } from '../store/internship-store.ts';
import type { NewPlacement, PlacementRecord } from '../store/placement-store.ts';
import { internshipProblemError } from './internship-steps.ts';

/**
 * recordPlacement's steps, shared by the single mutation and each row of recordPlacements so both check and project
 * a placement with one implementation: the input's own checks, then (facts fetched by the caller, one by one or once
 * per batch) the placement row to insert, then the answer for a key already used.
 */

/** What needs no other subgraph: the idempotency key, the content's hash and the placement's own rules. */
export function checkedPlacementInput(input: RecordPlacementInput, today: string) {
  const key = idempotencyKeyOf(input.idempotencyKey);
  const { idempotencyKey: _key, ...content } = input;
  const [problem] = placementProblems(input, today);
  if (problem) throw inputError(problem);
  return { input, key, hash: payloadHash(content) };
}

/** The facts of the other subgraphs (asked on the caller's behalf: null when it may not see them) and the internship. */
export interface PlacementFacts {
  person: PersonFactsRemote | null;
  employer: EmployerAndVacancy['employer'];
  vacancy: EmployerAndVacancy['vacancy'];
  /** Loaded when the input names one; null when it does not exist. */
  internship: InternshipRecord | null;
}

/** The placement to insert for a checked input on its facts, or the error recordPlacement answers. */
export function placementToRecord(
  identity: Identity,
  checked: ReturnType<typeof checkedPlacementInput>,
  facts: PlacementFacts,
): NewPlacement {
  const { input, key, hash } = checked;
  const { person, employer, vacancy } = facts;
  if (!person) throw notFound('Person', input.personId);
  if (!employer) throw notFound('Employer', input.employerId);
  if (input.vacancyId && (!vacancy || vacancy.employer?.id !== employer.id))
    throw badInput('input.vacancyId', 'The vacancy is not one of this employer');
  const internshipId = input.internshipId ?? null;
  if (internshipId) {
    const internship = facts.internship;
    if (!internship || !canSeeInternship(identity, internship)) throw notFound('Internship', internshipId);
    const mismatch = hireFromInternshipProblem(
      { personId: person.id, employerId: employer.id, startedOn: input.startedOn },
      internship,
    );
    if (mismatch) throw internshipProblemError(mismatch);
  }
  const org = identity.organisation!;
  const quota = {
    employerId: employer.id,
    countsTowardQuota: input.countsTowardQuota,
    employerProvince: employer.province,
    quotaProvince: vacancy?.province ?? employer.province,
  };
  const quotaStatus = quotaStatusAtRecording(identity, quota);
  return {
    reportedByOrg: org,
    idempotencyKey: key,
    payloadHash: hash,
    personId: person.id,
    personProvince: person.residenceProvince,
    employerId: employer.id,
    vacancyId: input.vacancyId ?? null,
    contract: input.contract,
    termMonths: input.termMonths ?? null,
    weeklyHours: input.weeklyHours ?? null,
    fullTimeWeeklyHours: input.weeklyHours == null ? null : (input.fullTimeWeeklyHours ?? null),
    startedOn: input.startedOn,
    targetGroups: targetGroupsFor(person, input.startedOn),
    countsTowardQuota: input.countsTowardQuota,
    employerProvince: quota.employerProvince,
    quotaProvince: quota.quotaProvince,
    quotaStatus,
    ...(quotaStatus === 'CONFIRMED'
      ? { quotaConfirmedBy: identity.subject, quotaConfirmedByOrg: org, quotaConfirmedAt: new Date().toISOString() }
      : {}),
    createdBy: identity.subject,
    providerKind: providerKindOf(identity),
    internshipId,
  };
}

/** A key used before: the stored placement if it is the same one (a retry), CONFLICT if the content differs. */
export function requireSamePlacement(stored: PlacementRecord, hash: string): PlacementRecord {
  if (stored.payloadHash !== hash)
    throw conflict('This idempotency key was already used for a different placement', {
      field: 'input.idempotencyKey',
    });
  return stored;
}
