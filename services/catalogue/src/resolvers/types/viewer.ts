import type { ViewerResolvers } from '../../generated/graphql.ts';

/** The caller as the row rules see it: every field comes from the verified token. */
export const Viewer: ViewerResolvers = {
  // A representation names a subject; only the caller's own is answered, so no one learns about another caller.
  __resolveReference: (ref, { identity }) => (ref.subject === identity.subject ? identity : null),
  subject: (identity) => identity.subject,
  organisation: (identity) => identity.organisation,
  kind: (identity) => identity.orgKind.toUpperCase() as Uppercase<typeof identity.orgKind>,
  province: (identity) => identity.province,
  scopes: (identity) => [...identity.scopes].sort(),
  provider: (identity, _, { loaders }) =>
    (identity.orgKind === 'cpi' || identity.orgKind === 'accredited') && identity.organisation
      ? loaders.providerById.load(identity.organisation)
      : null,
};
