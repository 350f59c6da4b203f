import type { QueryResolvers } from '../generated/graphql.ts';
import { canSeeEmployerService } from '../rules/access.ts';

export const employerServiceDelivery: QueryResolvers['employerServiceDelivery'] = async (
  _,
  { id },
  { identity, loaders },
) => {
  const row = await loaders.employerServiceById.load(id);
  return row && canSeeEmployerService(identity, row) ? row : null;
};
