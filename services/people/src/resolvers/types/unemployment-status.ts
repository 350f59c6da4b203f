import { todayInRome } from '@reg/subgraph-kit';
import type { PersonResolvers, UnemploymentEventResolvers, UnemploymentLossReason } from '../../generated/graphql.ts';
import { unemploymentStatusOf } from '../../use-cases/unemployment.ts';

/** Person's unemployment fields: not clinical, so whoever sees the person sees them (the Person row rule). */
export const PersonUnemployment: PersonResolvers = {
  unemploymentStatus: async (person, { on }, ctx) => {
    const day = on ?? todayInRome();
    return { ...(await unemploymentStatusOf(ctx, person.id, day)), on: day };
  },
  unemploymentEvents: (person, _, ctx) => ctx.loaders.unemploymentEventsByPerson.load(person.id),
};

export const UnemploymentEvent: UnemploymentEventResolvers = {
  expectedAnnualIncome: (event) => (event.expectedIncomeCents == null ? null : event.expectedIncomeCents / 100),
  reason: (event) => (event.reason as UnemploymentLossReason | null) ?? null,
};
