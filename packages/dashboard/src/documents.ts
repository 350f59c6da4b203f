import { graphql } from './generated/gql.ts';

/* Every operation the dashboard sends, typed from the supergraph by `pnpm codegen` (client preset). */

export const MeDocument = graphql(`
  query DashboardMe {
    me {
      subject
      organisation
      kind
      province
      scopes
      provider {
        id
        name
        kind
        province
      }
    }
  }
`);

export const ProvincesDocument = graphql(`
  query DashboardProvinces {
    providers {
      province
    }
  }
`);

export const IndicatorFamilyFields = graphql(`
  fragment DashboardFamily on IndicatorFamily {
    name
    definition
    measureNames
    csv
    cells {
      period
      province
      providerKind
      provider {
        id
        name
      }
      people
      suppressed
      suppression
      measures {
        name
        value
      }
    }
  }
`);

export const IndicatorsDocument = graphql(`
  query DashboardIndicators($query: IndicatorQuery!) {
    indicators(query: $query) {
      asOf
      services {
        ...DashboardFamily
      }
      paths {
        ...DashboardFamily
      }
      placements {
        ...DashboardFamily
      }
      placementRate {
        ...DashboardFamily
      }
      retention {
        ...DashboardFamily
      }
    }
  }
`);

export const ObligationsDocument = graphql(`
  query DashboardObligations($province: String!, $on: Date!) {
    obligationRanking(province: $province, on: $on, first: 100) {
      employer {
        id
      }
      uncovered
      sanctionablePositions
      accruedSanction
    }
  }
`);
