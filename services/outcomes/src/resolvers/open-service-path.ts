import { badInput, conflict, forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import { admission } from '../use-cases/report-deliveries.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport, providerKindOf } from '../rules/access.ts';

/** Opening a path ahead of its first session, checked as a report would be (person, accreditation, modality, target group). */
export const openServicePath: MutationResolvers['openServicePath'] = async (_, { input }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body opens paths');
  const providerId = identity.organisation!;
  const today = todayInRome();
  const openedOn = input.openedOn ?? today;
  if (openedOn > today) throw badInput('input.openedOn', 'A path cannot be opened in the future');
  const facts = await remote.deliveryFacts(
    identity,
    providerId,
    [{ id: input.personId, days: [] }],
    [{ code: input.serviceCode, on: openedOn }],
  );
  const admitted = admission(ctx, facts, {
    personId: input.personId,
    serviceCode: input.serviceCode,
    on: openedOn,
    modality: input.modality,
    outputs: [],
  });
  if (!admitted.ok) throw admitted.errors[0]!;
  const path = await stores.deliveries.openPath(
    { providerId, personId: admitted.person.id, serviceCode: admitted.standard.code, modality: admitted.modality.code },
    admitted.person.residenceProvince,
    openedOn,
    providerKindOf(identity),
  );
  if (!path)
    throw conflict(`A ${admitted.standard.code} ${admitted.modality.code} path is already open for this person`, {
      field: 'input.modality',
    });
  return path;
};
