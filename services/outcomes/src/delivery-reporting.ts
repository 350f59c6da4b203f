import type { GraphQLError } from 'graphql';
import { minDate } from '@reg/calendar';
import { inDisadvantageTargetGroup } from './rules/target-group.ts';
import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import type { Context } from './context.ts';
import type { ReportServiceDeliveryInput } from './generated/graphql.ts';
import { payloadHash } from './payload-hash.ts';
import type { DeliveryFacts, PersonFactsRemote, RemoteStandard, StandardRequest } from './remote/index.ts';
import { standardKey } from './remote/index.ts';
import {
  deliveryCatalogueProblems,
  deliveryShapeProblems,
  findModality,
  normaliseSessions,
  sessionBreaches,
  type DeliveryProblem,
  type DeliveryReport,
  type ModalityFacts,
  type RuleBreach,
} from './rules/delivery-check.ts';
import { providerKindOf } from './rules/access.ts';
import { personDatesFor } from './rules/person-dates.ts';
import { canOverride, overrideReasonProblem } from './rules/override.ts';
import { pathMaximumBreaches, totalsWith } from './rules/path-bounds.ts';
import type { DeliveryRecord, DeliveryScope } from './store/delivery-store.ts';

/**
 * One delivery report from input to stored row, shared by the single and the batch mutation: checks that
 * need nothing from elsewhere first, then the facts of the people and catalogue subgraphs (asked once per
 * batch), then the path's running totals, read and written in one transaction.
 */
export type RowOutcome =
  | { status: 'CREATED' | 'DUPLICATE'; row: DeliveryRecord }
  | { status: 'REJECTED'; errors: GraphQLError[] };

export interface PreparedReport {
  key: string;
  hash: string;
  report: DeliveryReport;
  input: ReportServiceDeliveryInput;
  overrideReason: string | null;
}

const rejected = (...errors: GraphQLError[]): RowOutcome => ({ status: 'REJECTED', errors });

export const problemError = (problem: DeliveryProblem): GraphQLError =>
  problem.kind === 'input' ? inputError(problem) : ruleViolation(problem.rule, problem.message, problem.details);

export const breachError = (breach: RuleBreach): GraphQLError => {
  const { rule, message, ...details } = breach;
  return ruleViolation(rule, message, details);
};

const reusedKey = () =>
  conflict('This idempotency key was already used for a different report', { field: 'input.idempotencyKey' });

/** The checks that need neither a database nor another subgraph: a malformed row costs nothing more. */
export function prepareReport(
  _ctx: Context,
  input: ReportServiceDeliveryInput,
): { ok: true; prepared: PreparedReport } | { ok: false; errors: GraphQLError[] } {
  const key = input.idempotencyKey.trim();
  if (key.length < 1 || key.length > 200)
    return { ok: false, errors: [badInput('input.idempotencyKey', 'The idempotency key must be 1 to 200 characters')] };
  const sessions = normaliseSessions(input);
  if (!sessions.ok) return { ok: false, errors: [inputError(sessions)] };
  const report: DeliveryReport = {
    minutes: sessions.minutes,
    sessions: sessions.sessions,
    sessionMinutes: sessions.sessionMinutes,
    modality: input.modality,
    outputs: input.outputs ?? [],
  };
  const overrideReason = input.override ? input.override.reason.trim() : null;
  // Fields added after the first release enter the hash only when used, so older retries still match.
  const hash = payloadHash({
    minutes: report.minutes,
    sessions: report.sessions,
    modality: report.modality,
    outputs: report.outputs,
    personId: input.personId,
    serviceCode: input.serviceCode,
    deliveredOn: input.deliveredOn,
    operator: input.operator ?? null,
    ...(report.sessionMinutes ? { sessionMinutes: report.sessionMinutes } : {}),
    ...(overrideReason !== null ? { override: overrideReason } : {}),
  });
  return { ok: true, prepared: { key, hash, report, input, overrideReason } };
}

/** A retry is answered from what was stored, before any check: it must never fail where the first succeeded. */
export function answerRetry(prepared: PreparedReport, previous: DeliveryRecord): RowOutcome {
  return previous.payloadHash === prepared.hash ? { status: 'DUPLICATE', row: previous } : rejected(reusedKey());
}

export const factsNeeded = (
  rows: readonly PreparedReport[],
): { personIds: string[]; standards: StandardRequest[] } => ({
  personIds: rows.map((r) => r.input.personId),
  standards: rows.map((r) => ({ code: r.input.serviceCode, on: r.input.deliveredOn })),
});

/**
 * Whether this provider may deliver this service to this person on that date, in that modality, with those
 * outputs: the person is visible (and in charge, for an accredited body), the provider accredited, the modality
 * and outputs the service's, the target group the person's. Shared by reports and by opening a path.
 */
export function admission(
  ctx: Context,
  facts: DeliveryFacts,
  what: { personId: string; serviceCode: string; on: string; modality: string; outputs: readonly string[] },
):
  | { ok: true; person: PersonFactsRemote; standard: RemoteStandard; modality: ModalityFacts }
  | { ok: false; errors: GraphQLError[] } {
  const providerId = ctx.identity.organisation!;
  const refuse = (...errors: GraphQLError[]) => ({ ok: false as const, errors });
  const person = facts.persons.get(what.personId) ?? null;
  if (!person) return refuse(notFound('Person', what.personId));
  if (ctx.identity.orgKind === 'accredited' && !person.takeInCharges.some((t) => t.provider.id === providerId)) {
    return refuse(ruleViolation('PERSON_NOT_IN_CHARGE', 'The provider does not have this person in charge'));
  }
  const found = facts.standards.get(standardKey({ code: what.serviceCode, on: what.on }));
  const standard = found?.standard ?? null;
  if (!standard)
    return refuse(badInput('input.serviceCode', `No service ${what.serviceCode} in the catalogue valid on ${what.on}`));
  if (!found?.accredited)
    return refuse(
      ruleViolation('PROVIDER_NOT_ACCREDITED', `The provider is not accredited for ${what.serviceCode} on ${what.on}`, {
        serviceCode: what.serviceCode,
      }),
    );
  const protectedCategory = inDisadvantageTargetGroup(
    {
      enrolments: person.enrolments.map((e) => ({ status: e.status, decidedOn: e.decidedOn ?? null })),
      certifications: person.disadvantageCertifications ?? [],
    },
    what.on,
  );
  const catalogue = deliveryCatalogueProblems(
    standard,
    { minutes: 1, sessions: 1, sessionMinutes: null, modality: what.modality, outputs: what.outputs },
    { protectedCategory },
  );
  if (catalogue.length > 0) return refuse(...catalogue.map(problemError));
  return { ok: true, person, standard, modality: findModality(standard, what.modality)! };
}

/** Thrown inside the transaction to roll it back and answer with the outcome instead. */
class Settled extends Error {
  constructor(readonly outcome: RowOutcome) {
    super('settled');
  }
}

/**
 * Checks a report against the path's totals and writes it atomically in `scope`: its own transaction by default,
 * a savepoint when a batch passes its transaction.
 */
export async function checkAndRecord(
  ctx: Context,
  prepared: PreparedReport,
  facts: DeliveryFacts,
  today: string,
  scope: DeliveryScope = ctx.stores.deliveries,
): Promise<RowOutcome> {
  const { identity } = ctx;
  const providerId = identity.organisation!;
  const { input, report, key, hash, overrideReason } = prepared;

  const shape = deliveryShapeProblems(report, input.deliveredOn, today);
  if (shape.length > 0) return rejected(...shape.map(problemError));
  if (overrideReason !== null) {
    if (!canOverride(identity))
      return rejected(forbidden('Only a CPI supervisor (scope deliveries:override) may override the catalogue'));
    const problem = overrideReasonProblem(overrideReason);
    if (problem) return rejected(badInput('input.override.reason', problem));
  }

  const admitted = admission(ctx, facts, {
    personId: input.personId,
    serviceCode: input.serviceCode,
    on: input.deliveredOn,
    modality: report.modality,
    outputs: report.outputs,
  });
  if (!admitted.ok) return rejected(...admitted.errors);
  const { person, standard } = admitted;
  const modality = admitted.modality;
  const perSession = sessionBreaches(standard.code, modality, report);

  try {
    return await scope.transaction(async (tx) => {
      const path = await tx.lockOpenPath(
        { providerId, personId: person.id, serviceCode: standard.code, modality: modality.code },
        person.residenceProvince,
        input.deliveredOn,
        providerKindOf(identity),
      );
      const totals = totalsWith(
        {
          minutes: path.totalMinutes,
          sessions: path.totalSessions,
          firstOn: path.firstDeliveredOn,
          lastOn: path.lastDeliveredOn,
        },
        { minutes: report.minutes, sessions: report.sessions, deliveredOn: input.deliveredOn },
      );
      const breaches = [...perSession, ...pathMaximumBreaches(standard.code, modality, totals)];
      if (breaches.length > 0 && overrideReason === null) {
        // The same report may have been stored since the key was looked up (a race, an earlier row of the same
        // batch): it is a duplicate then, not a breach. Asked only here, so an accepted row costs no extra query.
        const again = await tx.byIdempotencyKey(providerId, key);
        throw new Settled(again ? answerRetry(prepared, again) : rejected(...breaches.map(breachError)));
      }

      const { row, created } = await tx.insertOnce({
        providerId,
        idempotencyKey: key,
        payloadHash: hash,
        personId: person.id,
        personProvince: person.residenceProvince,
        serviceCode: standard.code,
        catalogueVersionId: standard.catalogueVersion.id,
        deliveredOn: input.deliveredOn,
        minutes: report.minutes,
        sessions: report.sessions,
        sessionMinutes: report.sessionMinutes ? [...report.sessionMinutes] : null,
        modality: modality.code,
        outputs: [...report.outputs],
        operator: input.operator ?? null,
        pathId: path.id,
        reportedBy: identity.subject,
        providerKind: providerKindOf(identity),
        ...personDatesFor(person, providerId, input.deliveredOn),
      });
      // The key was taken since it was looked up (a race, or an earlier row of the same batch): answer with that
      // row and write nothing.
      if (!created) throw new Settled(answerRetry(prepared, row));
      await tx.updatePathTotals(path.id, {
        totalMinutes: totals.minutes,
        totalSessions: totals.sessions,
        firstDeliveredOn: totals.firstOn,
        lastDeliveredOn: totals.lastOn,
        openedOn: minDate(input.deliveredOn, path.openedOn),
      });
      await tx.recordOverrides(
        breaches.map((b) => ({
          pathId: path.id,
          deliveryId: row.id,
          rule: b.rule,
          bound: b.bound,
          actual: b.actual,
          reason: overrideReason!,
          overriddenBy: identity.subject,
          overriddenByOrg: providerId,
        })),
      );
      return { status: 'CREATED', row } as const;
    });
  } catch (error) {
    if (error instanceof Settled) return error.outcome;
    if (isUniqueViolation(error)) return rejected(conflict('This idempotency key was already used'));
    throw error;
  }
}
