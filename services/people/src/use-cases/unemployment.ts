import { badInput, conflict, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { DeclareUnemploymentInput, UnemploymentLossInput, WorkContractInput } from '../generated/graphql.ts';
import { incomeThresholdOn, UNEMPLOYMENT_INCOME_THRESHOLDS } from '../reference/unemployment-income-thresholds.ts';
import { personManagedByCaller } from '../resolvers/visibility.ts';
import { euroToCents } from '../rules/money.ts';
import {
  type UnemploymentFacts,
  type UnemploymentLossReason,
  type UnemploymentStatus,
  unemploymentStatusOn,
} from '../rules/unemployment-status.ts';
import type { PersonRecord } from '../store/person-store.ts';
import type { ServicePactRecord } from '../store/plan-store.ts';
import type { UnemploymentEventRecord } from '../store/unemployment-store.ts';

/** The rule's facts from the stored events and pacts. */
export function unemploymentFacts(
  events: readonly UnemploymentEventRecord[],
  pacts: readonly Pick<ServicePactRecord, 'signedOn'>[] = [],
): UnemploymentFacts {
  return {
    declarations: events.filter((e) => e.kind === 'DECLARATION').map((e) => e.on),
    work: events
      .filter((e) => e.kind === 'WORK')
      .map((e) => ({
        employment: e.employment ?? 'EMPLOYEE',
        startedOn: e.on,
        endsOn: e.endsOn,
        expectedAnnualIncome: (e.expectedIncomeCents ?? 0) / 100,
      })),
    losses: events
      .filter((e) => e.kind === 'LOSS')
      .map((e) => ({ on: e.on, reason: e.reason as UnemploymentLossReason })),
    pactsSignedOn: pacts.flatMap((p) => (p.signedOn ? [p.signedOn] : [])),
  };
}

/** The person's status on a day, read through the request's loaders. */
export async function unemploymentStatusOf(ctx: Context, personId: string, on: string): Promise<UnemploymentStatus> {
  const [events, pacts] = await Promise.all([
    ctx.loaders.unemploymentEventsByPerson.load(personId),
    ctx.loaders.pactsByPerson.load(personId),
  ]);
  return unemploymentStatusOn(unemploymentFacts(events, pacts), on);
}

const cleanReference = (reference: string) => {
  const trimmed = reference.trim();
  if (!trimmed) throw badInput('input.reference', 'State the act it rests on (protocol, communication, notice)');
  return trimmed;
};

/** Who recorded an event, where, on which act. */
const recorded = (ctx: Context, personId: string, reference: string) => ({
  personId,
  reference,
  province: ctx.identity.province!,
  recordedBy: ctx.identity.subject,
});

const notInFuture = (field: string, day: string, what: string) => {
  if (day > todayInRome()) throw badInput(field, `${what} cannot be dated in the future`);
};

/**
 * D.Lgs. 150/2015 art. 19 c.1: the DID. Refused while a status holds on that day (one status at a time), on the very
 * day a status was lost (the loss stands for that day), and before a later DID already on record (in order).
 */
export async function declareUnemployment(ctx: Context, input: DeclareUnemploymentInput): Promise<PersonRecord> {
  const person = await personManagedByCaller(ctx, input.personId);
  notInFuture('input.declaredOn', input.declaredOn, 'A declaration');
  const reference = cleanReference(input.reference);
  await ctx.stores.unemployment.appendChecked(person.id, (events) => {
    const facts = unemploymentFacts(events);
    if (facts.declarations.some((d) => d >= input.declaredOn))
      throw conflict('A declaration on or after this day is already on record: declarations are recorded in order', {
        rule: 'DID_OUT_OF_ORDER',
      });
    const status = unemploymentStatusOn(facts, input.declaredOn);
    if (status.state === 'UNEMPLOYED' || status.state === 'SUSPENDED')
      throw conflict(
        `The person is already ${status.state.toLowerCase()} since ${status.since} (DID of ${status.declaredOn})`,
        {
          rule: 'DID_ALREADY_HOLDS',
        },
      );
    if (status.state === 'LOST' && status.since === input.declaredOn)
      throw conflict('The status was lost on this day: a new declaration can be made from the next day', {
        rule: 'DID_ON_LOSS_DAY',
      });
    return { ...recorded(ctx, person.id, reference), kind: 'DECLARATION', on: input.declaredOn };
  });
  return person;
}

/** Work reported while a status holds: it keeps, suspends or ends it (the rule decides when the status is read). */
export async function recordWorkContract(ctx: Context, input: WorkContractInput): Promise<PersonRecord> {
  const person = await personManagedByCaller(ctx, input.personId);
  const reference = cleanReference(input.reference);
  if (input.endsOn != null && input.endsOn < input.startedOn)
    throw badInput('input.endsOn', 'A contract cannot end before it starts');
  if (!(input.expectedAnnualIncome >= 0 && Number.isFinite(input.expectedAnnualIncome)))
    throw badInput('input.expectedAnnualIncome', 'The expected yearly income is zero or more euro');
  if (!incomeThresholdOn(input.startedOn))
    throw badInput(
      'input.startedOn',
      `No income threshold is on record before ${UNEMPLOYMENT_INCOME_THRESHOLDS[0]!.validFrom} (D.L. 4/2019 art. 4 c.15-quater)`,
    );
  await ctx.stores.unemployment.appendChecked(person.id, (events) => {
    const status = unemploymentStatusOn(unemploymentFacts(events), input.startedOn);
    if (status.state !== 'UNEMPLOYED')
      throw ruleViolation(
        'NO_UNEMPLOYMENT_STATUS',
        `Work is recorded against a status that holds when it starts; on ${input.startedOn} it is ${status.state}`,
        { state: status.state },
      );
    return {
      ...recorded(ctx, person.id, reference),
      kind: 'WORK',
      on: input.startedOn,
      endsOn: input.endsOn ?? null,
      employment: input.employment,
      expectedIncomeCents: euroToCents(input.expectedAnnualIncome),
    };
  });
  return person;
}

/** D.Lgs. 150/2015 art. 21 c.7 (or the person's withdrawal): the status is lost from the day given. */
export async function recordUnemploymentLoss(ctx: Context, input: UnemploymentLossInput): Promise<PersonRecord> {
  const person = await personManagedByCaller(ctx, input.personId);
  notInFuture('input.on', input.on, 'A loss');
  const reference = cleanReference(input.reference);
  await ctx.stores.unemployment.appendChecked(person.id, (events) => {
    const status = unemploymentStatusOn(unemploymentFacts(events), input.on);
    if (status.state !== 'UNEMPLOYED' && status.state !== 'SUSPENDED')
      throw ruleViolation(
        'NO_UNEMPLOYMENT_STATUS',
        `There is no status to lose on ${input.on}: it is ${status.state}`,
        {
          state: status.state,
        },
      );
    return { ...recorded(ctx, person.id, reference), kind: 'LOSS', on: input.on, reason: input.reason };
  });
  return person;
}
