import { forbidden } from '@reg/errors';
import { cursorAfter, encodeCursor, pageSize } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { employerReadScope } from '../rules/access.ts';

export const employers: QueryResolvers['employers'] = async (_, { province, first, after }, { identity, stores }) => {
  const scope = employerReadScope(identity);
  if (!scope) throw forbidden(`Employers are not listed to ${identity.orgKind} callers`);
  const size = pageSize(first, { default: 50 });
  const key = cursorAfter(after, 2);
  const page = await stores.employers.page({
    province,
    onlyId: scope.employerId,
    first: size,
    after: key && { name: key[0]!, id: key[1]! },
  });
  const last = page.items.at(-1);
  return { items: page.items, nextCursor: page.hasMore && last ? encodeCursor([last.name, last.id]) : null };
};
