import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, inputError, notFound } from '@reg/errors';
import { requireOrgKind, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canTakeInCharge } from '../rules/access.ts';
import { euroToCents } from '../rules/money.ts';
import { visiblePerson } from './visibility.ts';
import { takeInChargeProblems } from '../rules/take-in-charge.ts';

export const takeInCharge: MutationResolvers['takeInCharge'] = async (_, { input }, ctx) => {
  const { identity } = ctx;
  // Kinds that never take anyone in charge are refused before any person is looked up: no existence oracle.
  requireOrgKind(identity, ['cpi', 'accredited']);
  const providerId = input.providerId ?? identity.organisation;
  if (!providerId) throw badInput('input.providerId', 'No provider given and the caller has no organisation');
  const person = await ctx.loaders.personById.load(input.personId);
  // An accredited body proves the person came to it with the fiscal code; otherwise ids could be probed.
  const provesPresence =
    identity.orgKind !== 'accredited' ||
    (person !== null && input.fiscalCode?.trim().toUpperCase() === person.fiscalCode);
  if (!person || !provesPresence || (identity.orgKind === 'cpi' && !(await visiblePerson(ctx, person.id))))
    throw notFound('Person', input.personId);
  if (!canTakeInCharge(identity, providerId, person))
    throw forbidden('This caller may not take this person in charge for that provider');
  const [problem] = takeInChargeProblems(input, todayInRome());
  if (problem) throw inputError(problem);
  const provider = await ctx.remote.provider(identity, providerId);
  if (!provider) throw notFound('Provider', providerId);
  try {
    const row = await ctx.stores.takeInCharges.insert({
      personId: person.id,
      providerId,
      providerKind: provider.kind,
      programme: input.programme.trim(),
      startedOn: input.startedOn,
      createdBy: identity.subject,
      budgetCents: euroToCents(input.budget),
    });
    ctx.logger.info({ takeInChargeId: row.id, providerId }, 'person taken in charge');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'take_in_charge_active_uq'))
      throw conflict(`The person is already in charge within programme ${input.programme}`);
    throw error;
  }
};
