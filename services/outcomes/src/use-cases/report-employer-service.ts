import type { Identity } from '@reg/auth';
import { badInput, conflict, forbidden, inputError, notFound, type RowProblem, ruleViolation } from '@reg/errors';
import { forbiddenByRule, idempotencyKeyOf, rowChecked, rowsChecked, todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { ReportEmployerServiceDeliveryInput } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import { type EmployerServiceFacts, standardKey } from '../remote/index.ts';
import { Refused, unwrapRefused } from '../resolvers/refused.ts';
import { canReport, canSeeEmployerService, employerServiceReporter, providerKindOf } from '../rules/access.ts';
import { deliveryShapeProblems, normaliseSessions } from '../rules/delivery-check.ts';
import {
  employerServiceProblems,
  PER_WORKER_SERVICE,
  type EmployerServiceReport,
} from '../rules/employer-service-check.ts';
import type { EmployerServiceRecord, EmployerServiceStore } from '../store/employer-service-store.ts';
import { problemError } from './report-deliveries.ts';

const reusedKey = () =>
  conflict('This idempotency key was already used for a different report', { field: 'input.idempotencyKey' });

/** A report as read from its input: what every check and the row are made of, and the hash a retry is compared by. */
interface Prepared {
  input: ReportEmployerServiceDeliveryInput;
  key: string;
  report: EmployerServiceReport;
  hash: string;
}

/** The checks that need nothing but the input (the key, the sessions' arithmetic); throws the first problem. */
function prepare(input: ReportEmployerServiceDeliveryInput): Prepared {
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
  return { input, key, report, hash };
}

/** A retry is answered from what was stored, before any check: it must never fail where the first succeeded. */
function retried(previous: EmployerServiceRecord | undefined, prepared: Prepared): EmployerServiceRecord | null {
  if (!previous) return null;
  if (previous.payloadHash !== prepared.hash) throw reusedKey();
  return previous;
}

/** The report's own shape (date, sessions, minutes), before any owner is asked; throws the first problem. */
function checkShape(prepared: Prepared): void {
  const [shape] = deliveryShapeProblems(prepared.report, prepared.input.deliveredOn, todayInRome());
  if (shape) throw problemError(shape);
}

/**
 * Against the facts of employers and catalogue: the employer exists for the caller, who may report for it, the
 * standard valid on the date, the accreditation, the catalogue's bounds; throws the first problem.
 */
function checkAgainstFacts(identity: Identity, prepared: Prepared, facts: EmployerServiceFacts) {
  const { input, report } = prepared;
  const employer = facts.employers.get(input.employerId);
  if (!employer) throw notFound('Employer', input.employerId);
  const reporter = employerServiceReporter(identity, employer.province);
  if (!reporter)
    throw forbiddenByRule(
      'EMPLOYER_PROVINCE',
      "Only the CPI of the employer's province or an accredited body reports services to this employer",
    );
  const found = facts.standards.get(standardKey({ code: input.serviceCode, on: input.deliveredOn }));
  const standard = found?.standard;
  if (!standard)
    throw badInput(
      'input.serviceCode',
      `No service ${input.serviceCode} in the catalogue valid on ${input.deliveredOn}`,
    );
  if (reporter === 'accredited' && !found.accredited)
    throw ruleViolation(
      'PROVIDER_NOT_ACCREDITED',
      `The provider is not accredited for ${input.serviceCode} on ${input.deliveredOn}`,
      { serviceCode: input.serviceCode },
    );
  const [problem] = employerServiceProblems(standard, report);
  if (problem) throw problemError(problem);
  return { employer, standard };
}

/**
 * One transaction that serialises the employer's reports, refuses a redundant worker already relocated (by a report
 * not withdrawn) and writes the row once per provider and key.
 */
function write(
  store: EmployerServiceStore,
  identity: Identity,
  prepared: Prepared,
  checked: ReturnType<typeof checkAgainstFacts>,
): Promise<{ row: EmployerServiceRecord; created: boolean }> {
  const { input, report, key, hash } = prepared;
  const { employer, standard } = checked;
  return unwrapRefused(() =>
    store.transaction(async (tx) => {
      await tx.lockEmployer(employer.id);
      if (input.serviceCode === PER_WORKER_SERVICE) {
        const served = await tx.workersServed(employer.id, input.serviceCode, input.modality, report.redundantWorkers);
        // The workers may be served by this very report: a retry sent while the first call was still writing (a
        // time-out at the gateway) read no stored row before the lock, and is answered as a retry all the same.
        const twin = served.length > 0 ? await tx.byKey(identity.organisation!, key) : null;
        if (twin) {
          if (twin.payloadHash !== hash) throw new Refused(reusedKey());
          return { row: twin, created: false };
        }
        if (served.length > 0)
          throw new Refused(
            ruleViolation(
              'REDUNDANT_WORKER_ALREADY_SERVED',
              `4E ${input.modality} was already reported for ${served.join(', ')} of this employer: the bound is per worker (seed 003, 4E); withdraw a report made in error first`,
              { serviceCode: input.serviceCode, modality: input.modality },
            ),
          );
      }
      const result = await tx.insertOnce({
        providerId: identity.organisation!,
        providerKind: providerKindOf(identity),
        idempotencyKey: key,
        payloadHash: hash,
        employerId: employer.id,
        employerProvince: employer.province,
        serviceCode: input.serviceCode,
        catalogueVersionId: standard.catalogueVersion.id,
        deliveredOn: input.deliveredOn,
        minutes: report.minutes,
        sessions: report.sessions,
        sessionMinutes: report.sessionMinutes ? [...report.sessionMinutes] : null,
        modality: report.modality,
        outputs: [...report.outputs],
        redundantWorkers: [...report.redundantWorkers],
        operator: input.operator ?? null,
        reportedBy: identity.subject,
      });
      // A twin with the same key committed meanwhile: answered as a retry.
      if (!result.created && result.row.payloadHash !== hash) throw new Refused(reusedKey());
      return result;
    }),
  );
}

const requireReporter = (identity: Identity) => {
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body reports services to employers');
};

/**
 * Reports a service of area 4 (seed 003, 4A-4E) delivered to an employer: the checks that need nothing, a retry
 * answered from what was stored, the facts of employers and catalogue (asked on the caller's behalf), who may
 * report, the catalogue's bounds, then one transaction (see write).
 */
export async function reportEmployerService(
  ctx: Context,
  input: ReportEmployerServiceDeliveryInput,
): Promise<EmployerServiceRecord> {
  const { identity, stores, remote } = ctx;
  requireReporter(identity);
  const prepared = prepare(input);
  const previous = retried((await stores.employerServices.byKeys(identity.organisation!, [prepared.key]))[0], prepared);
  if (previous) return previous;
  checkShape(prepared);
  const facts = await remote.employerServiceFacts(
    identity,
    identity.organisation!,
    [input.employerId],
    [{ code: input.serviceCode, on: input.deliveredOn }],
  );
  return (await write(stores.employerServices, identity, prepared, checkAgainstFacts(identity, prepared, facts))).row;
}

export type EmployerServiceRowOutcome =
  | { status: 'CREATED' | 'DUPLICATE'; row: EmployerServiceRecord }
  | { status: 'REJECTED'; problems: RowProblem[] };

/**
 * A batch of reports with the single report's checks (the same functions), each row its own outcome and its own
 * transaction, so a rejected row stops nothing and two rows naming one redundant worker see each other; the stored
 * retries read in one statement and employers and catalogue asked once for the whole batch.
 */
export async function reportEmployerServices(
  ctx: Context,
  rows: readonly ReportEmployerServiceDeliveryInput[],
): Promise<EmployerServiceRowOutcome[]> {
  const { identity, stores, remote } = ctx;
  requireReporter(identity);
  const providerId = identity.organisation!;
  const prepared = rowsChecked(rows, prepare);
  const keys = prepared.flatMap((p) => (p.ok ? [p.value.key] : []));
  const stored = new Map((await stores.employerServices.byKeys(providerId, keys)).map((r) => [r.idempotencyKey, r]));
  // A row refused for its shape asks nothing of the owners (a retry is answered before, as in the single report).
  const checked = prepared.map((p) =>
    !p.ok || stored.has(p.value.key)
      ? p
      : rowChecked(() => {
          checkShape(p.value);
          return p.value;
        }),
  );
  const pending = checked.flatMap((p) => (p.ok && !stored.has(p.value.key) ? [p.value] : []));
  const facts =
    pending.length === 0
      ? { employers: new Map(), standards: new Map() }
      : await remote.employerServiceFacts(
          identity,
          providerId,
          pending.map((p) => p.input.employerId),
          pending.map((p) => ({ code: p.input.serviceCode, on: p.input.deliveredOn })),
        );
  const outcomes: EmployerServiceRowOutcome[] = [];
  // In order, one after the other: a later row naming a worker an earlier one served is refused like a second call.
  for (const check of checked) {
    const outcome = !check.ok
      ? check
      : await rowChecked(async (): Promise<EmployerServiceRowOutcome> => {
          const p = check.value;
          const previous = retried(stored.get(p.key), p);
          if (previous) return { status: 'DUPLICATE', row: previous };
          const written = await write(stores.employerServices, identity, p, checkAgainstFacts(identity, p, facts));
          // Two rows of one batch with the same key: the second is the first's retry.
          stored.set(p.key, written.row);
          return { status: written.created ? 'CREATED' : 'DUPLICATE', row: written.row };
        });
    outcomes.push(outcome.ok ? outcome.value : { status: 'REJECTED', problems: [outcome.problem] });
  }
  return outcomes;
}

/**
 * Withdraws a report made in error, in one transaction that serialises with the employer's reports (so a worker is
 * freed and reported again one after the other): NOT_FOUND to whoever may not see it, FORBIDDEN to whoever sees but
 * neither reported it nor is the CPI of the employer's province (the employer itself), the same withdrawal again
 * answered with the report (a retry), another reason for a withdrawn one a CONFLICT. The report is never changed.
 */
export async function cancelEmployerService(
  ctx: Context,
  input: { deliveryId: string; reason: string },
): Promise<EmployerServiceRecord> {
  const { identity, stores } = ctx;
  if (!canReport(identity))
    throw forbidden("Only the provider that reported it or the CPI of the employer's province withdraws a report");
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 1000)
    throw badInput('input.reason', 'Say what was wrong with the report (1 to 1000 characters)');
  const [row] = await stores.employerServices.byIds([input.deliveryId]);
  if (!row || !canSeeEmployerService(identity, row)) throw notFound('EmployerServiceDelivery', input.deliveryId);
  const mayCancel =
    identity.organisation === row.providerId ||
    (identity.orgKind === 'cpi' && identity.province === row.employerProvince);
  if (!mayCancel)
    throw forbidden("Only the provider that reported it or the CPI of the employer's province withdraws a report");
  return unwrapRefused(() =>
    stores.employerServices.transaction(async (tx) => {
      await tx.lockEmployer(row.employerId);
      const { row: cancellation } = await tx.cancelOnce({
        deliveryId: row.id,
        reason,
        cancelledBy: identity.subject,
        cancelledByOrg: identity.organisation!,
      });
      if (cancellation.reason !== reason)
        throw new Refused(conflict('This report is already withdrawn, for another reason', { field: 'input.reason' }));
      ctx.loaders.cancellationByEmployerService.clear(row.id);
      return row;
    }),
  );
}
