import { forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport } from '../rules/access.ts';
import { checkedPlacementInput, placementToRecord, requireSamePlacement } from '../use-cases/record-placement.ts';

export const recordPlacement: MutationResolvers['recordPlacement'] = async (_, { input }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body records placements');
  const checked = checkedPlacementInput(input, todayInRome());
  const person = await remote.person(identity, { id: input.personId, days: [input.startedOn] });
  const { employer, vacancy } = person
    ? await remote.employerAndVacancy(identity, input.employerId, input.vacancyId ?? null)
    : { employer: null, vacancy: null };
  const internship = input.internshipId ? await ctx.loaders.internshipById.load(input.internshipId) : null;
  const placement = placementToRecord(identity, checked, { person, employer, vacancy, internship: internship ?? null });
  const { row, created } = await stores.placements.insertOnce(placement);
  return created ? row : requireSamePlacement(row, checked.hash);
};
