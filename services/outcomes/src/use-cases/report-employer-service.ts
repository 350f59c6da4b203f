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
import type { EmployerServiceRecord } from '../store/employer-service-store.ts';
import { problemError } from './report-deliveries.ts';

const reusedKey = () =>
  conflict('This idempotency key was already used for a different report', { field: 'input.idempotencyKey' });

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
  // A retry is answered from what was stored, before any check: it must never fail where the first succeeded.
  const previous = await stores.employerServices.byKey(providerId, key);
  if (previous) {
    if (previous.payloadHash !== hash) throw reusedKey();
    return previous;
  }
  const [shape] = deliveryShapeProblems(report, input.deliveredOn, todayInRome());
  if (shape) throw problemError(shape);

  const facts = await remote.employerServiceFacts(identity, providerId, input.employerId, {
    code: input.serviceCode,
    on: input.deliveredOn,
  });
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

  return unwrapRefused(() =>
    stores.employerServices.transaction(async (tx) => {
      await tx.lockEmployer(facts.employer!.id);
      if (input.serviceCode === PER_WORKER_SERVICE) {
        const served = await tx.workersServed(facts.employer!.id, input.serviceCode, input.modality, workers);
        if (served.length > 0)
          throw new Refused(
            ruleViolation(
              'REDUNDANT_WORKER_ALREADY_SERVED',
              `4E ${input.modality} was already reported for ${served.join(', ')} of this employer: the bound is per worker (seed 003, 4E)`,
              { serviceCode: input.serviceCode, modality: input.modality },
            ),
          );
      }
      const { row, created } = await tx.insertOnce({
        providerId,
        providerKind: providerKindOf(identity),
        idempotencyKey: key,
        payloadHash: hash,
        employerId: facts.employer!.id,
        employerProvince,
        serviceCode: input.serviceCode,
        catalogueVersionId: facts.standard!.catalogueVersion.id,
        deliveredOn: input.deliveredOn,
        minutes: report.minutes,
        sessions: report.sessions,
        sessionMinutes: sessions.sessionMinutes,
        modality: report.modality,
        outputs: [...report.outputs],
        redundantWorkers: workers,
        operator: input.operator ?? null,
        reportedBy: identity.subject,
      });
      // A twin with the same key committed meanwhile: answered as a retry.
      if (!created && row.payloadHash !== hash) throw new Refused(reusedKey());
      return row;
    }),
  );
}
