import { badInput, conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { forbiddenByRule, idempotencyKeyOf, todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { ReportEmployerServiceDeliveryInput } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import { Refused, unwrapRefused } from '../resolvers/refused.ts';
import { canReport, employerServiceReporter, providerKindOf } from '../rules/access.ts';
import { deliveryShapeProblems, normaliseSessions } from '../rules/delivery-check.ts';
import {
  employerServiceProblems,
  PER_WORKER_SERVICE,
  type EmployerServiceReport,
} from '../rules/employer-service-check.ts';
import type { EmployerServiceRecord, NewEmployerService } from '../store/employer-service-store.ts';
import { problemError } from './report-deliveries.ts';

const reusedKey = () =>
  conflict('This idempotency key was already used for a different report', { field: 'input.idempotencyKey' });

/** What needs no stored record and no other subgraph: the key, the sessions, the report and its content's hash. */
export function checkedEmployerServiceInput(input: ReportEmployerServiceDeliveryInput) {
  const key = idempotencyKeyOf(input.idempotencyKey);
  const sessions = normaliseSessions(input);
  if (!sessions.ok) throw inputError(sessions);
  const workers = (input.redundantWorkers ?? []).map((w) => w.trim());
  const report: EmployerServiceReport = {
    minutes: sessions.minutes,
    sessions: sessions.sessions,
    sessionMinutes: sessions.sessionMinutes,
    modality: input.modality,
    outputs: input.outputs ?? [],
    redundantWorkers: workers,
  };
  const hash = payloadHash({
    employerId: input.employerId,
    serviceCode: input.serviceCode,
    deliveredOn: input.deliveredOn,
    minutes: report.minutes,
    sessions: report.sessions,
    sessionMinutes: report.sessionMinutes,
    modality: report.modality,
    outputs: report.outputs,
    redundantWorkers: workers,
    operator: input.operator ?? null,
  });
  return { input, key, sessionMinutes: sessions.sessionMinutes, workers, report, hash };
}

/** A key used before: the stored report if it is the same one (a retry), CONFLICT if the content differs. */
export function requireSameEmployerService(stored: EmployerServiceRecord, hash: string): EmployerServiceRecord {
  if (stored.payloadHash !== hash) throw reusedKey();
  return stored;
}

/** The facts of employers and catalogue a report is checked against (asked on the caller's behalf). */
export type EmployerServiceFacts = Awaited<ReturnType<Context['remote']['employerServiceFacts']>>;

/**
 * The report to write for a checked input on its facts: the shape within the calendar, the employer visible, who may
 * report to it, the standard valid on the day, the accreditation, the catalogue's bounds; or the error thrown.
 */
export function employerServiceToRecord(
  identity: Context['identity'],
  checked: ReturnType<typeof checkedEmployerServiceInput>,
  facts: EmployerServiceFacts,
  today: string,
): NewEmployerService {
  const { input, key, report, hash, workers } = checked;
  const [shape] = deliveryShapeProblems(report, input.deliveredOn, today);
  if (shape) throw problemError(shape);
  if (!facts.employer) throw notFound('Employer', input.employerId);
  const employerProvince = facts.employer.province;
  const reporter = employerServiceReporter(identity, employerProvince);
  if (!reporter)
    throw forbiddenByRule(
      'EMPLOYER_PROVINCE',
      "Only the CPI of the employer's province or an accredited body reports services to this employer",
    );
  if (!facts.standard)
    throw badInput(
      'input.serviceCode',
      `No service ${input.serviceCode} in the catalogue valid on ${input.deliveredOn}`,
    );
  if (reporter === 'accredited' && !facts.accredited)
    throw ruleViolation(
      'PROVIDER_NOT_ACCREDITED',
      `The provider is not accredited for ${input.serviceCode} on ${input.deliveredOn}`,
      { serviceCode: input.serviceCode },
    );
  const [problem] = employerServiceProblems(facts.standard, report);
  if (problem) throw problemError(problem);
  return {
    providerId: identity.organisation!,
    providerKind: providerKindOf(identity),
    idempotencyKey: key,
    payloadHash: hash,
    employerId: facts.employer.id,
    employerProvince,
    serviceCode: input.serviceCode,
    catalogueVersionId: facts.standard.catalogueVersion.id,
    deliveredOn: input.deliveredOn,
    minutes: report.minutes,
    sessions: report.sessions,
    sessionMinutes: checked.sessionMinutes,
    modality: report.modality,
    outputs: [...report.outputs],
    redundantWorkers: workers,
    operator: input.operator ?? null,
    reportedBy: identity.subject,
  };
}

/** 4E is bounded per redundant worker (seed 003): these workers were already served by this service and modality. */
export const workerAlreadyServed = (input: { serviceCode: string; modality: string }, served: readonly string[]) =>
  ruleViolation(
    'REDUNDANT_WORKER_ALREADY_SERVED',
    `4E ${input.modality} was already reported for ${served.join(', ')} of this employer: the bound is per worker (seed 003, 4E)`,
    { serviceCode: input.serviceCode, modality: input.modality },
  );

/**
 * Reports a service of area 4 (seed 003, 4A-4E) delivered to an employer: the checks that need nothing, a retry
 * answered from what was stored, the facts of employers and catalogue (asked on the caller's behalf), who may
 * report, the catalogue's bounds, then one transaction that serialises the employer's reports, refuses a redundant
 * worker already relocated and writes the row once per provider and key.
 */
export async function reportEmployerService(
  ctx: Context,
  input: ReportEmployerServiceDeliveryInput,
): Promise<EmployerServiceRecord> {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body reports services to employers');
  const providerId = identity.organisation!;
  const checked = checkedEmployerServiceInput(input);
  // A retry is answered from what was stored, before any check: it must never fail where the first succeeded.
  const previous = await stores.employerServices.byKey(providerId, checked.key);
  if (previous) return requireSameEmployerService(previous, checked.hash);
  const facts = await remote.employerServiceFacts(identity, providerId, input.employerId, {
    code: input.serviceCode,
    on: input.deliveredOn,
  });
  const row = employerServiceToRecord(identity, checked, facts, todayInRome());

  return unwrapRefused(() =>
    stores.employerServices.transaction(async (tx) => {
      await tx.lockEmployer(row.employerId);
      if (input.serviceCode === PER_WORKER_SERVICE) {
        const served = await tx.workersServed(row.employerId, input.serviceCode, input.modality, checked.workers);
        if (served.length > 0) throw new Refused(workerAlreadyServed(input, served));
      }
      const { row: stored, created } = await tx.insertOnce(row);
      // A twin with the same key committed meanwhile: answered as a retry.
      if (!created && stored.payloadHash !== checked.hash) throw new Refused(reusedKey());
      return stored;
    }),
  );
}
