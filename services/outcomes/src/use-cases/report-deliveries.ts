import { GraphQLError } from 'graphql';
import { minDate } from '@reg/calendar';
import { inDisadvantageTargetGroup } from '@reg/target-groups';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { idempotencyKeyError, todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { ReportServiceDeliveryInput } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import type { DeliveryFacts, PersonAsk, PersonFactsRemote, RemoteStandard, StandardRequest } from '../remote/index.ts';
import { standardKey } from '../remote/index.ts';
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
} from '../rules/delivery-check.ts';
import { providerKindOf } from '../rules/access.ts';
import { projectPerson } from '../rules/person-dates.ts';
import { canOverride, overrideReasonProblem } from '../rules/override.ts';
import { pathMaximumBreaches, totalsWith, type PathTotals } from '../rules/path-bounds.ts';
import type {
  DeliveryRecord,
  DeliveryScope,
  NewDeliveryWithId,
  NewOverride,
  PathRecord,
} from '../store/delivery-store.ts';

/**
 * Delivery reports from input to stored rows, shared by the single and the batch mutation, with a constant
 * number of SQL statements per batch whatever its size: checks that need nothing from elsewhere first, then
 * the facts of the people and catalogue subgraphs (asked once per batch), then the paths' running totals,
 * locked, computed in memory row after row and written in one transaction.
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
  const keyError = idempotencyKeyError(input.idempotencyKey);
  if (keyError) return { ok: false, errors: [keyError] };
  const key = input.idempotencyKey.trim();
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
): { persons: PersonAsk[]; standards: StandardRequest[] } => ({
  persons: rows.map((r) => ({ id: r.input.personId, days: [r.input.deliveredOn] })),
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

/** A report that passed every check that does not depend on its path: what it adds, and to which path. */
export interface Candidate {
  index: number;
  prepared: PreparedReport;
  person: PersonFactsRemote;
  standard: RemoteStandard;
  modality: ModalityFacts;
  /** Per-session bounds broken (they stop the report unless overridden, like the path's). */
  perSession: RuleBreach[];
  /** The path's identity within the provider: person, service, modality. */
  pathKey: string;
}

const pathKeyOf = (personId: string, serviceCode: string, modality: string) =>
  JSON.stringify([personId, serviceCode, modality]);

/** The checks of one report that need its facts but not its path: shape, override, admission, per session. */
export function checkReport(
  ctx: Context,
  index: number,
  prepared: PreparedReport,
  facts: DeliveryFacts,
  today: string,
): { ok: true; candidate: Candidate } | { ok: false; outcome: RowOutcome } {
  const { identity } = ctx;
  const { input, report, overrideReason } = prepared;
  const refuse = (...errors: GraphQLError[]) => ({ ok: false as const, outcome: rejected(...errors) });
  const shape = deliveryShapeProblems(report, input.deliveredOn, today);
  if (shape.length > 0) return refuse(...shape.map(problemError));
  if (overrideReason !== null) {
    if (!canOverride(identity))
      return refuse(forbidden('Only a CPI supervisor (scope deliveries:override) may override the catalogue'));
    const problem = overrideReasonProblem(overrideReason);
    if (problem) return refuse(badInput('input.override.reason', problem));
  }
  const admitted = admission(ctx, facts, {
    personId: input.personId,
    serviceCode: input.serviceCode,
    on: input.deliveredOn,
    modality: report.modality,
    outputs: report.outputs,
  });
  if (!admitted.ok) return refuse(...admitted.errors);
  const { person, standard, modality } = admitted;
  return {
    ok: true,
    candidate: {
      index,
      prepared,
      person,
      standard,
      modality,
      perSession: sessionBreaches(standard.code, modality, report),
      pathKey: pathKeyOf(person.id, standard.code, modality.code),
    },
  };
}

/** A path as the batch leaves it: its running totals, and whether a report of the batch joined (or opened) it. */
export interface PathState {
  /** The stored path; null for one the batch opens. */
  stored: PathRecord | null;
  id: string;
  totals: PathTotals;
  openedOn: string | null;
  joined: boolean;
  /** What the path is opened with, when the batch opens it: its first accepted report's. */
  opening: { personId: string; serviceCode: string; modality: string; personProvince: string };
}

/** What the batch does with one candidate. */
export type Decision =
  | { kind: 'accept'; pathKey: string; breaches: RuleBreach[] }
  /** The key was stored before (by another request) or taken by an earlier row of this batch: answered as a retry. */
  | { kind: 'retry'; of: { stored: DeliveryRecord } | { row: number } }
  | { kind: 'breach'; breaches: RuleBreach[] };

/**
 * The running totals, row after row in the batch's order, exactly as if each row were written in its own
 * transaction: a row adds to its path only when accepted, so a later row of the same path sees the earlier
 * ones; a row whose key an earlier accepted row (or a stored report) holds is a retry and adds nothing; a
 * bound broken without an override refuses the row alone. Pure: `open` are the paths locked for the batch,
 * `known` the reports found stored under the batch's keys, `newPathId` names the paths the batch opens.
 */
export function planBatch(
  candidates: readonly Candidate[],
  open: ReadonlyMap<string, PathRecord>,
  known: ReadonlyMap<string, DeliveryRecord>,
  newPathId: () => string = randomUUID,
): { decisions: Decision[]; paths: Map<string, PathState> } {
  const paths = new Map<string, PathState>();
  const acceptedKeys = new Map<string, number>();
  const decisions = candidates.map((c): Decision => {
    const { key, report, input, overrideReason } = c.prepared;
    const stored = known.get(key);
    if (stored) return { kind: 'retry', of: { stored } };
    const earlier = acceptedKeys.get(key);
    if (earlier !== undefined) return { kind: 'retry', of: { row: earlier } };
    let path = paths.get(c.pathKey);
    if (!path) {
      const found = open.get(c.pathKey) ?? null;
      path = {
        stored: found,
        id: found?.id ?? newPathId(),
        totals: found
          ? {
              minutes: found.totalMinutes,
              sessions: found.totalSessions,
              firstOn: found.firstDeliveredOn,
              lastOn: found.lastDeliveredOn,
            }
          : { minutes: 0, sessions: 0, firstOn: null, lastOn: null },
        openedOn: found?.openedOn ?? null,
        joined: false,
        opening: {
          personId: c.person.id,
          serviceCode: c.standard.code,
          modality: c.modality.code,
          personProvince: c.person.residenceProvince,
        },
      };
      paths.set(c.pathKey, path);
    }
    const totals = totalsWith(path.totals, {
      minutes: report.minutes,
      sessions: report.sessions,
      deliveredOn: input.deliveredOn,
    });
    const breaches = [...c.perSession, ...pathMaximumBreaches(c.standard.code, c.modality, totals)];
    if (breaches.length > 0 && overrideReason === null) return { kind: 'breach', breaches };
    path.totals = totals;
    path.openedOn = path.openedOn === null ? input.deliveredOn : minDate(input.deliveredOn, path.openedOn);
    path.joined = true;
    acceptedKeys.set(key, c.index);
    return { kind: 'accept', pathKey: c.pathKey, breaches };
  });
  return { decisions, paths };
}

/** The write found something another request stored meanwhile: undone, and planned again knowing it. */
class Raced extends Error {
  constructor(readonly keys: readonly string[]) {
    super('raced');
  }
}

const MAX_PLANS = 5;

/**
 * Writes the candidates in one transaction with a constant number of statements: the paths locked in one
 * statement, the plan made in memory, then (in a savepoint) the new paths, the accepted reports, the paths'
 * totals and the overrides in one statement each. A report or path that another request stored in the
 * meantime undoes the savepoint and the batch is planned again knowing it, so the answers are those of a
 * row-by-row write.
 */
async function writeCandidates(
  ctx: Context,
  candidates: readonly Candidate[],
  scope: DeliveryScope,
): Promise<Map<number, RowOutcome>> {
  const { identity } = ctx;
  const providerId = identity.organisation!;
  const providerKind = providerKindOf(identity);
  const triples = [
    ...new Map(
      candidates.map((c) => [
        c.pathKey,
        { personId: c.person.id, serviceCode: c.standard.code, modality: c.modality.code },
      ]),
    ).values(),
  ];
  return scope.transaction(async (tx) => {
    const known = new Map<string, DeliveryRecord>();
    const asked = new Set<string>();
    let open = await lockedPaths(tx, providerId, triples);
    for (let attempt = 1; ; attempt++) {
      if (attempt > MAX_PLANS) throw new Error(`delivery batch still racing after ${MAX_PLANS} plans`);
      const { decisions, paths } = planBatch(candidates, open, known);

      // A row refused by a bound may be a retry of a report another request stored since the keys were looked
      // up (it broke the bound only by counting twice): asked once, and only for such rows.
      const ask = [
        ...new Set(
          candidates
            .filter((c, i) => decisions[i]!.kind === 'breach' && !asked.has(c.prepared.key))
            .map((c) => c.prepared.key),
        ),
      ];
      if (ask.length > 0) {
        for (const key of ask) asked.add(key);
        const found = await tx.byIdempotencyKeys(providerId, ask);
        for (const row of found) known.set(row.idempotencyKey, row);
        if (found.length > 0) continue;
      }

      try {
        const inserted = await tx.transaction((sp) => writePlan(sp, ctx, candidates, decisions, paths, providerKind));
        return outcomesOf(candidates, decisions, inserted);
      } catch (error) {
        if (!(error instanceof Raced)) throw error;
        for (const row of await tx.byIdempotencyKeys(providerId, error.keys)) known.set(row.idempotencyKey, row);
        open = await lockedPaths(tx, providerId, triples);
      }
    }
  });
}

async function lockedPaths(
  tx: DeliveryScope,
  providerId: string,
  triples: ReadonlyArray<{ personId: string; serviceCode: string; modality: string }>,
): Promise<Map<string, PathRecord>> {
  const rows = await tx.lockOpenPaths(providerId, triples);
  return new Map(rows.map((p) => [pathKeyOf(p.personId, p.serviceCode, p.modality), p]));
}

/** The plan's statements, one each; throws Raced when another request got to a path or a key first. */
async function writePlan(
  sp: DeliveryScope,
  ctx: Context,
  candidates: readonly Candidate[],
  decisions: readonly Decision[],
  paths: ReadonlyMap<string, PathState>,
  providerKind: ReturnType<typeof providerKindOf>,
): Promise<Map<number, DeliveryRecord>> {
  const { identity } = ctx;
  const providerId = identity.organisation!;
  const joined = [...paths.entries()].filter(([, p]) => p.joined);
  const opening = joined.filter(([, p]) => p.stored === null);
  if (opening.length > 0) {
    const opened = await sp.insertOpenPaths(
      opening.map(([, p]) => ({ id: p.id, providerId, ...p.opening, providerKind, openedOn: p.openedOn! })),
    );
    // Another request opened one of them meanwhile: plan again on the path it opened.
    if (opened.length < opening.length) throw new Raced([]);
  }

  const accepted = candidates.filter((_, i) => decisions[i]!.kind === 'accept');
  const ids = new Map(accepted.map((c) => [c.index, randomUUID()]));
  const rows: NewDeliveryWithId[] = accepted.map((c) => {
    const { input, report, key, hash } = c.prepared;
    return {
      id: ids.get(c.index)!,
      providerId,
      idempotencyKey: key,
      payloadHash: hash,
      personId: c.person.id,
      personProvince: c.person.residenceProvince,
      serviceCode: c.standard.code,
      catalogueVersionId: c.standard.catalogueVersion.id,
      deliveredOn: input.deliveredOn,
      minutes: report.minutes,
      sessions: report.sessions,
      sessionMinutes: report.sessionMinutes ? [...report.sessionMinutes] : null,
      modality: c.modality.code,
      outputs: [...report.outputs],
      operator: input.operator ?? null,
      pathId: paths.get(c.pathKey)!.id,
      reportedBy: identity.subject,
      providerKind,
      ...projectPerson(c.person, providerId, input.deliveredOn),
    };
  });
  const inserted = await sp.insertNew(rows);
  if (inserted.length < rows.length) {
    // Keys another request stored meanwhile (its transaction committed while this one waited on them).
    const taken = new Set(inserted.map((r) => r.idempotencyKey));
    throw new Raced(rows.filter((r) => !taken.has(r.idempotencyKey)).map((r) => r.idempotencyKey));
  }

  await sp.updatePathTotals(
    joined.map(([, p]) => ({
      id: p.id,
      totalMinutes: p.totals.minutes,
      totalSessions: p.totals.sessions,
      firstDeliveredOn: p.totals.firstOn,
      lastDeliveredOn: p.totals.lastOn,
      openedOn: p.openedOn!,
    })),
  );
  const overrides: NewOverride[] = [];
  candidates.forEach((c, i) => {
    const decision = decisions[i]!;
    if (decision.kind !== 'accept') return;
    for (const b of decision.breaches)
      overrides.push({
        pathId: paths.get(c.pathKey)!.id,
        deliveryId: ids.get(c.index)!,
        rule: b.rule,
        bound: b.bound,
        actual: b.actual,
        reason: c.prepared.overrideReason!,
        overriddenBy: identity.subject,
        overriddenByOrg: providerId,
      });
  });
  await sp.recordOverrides(overrides);
  const byId = new Map(inserted.map((r) => [r.id, r]));
  return new Map([...ids].map(([index, id]) => [index, byId.get(id)!]));
}

function outcomesOf(
  candidates: readonly Candidate[],
  decisions: readonly Decision[],
  inserted: ReadonlyMap<number, DeliveryRecord>,
): Map<number, RowOutcome> {
  const outcomes = new Map<number, RowOutcome>();
  candidates.forEach((c, i) => {
    const decision = decisions[i]!;
    if (decision.kind === 'accept') outcomes.set(c.index, { status: 'CREATED', row: inserted.get(c.index)! });
    else if (decision.kind === 'breach') outcomes.set(c.index, rejected(...decision.breaches.map(breachError)));
    else
      outcomes.set(
        c.index,
        answerRetry(c.prepared, 'stored' in decision.of ? decision.of.stored : inserted.get(decision.of.row)!),
      );
  });
  return outcomes;
}

const internalError = () =>
  new GraphQLError('The row could not be recorded; send it again', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });

/**
 * Reports, one outcome per input in its order. A row refused stops nothing; a retry (same key, same report) is
 * answered with the stored row, a key reused for another report with CONFLICT. If the write itself fails
 * (the database, not a row), nothing of the batch is written and its rows are answered INTERNAL_SERVER_ERROR,
 * to be sent again (their keys make that safe).
 */
export async function reportDeliveries(
  ctx: Context,
  inputs: readonly ReportServiceDeliveryInput[],
): Promise<RowOutcome[]> {
  const { identity, stores, remote } = ctx;
  const providerId = identity.organisation!;
  const today = todayInRome();
  const outcomes = new Map<number, RowOutcome>();
  const prepared: Array<[number, PreparedReport]> = [];
  inputs.forEach((input, index) => {
    const result = prepareReport(ctx, input);
    if (result.ok) prepared.push([index, result.prepared]);
    else outcomes.set(index, rejected(...result.errors));
  });

  // One statement for the batch: a retried batch is answered without asking other subgraphs again.
  const stored = new Map(
    (
      await stores.deliveries.byIdempotencyKeys(
        providerId,
        prepared.map(([, p]) => p.key),
      )
    ).map((r) => [r.idempotencyKey, r]),
  );
  const fresh = prepared.filter(([index, p]) => {
    const previous = stored.get(p.key);
    if (previous) outcomes.set(index, answerRetry(p, previous));
    return !previous;
  });

  if (fresh.length > 0) {
    const needed = factsNeeded(fresh.map(([, p]) => p));
    const facts = await remote.deliveryFacts(identity, providerId, needed.persons, needed.standards);
    const candidates: Candidate[] = [];
    for (const [index, p] of fresh) {
      const checked = checkReport(ctx, index, p, facts, today);
      if (checked.ok) candidates.push(checked.candidate);
      else outcomes.set(index, checked.outcome);
    }
    if (candidates.length > 0) {
      try {
        for (const [index, outcome] of await writeCandidates(ctx, candidates, stores.deliveries))
          outcomes.set(index, outcome);
      } catch (error) {
        ctx.logger.error({ err: error, rows: candidates.length }, 'delivery batch write failed');
        const answer = isUniqueViolation(error) ? conflict('This idempotency key was already used') : internalError();
        for (const c of candidates) outcomes.set(c.index, rejected(answer));
      }
    }
  }
  return inputs.map((_, index) => outcomes.get(index)!);
}
