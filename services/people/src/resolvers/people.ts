import { forbidden } from '@reg/errors';
import { cursorAfter, encodeCursor, pageSize } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { peopleListFilter } from '../rules/access.ts';

export const people: QueryResolvers['people'] = async (_, { province, first, after }, ctx) => {
  const size = pageSize(first, { default: 50 });
  const cursor = cursorAfter(after, 3);
  const { identity, stores } = ctx;
  // The filter is the row rule itself, applied in SQL: a page never holds someone the caller may not see.
  const filter = peopleListFilter(identity, province ?? null);
  if (filter === 'refused') throw forbidden('Lists of named people are not available to this caller');
  if (filter === 'nobody') return { items: [], nextCursor: null };
  const rows = await stores.persons.page(filter, size + 1, cursor);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > size && last ? encodeCursor([last.familyName, last.givenName, last.id]) : null,
  };
};
