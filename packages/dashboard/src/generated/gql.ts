/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardMe {\n    me {\n      subject\n      organisation\n      kind\n      province\n      scopes\n      provider {\n        id\n        name\n        kind\n        province\n      }\n    }\n  }\n": typeof types.DashboardMeDocument,
    "\n  query DashboardProvinces {\n    providers {\n      province\n    }\n  }\n": typeof types.DashboardProvincesDocument,
    "\n  fragment DashboardFamily on IndicatorFamily {\n    name\n    definition\n    measureNames\n    csv\n    cells {\n      period\n      province\n      providerKind\n      provider {\n        id\n        name\n      }\n      people\n      suppressed\n      suppression\n      measures {\n        name\n        value\n      }\n    }\n  }\n": typeof types.DashboardFamilyFragmentDoc,
    "\n  query DashboardIndicators($query: IndicatorQuery!) {\n    indicators(query: $query) {\n      asOf\n      services {\n        ...DashboardFamily\n      }\n      paths {\n        ...DashboardFamily\n      }\n      placements {\n        ...DashboardFamily\n      }\n      placementRate {\n        ...DashboardFamily\n      }\n      retention {\n        ...DashboardFamily\n      }\n    }\n  }\n": typeof types.DashboardIndicatorsDocument,
    "\n  query DashboardObligations($province: String!, $on: Date!) {\n    obligationRanking(province: $province, on: $on, first: 100) {\n      employer {\n        id\n      }\n      uncovered\n      sanctionablePositions\n      accruedSanction\n    }\n  }\n": typeof types.DashboardObligationsDocument,
};
const documents: Documents = {
    "\n  query DashboardMe {\n    me {\n      subject\n      organisation\n      kind\n      province\n      scopes\n      provider {\n        id\n        name\n        kind\n        province\n      }\n    }\n  }\n": types.DashboardMeDocument,
    "\n  query DashboardProvinces {\n    providers {\n      province\n    }\n  }\n": types.DashboardProvincesDocument,
    "\n  fragment DashboardFamily on IndicatorFamily {\n    name\n    definition\n    measureNames\n    csv\n    cells {\n      period\n      province\n      providerKind\n      provider {\n        id\n        name\n      }\n      people\n      suppressed\n      suppression\n      measures {\n        name\n        value\n      }\n    }\n  }\n": types.DashboardFamilyFragmentDoc,
    "\n  query DashboardIndicators($query: IndicatorQuery!) {\n    indicators(query: $query) {\n      asOf\n      services {\n        ...DashboardFamily\n      }\n      paths {\n        ...DashboardFamily\n      }\n      placements {\n        ...DashboardFamily\n      }\n      placementRate {\n        ...DashboardFamily\n      }\n      retention {\n        ...DashboardFamily\n      }\n    }\n  }\n": types.DashboardIndicatorsDocument,
    "\n  query DashboardObligations($province: String!, $on: Date!) {\n    obligationRanking(province: $province, on: $on, first: 100) {\n      employer {\n        id\n      }\n      uncovered\n      sanctionablePositions\n      accruedSanction\n    }\n  }\n": types.DashboardObligationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMe {\n    me {\n      subject\n      organisation\n      kind\n      province\n      scopes\n      provider {\n        id\n        name\n        kind\n        province\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProvinces {\n    providers {\n      province\n    }\n  }\n"): typeof import('./graphql').DashboardProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFamily on IndicatorFamily {\n    name\n    definition\n    measureNames\n    csv\n    cells {\n      period\n      province\n      providerKind\n      provider {\n        id\n        name\n      }\n      people\n      suppressed\n      suppression\n      measures {\n        name\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardFamilyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicators($query: IndicatorQuery!) {\n    indicators(query: $query) {\n      asOf\n      services {\n        ...DashboardFamily\n      }\n      paths {\n        ...DashboardFamily\n      }\n      placements {\n        ...DashboardFamily\n      }\n      placementRate {\n        ...DashboardFamily\n      }\n      retention {\n        ...DashboardFamily\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardObligations($province: String!, $on: Date!) {\n    obligationRanking(province: $province, on: $on, first: 100) {\n      employer {\n        id\n      }\n      uncovered\n      sanctionablePositions\n      accruedSanction\n    }\n  }\n"): typeof import('./graphql').DashboardObligationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
