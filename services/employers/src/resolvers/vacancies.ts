import type { QueryResolvers } from '../generated/graphql.ts';
import { vacancyReadScope } from '../rules/access.ts';

export const vacancies: QueryResolvers['vacancies'] = async (
  _,
  { province, status, reservedFor },
  { identity, stores },
) => {
  const scope = vacancyReadScope(identity);
  if (!scope) return [];
  if (scope.openOnly && status === 'CLOSED') return [];
  return stores.vacancies.list({
    province,
    reservedFor,
    status: scope.openOnly ? 'OPEN' : status,
    employerId: scope.employerId,
  });
};
