import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { extendInternshipEnd } from '../use-cases/internship-steps.ts';

/** Proroga: a new end for a started internship, by its promoter, with the reason; its own row in the history. */
export const extendInternship: MutationResolvers['extendInternship'] = (_, { input }, ctx) =>
  extendInternshipEnd(
    ctx.stores.internships,
    ctx.identity,
    input.internshipId,
    { newEndOn: input.newEndOn, agreedOn: input.agreedOn, reason: input.reason },
    todayInRome(),
  );
