import type { QueryResolvers } from '../generated/graphql.ts';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';

// Public reference data, like the calculator: any authenticated caller.
export const l68Amounts: QueryResolvers['l68Amounts'] = (_, { on }) =>
  L68_AMOUNTS.filter((a) => on == null || (a.validFrom <= on && (a.validTo === null || on <= a.validTo)));
