import type { ViewerResolvers } from '../../generated/graphql.ts';
import { visibleEmployer } from '../visibility.ts';

/** What the employers subgraph knows about the caller (Query.me is the catalogue's). */
export const Viewer: ViewerResolvers = {
  // Only the caller's own subject is answered: a forged representation gets nothing.
  __resolveReference: (ref, { identity }) => (ref.subject === identity.subject ? identity : null),
  employer: (identity, _, ctx) =>
    identity.orgKind === 'employer' && identity.organisation ? visibleEmployer(ctx, identity.organisation) : null,
};
