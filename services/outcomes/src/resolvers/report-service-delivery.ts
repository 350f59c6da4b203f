import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, notFound, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import { canReport } from '../rules/access.ts';
import { deliveryCatalogueProblems, deliveryShapeProblems, type DeliveryProblem } from '../rules/delivery-check.ts';

function raise(problem: DeliveryProblem): never {
  if (problem.kind === 'input') throw badInput(`input.${problem.field}`, problem.message);
  throw ruleViolation(problem.rule, problem.message, problem.details);
}

const openListStatuses = new Set(['SUBMITTED', 'PRE_REJECTED', 'ACCEPTED']);

export const reportServiceDelivery: MutationResolvers['reportServiceDelivery'] = async (_, { input }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body reports deliveries');
  const providerId = identity.organisation!;
  const key = input.idempotencyKey.trim();
  if (key.length < 1 || key.length > 200) throw badInput('input.idempotencyKey', 'The idempotency key must be 1 to 200 characters');
  const report = { minutes: input.minutes, sessions: input.sessions ?? 1, modality: input.modality, outputs: input.outputs ?? [] };
  const hash = payloadHash({ ...report, personId: input.personId, serviceCode: input.serviceCode, deliveredOn: input.deliveredOn, operator: input.operator ?? null });

  // A retry is answered from what was stored, before any check: it must never fail where the first succeeded.
  const previous = await stores.deliveries.byIdempotencyKey(providerId, key);
  if (previous) {
    if (previous.payloadHash !== hash) throw conflict('This idempotency key was already used for a different report', { field: 'input.idempotencyKey' });
    return previous;
  }

  const [shape] = deliveryShapeProblems(report, input.deliveredOn, todayInRome());
  if (shape) raise(shape);
  const person = await remote.person(identity, input.personId);
  if (!person) throw notFound('Person', input.personId);
  if (identity.orgKind === 'accredited' && !person.takeInCharges.some((t) => t.provider.id === providerId)) {
    throw ruleViolation('PERSON_NOT_IN_CHARGE', 'The provider does not have this person in charge');
  }
  const { standard, accredited } = await remote.standardAndAccreditation(identity, input.serviceCode, input.deliveredOn, providerId);
  if (!standard) throw badInput('input.serviceCode', `No service ${input.serviceCode} in the catalogue valid on ${input.deliveredOn}`);
  if (!accredited) throw ruleViolation('PROVIDER_NOT_ACCREDITED', `The provider is not accredited for ${input.serviceCode} on ${input.deliveredOn}`);
  const protectedCategory = person.enrolments.some((e) => openListStatuses.has(e.status));
  const [problem] = deliveryCatalogueProblems(standard, report, { protectedCategory });
  if (problem) raise(problem);

  try {
    const { row, created } = await stores.deliveries.insertOnce({
      providerId,
      idempotencyKey: key,
      payloadHash: hash,
      personId: person.id,
      personProvince: person.residenceProvince,
      serviceCode: standard.code,
      catalogueVersionId: standard.catalogueVersion.id,
      deliveredOn: input.deliveredOn,
      ...report,
      outputs: [...report.outputs],
      operator: input.operator ?? null,
      reportedBy: identity.subject,
    });
    // Two identical reports racing: the loser gets the winner's row, or CONFLICT if they differ.
    if (!created && row.payloadHash !== hash) throw conflict('This idempotency key was already used for a different report', { field: 'input.idempotencyKey' });
    if (created) ctx.logger.info({ deliveryId: row.id, serviceCode: row.serviceCode }, 'delivery reported');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This idempotency key was already used');
    throw error;
  }
};
