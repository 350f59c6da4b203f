import { badInput, forbidden } from '@reg/errors';
import { findAuditEvents } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { employerReadScope, vacancyReadScope } from '../rules/access.ts';
import { pageSizeProblem } from '../rules/page-size.ts';
import { decodeEmployerCursor, encodeEmployerCursor } from '../store/employer-cursor.ts';
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
    const sizeProblem = pageSizeProblem(first);
    if (sizeProblem) throw badInput('first', sizeProblem);
    const cursor = after == null ? null : decodeEmployerCursor(after);
    if (after != null && !cursor) throw badInput('after', 'Not a cursor of this list');
    const page = await stores.employers.page({ province, onlyId: scope.employerId, first, after: cursor });
    const last = page.items.at(-1);
    return { items: page.items, nextCursor: page.hasMore && last ? encodeEmployerCursor(last) : null };
  },

  vacancy: (_, { id }, ctx) => visibleVacancy(ctx, id),

  vacancies: async (_, { province, status, reservedFor }, { identity, stores }) => {
    const scope = vacancyReadScope(identity);
    if (!scope) return [];
    if (scope.openOnly && status === 'CLOSED') return [];
    return stores.vacancies.list({ province, reservedFor, status: scope.openOnly ? 'OPEN' : status, employerId: scope.employerId });
  },

  shortlist: async (_, { id }, ctx) => (await visibleShortlist(ctx, id))?.shortlist ?? null,

  computeL68Obligation: (_, { input }) => computeL68Obligation(input),

  ...obligationQueries,
};
