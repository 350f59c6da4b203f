import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, rowProblemOf, type RowProblem } from '@reg/errors';
import { rowChecked } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { ServicePactImportInput } from '../generated/graphql.ts';
import { personManagedByCaller } from '../resolvers/visibility.ts';
import { unemploymentStatusOn } from '../rules/unemployment-status.ts';
import type { ActionPlanRecord, PactImport, ServicePactRecord } from '../store/plan-store.ts';
import {
  checkedActionPlan,
  checkedQualitativeProfiling,
  checkedQuantitativeProfiling,
  checkPactSignature,
  plannedServices,
  servicePactContent,
} from './service-pact-steps.ts';
import { unemploymentFacts } from './unemployment.ts';

/** Rows per call: a demo row is about 1 KB, so 200 stay inside the gateway's 256 KB body limit. */
export const MAX_PACT_IMPORT_ROWS = 200;

export type PactImportOutcome =
  | { index: number; status: 'CREATED'; pact: ServicePactRecord; actionPlan: ActionPlanRecord | null }
  | { index: number; status: 'REJECTED'; problems: RowProblem[] };

/** A part's problem, its field under the part's name. */
const problemIn = (part: string | null, problem: RowProblem): RowProblem =>
  part && problem.field ? { ...problem, field: `${part}.${problem.field}` } : problem;

const maxVersion = (rows: ReadonlyArray<{ version: number }>) => rows.reduce((m, r) => Math.max(m, r.version), 0);

/**
 * importServicePacts: each row is one person's profilings, pact (signed or not) and PAI, checked by the single
 * mutations' own checks (service-pact-steps.ts) against facts fetched once per call: the people and their
 * enrolments, certifications, unemployment events and versions through the request's loaders (one statement each
 * for all rows), the catalogue asked once for every planned service of the call. A row is written whole or not at
 * all; the accepted rows go in one transaction, one multi-row INSERT per table. Each written record gets the WRITE
 * audit row the single mutation's would name, after the call's ATTEMPT row (auditedMutations).
 */
export async function importServicePacts(ctx: Context, rows: readonly ServicePactImportInput[], today: string) {
  const { identity, loaders } = ctx;
  const personIdOf = (row: ServicePactImportInput) => row.pact.personId;
  const persons = await Promise.all(rows.map((row) => rowChecked(() => personManagedByCaller(ctx, personIdOf(row)))));
  const managed = [...new Set(persons.flatMap((p) => (p.ok ? [p.value.id] : [])))];
  const [enrolments, certifications, events, pacts, profilings, plans] = await Promise.all([
    loaders.enrolmentsByPerson.loadMany(managed),
    loaders.certificationsByPerson.loadMany(managed),
    loaders.unemploymentEventsByPerson.loadMany(managed),
    loaders.pactsByPerson.loadMany(managed),
    loaders.profilingsByPerson.loadMany(managed),
    loaders.plansByPerson.loadMany(managed),
  ]);
  const factsOf = new Map(
    managed.map((id, i) => {
      const fact = <T>(list: ReadonlyArray<T | Error>): T => {
        const value = list[i]!;
        if (value instanceof Error) throw value;
        return value;
      };
      return [
        id,
        {
          enrolments: fact(enrolments),
          certifications: fact(certifications),
          events: fact(events),
          pacts: fact(pacts),
          profilings: fact(profilings),
          plans: fact(plans),
        },
      ] as const;
    }),
  );

  // The catalogue once for the call: every planned service of every row whose person the caller manages.
  const planned = rows.map((row, i) => (persons[i]!.ok && row.actionPlan ? plannedServices(row.actionPlan) : []));
  const answers = await ctx.remote.checkPlannedServices(identity, planned.flat());
  let offset = 0;
  const checksOf = planned.map((services) => {
    const checks = answers.slice(offset, offset + services.length);
    offset += services.length;
    return checks;
  });

  // Versions continue from the stored ones and from the earlier rows of the call for the same person.
  const versions = new Map<string, number>();
  const nextVersion = (personId: string, what: string, stored: number) => {
    const key = `${personId}|${what}`;
    const next = (versions.get(key) ?? stored) + 1;
    versions.set(key, next);
    return next;
  };
  const signedInCall = new Map<string, string[]>();

  const outcomes: Array<PactImportOutcome | null> = [];
  const accepted: Array<{ index: number; personId: string; write: PactImport }> = [];
  rows.forEach((row, index) => {
    const reject = (...problems: RowProblem[]) => outcomes.push({ index, status: 'REJECTED', problems });
    const found = persons[index]!;
    if (!found.ok) return reject(found.problem);
    const personId = found.value.id;
    const elsewhere = (
      [
        ['quantitativeProfiling', row.quantitativeProfiling],
        ['qualitativeProfiling', row.qualitativeProfiling],
        ['actionPlan', row.actionPlan],
      ] as const
    ).find(([, part]) => part && part.personId !== personId);
    if (elsewhere)
      return reject(rowProblemOf(badInput(`${elsewhere[0]}.personId`, "Every part of a row names the pact's person")));
    const facts = factsOf.get(personId)!;
    const step = <T>(part: string | null, check: () => T) => {
      const checked = rowChecked(check);
      if (!checked.ok) problems.push(problemIn(part, checked.problem));
      return checked;
    };
    const problems: RowProblem[] = [];
    const quantitative = row.quantitativeProfiling
      ? step('quantitativeProfiling', () => checkedQuantitativeProfiling(row.quantitativeProfiling!, today))
      : null;
    const qualitative = row.qualitativeProfiling
      ? step('qualitativeProfiling', () => checkedQualitativeProfiling(row.qualitativeProfiling!, today))
      : null;
    const content = servicePactContent(row.pact);
    const plan = row.actionPlan
      ? step('actionPlan', () => checkedActionPlan(row.actionPlan!, checksOf[index]!, facts))
      : null;
    const signedOn = row.signedOn ?? null;
    if (signedOn) {
      const signed = [...facts.pacts, ...(signedInCall.get(personId) ?? []).map((on) => ({ signedOn: on }))];
      step(null, () =>
        checkPactSignature(
          content,
          signedOn,
          today,
          unemploymentStatusOn(unemploymentFacts(facts.events, signed), signedOn),
        ),
      );
    }
    if (problems.length > 0) return reject(...problems);

    const storedProfiling = (kind: string) => maxVersion(facts.profilings.filter((p) => p.kind === kind));
    const recordedBy = identity.subject;
    const profiled = [quantitative, qualitative].flatMap((p) =>
      p?.ok
        ? [
            {
              ...p.value,
              personId,
              version: nextVersion(personId, p.value.kind, storedProfiling(p.value.kind)),
              recordedBy,
            },
          ]
        : [],
    );
    if (signedOn) signedInCall.set(personId, [...(signedInCall.get(personId) ?? []), signedOn]);
    accepted.push({
      index,
      personId,
      write: {
        profilings: profiled,
        pact: {
          ...content,
          personId,
          version: nextVersion(personId, 'pact', maxVersion(facts.pacts)),
          status: signedOn ? 'SIGNED' : 'DRAFT',
          signedOn,
          createdBy: recordedBy,
        },
        plan: plan?.ok
          ? {
              ...plan.value,
              personId,
              version: nextVersion(personId, 'plan', maxVersion(facts.plans)),
              createdBy: recordedBy,
            }
          : null,
      },
    });
    outcomes.push(null);
  });

  let written: Awaited<ReturnType<typeof ctx.stores.plans.writeImports>>;
  try {
    written = await ctx.stores.plans.writeImports(accepted.map((a) => a.write));
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(
        'A pact, plan or profiling of this call was recorded meanwhile: nothing was written, send it again',
      );
    throw error;
  }
  accepted.forEach(({ index, personId, write }, i) => {
    const { pact, plan } = written[i]!;
    for (const p of write.profilings)
      ctx.audit.write(
        p.kind === 'QUANTITATIVE' ? 'QuantitativeProfiling' : 'QualitativeProfiling',
        personId,
        ['importServicePacts'],
        personId,
      );
    ctx.audit.write('ServicePact', pact.id, ['importServicePacts'], personId);
    if (plan) ctx.audit.write('ActionPlan', plan.id, ['importServicePacts'], personId);
    outcomes[index] = { index, status: 'CREATED', pact, actionPlan: plan };
  });
  ctx.logger.info({ rows: rows.length, created: accepted.length }, 'service pacts imported');
  return outcomes as PactImportOutcome[];
}
