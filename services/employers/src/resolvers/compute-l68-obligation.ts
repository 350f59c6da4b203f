import { inputError } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import { computeL68Obligation as compute, WorkforceInputError } from '../rules/l68-quota/index.ts';

/**
 * The quota calculator over GraphQL: a public tool for employers' consultants, so any authenticated caller may
 * use it; it reads and stores nothing. Its input errors carry the same `field` path as every other BAD_USER_INPUT.
 */
export const computeL68Obligation: QueryResolvers['computeL68Obligation'] = (_, { input }) => {
  try {
    return compute(input);
  } catch (error) {
    if (error instanceof WorkforceInputError) throw inputError(error);
    throw error;
  }
};
