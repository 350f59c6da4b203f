import type { QueryResolvers } from '../generated/graphql.ts';
import { canSeeInternship } from '../rules/access.ts';

export const internship: QueryResolvers['internship'] = async (_, { id }, { identity, loaders }) => {
  const row = await loaders.internshipById.load(id);
  return row && canSeeInternship(identity, row) ? row : null;
};
