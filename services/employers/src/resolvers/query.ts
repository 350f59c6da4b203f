import { forbidden } from '@reg/errors';
import { cursorAfter, encodeCursor, findAuditEvents, pageSize } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { employerReadScope, vacancyReadScope } from '../rules/access.ts';
import { computeL68Obligation } from './l68-obligation.ts';
import { obligationQueries } from './obligation-queries.ts';
import { visibleShortlist } from './shortlist.ts';
import { visibleEmployer, visibleVacancy } from './visibility.ts';

export const Query: QueryResolvers = {
  employersAuditEvents: (_, args, { identity, stores }) => findAuditEvents(identity, stores.audit, args),
  employer: (_, { id }, ctx) => visibleEmployer(ctx, id),

  employers: async (_, { province, first, after }, { identity, stores }) => {
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
  },

  vacancy: (_, { id }, ctx) => visibleVacancy(ctx, id),

  vacancies: async (_, { province, status, reservedFor }, { identity, stores }) => {
    const scope = vacancyReadScope(identity);
    if (!scope) return [];
    if (scope.openOnly && status === 'CLOSED') return [];
    return stores.vacancies.list({
      province,
      reservedFor,
      status: scope.openOnly ? 'OPEN' : status,
      employerId: scope.employerId,
    });
  },

  shortlist: async (_, { id }, ctx) => (await visibleShortlist(ctx, id))?.shortlist ?? null,

  computeL68Obligation: (_, { input }) => computeL68Obligation(input),

  ...obligationQueries,
};
