import type { Identity } from '@reg/auth';
import { createGraphQLClient, type GraphQLClient } from '@reg/subgraph-kit';
import type { CandidateFacts } from '../rules/matching/shortlist.ts';
import type { QuotaHireFact } from '../rules/quota-hires.ts';
import type { PlacementFacts } from '../rules/referrals/outcome.ts';
import type { RankedPerson } from '../rules/referrals/selection.ts';
import { PlacementFactsDocument, QuotaHiresDocument } from './generated/outcomes.ts';
import { MatchingPoolDocument, RankingOrderDocument } from './generated/people.ts';

/** A person of the pool: the facts matching scores, and how the employer will reach them if shortlisted. */
export interface PoolMember extends CandidateFacts {
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}

/**
 * What the employers subgraph asks other subgraphs, all in one place; the one seam the tests replace
 * (buildEmployers({ remote })). Every call carries a service token naming this subgraph and the caller
 * (`@reg/subgraph-kit` graphql-client.ts). People, their ranking and their profiles are owned by the people
 * subgraph: matching asks it once per shortlist for the ranking list of the vacancy's category with every fact the
 * rule needs, so people applies its own row and field rules to the caller (CPI of the province, health:read) and
 * audits the read. Hires counting toward the quota are owned by the outcomes subgraph (Placement): asked at every
 * status read, so a placement confirmed a moment ago counts the next time a status is read; dates and hours only,
 * never the person hired. Outcomes answers them to this subgraph's service identity, out of the public graph.
 */
export interface EmployersRemote {
  matchingPool(identity: Identity, list: 'DISABILITY' | 'ART18', referenceDate: string): Promise<PoolMember[]>;
  quotaHires(
    identity: Identity,
    employerIds: readonly string[],
  ): Promise<Array<QuotaHireFact & { employerId: string }>>;
  /**
   * The ranking list of the caller's province on a date, in order, for a referral act: who and where, never the
   * criteria (health data); read with the CPI's token, so people checks and audits it.
   */
  rankingOrder(
    identity: Identity,
    list: 'DISABILITY' | 'ART18',
    referenceDate: string,
  ): Promise<Array<RankedPerson & { givenName: string; familyName: string; psychicOrIntellectual: boolean }>>;
  /** A placement as the caller sees it in outcomes, for a referral's hire; null when not visible or absent. */
  placementFacts(identity: Identity, placementId: string): Promise<PlacementFacts | null>;
}

export function createEmployersRemote(clients: { people: GraphQLClient; outcomes: GraphQLClient }): EmployersRemote {
  return {
    async quotaHires(identity, employerIds) {
      if (employerIds.length === 0) return [];
      return (await clients.outcomes.request(identity, QuotaHiresDocument, { ids: [...employerIds] })).quotaHires;
    },
    async rankingOrder(identity, list, referenceDate) {
      const data = await clients.people.request(identity, RankingOrderDocument, { list, on: referenceDate });
      return (data.rankingList?.entries ?? []).flatMap(({ position, person }) =>
        person
          ? [
              {
                personId: person.id,
                fiscalCode: person.fiscalCode,
                givenName: person.givenName,
                familyName: person.familyName,
                psychicOrIntellectual: person.disability?.psychicOrIntellectual ?? false,
                position,
              },
            ]
          : [],
      );
    },
    async placementFacts(identity, placementId) {
      const { placement } = await clients.outcomes.request(identity, PlacementFactsDocument, { id: placementId });
      if (!placement) return null;
      return {
        personId: placement.person?.id ?? null,
        employerId: placement.employer?.id ?? null,
        countsTowardQuota: placement.countsTowardQuota,
        startedOn: placement.startedOn,
        endedOn: placement.endedOn ?? null,
      };
    },
    async matchingPool(identity, list, referenceDate) {
      const data = await clients.people.request(identity, MatchingPoolDocument, { list, on: referenceDate });
      return (data.matchingPool ?? []).map(({ rankingPosition, rankingSize, person }) => ({
        personId: person.id,
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email,
        phone: person.phone,
        rankingPosition,
        rankingSize,
        residenceMunicipality: person.residenceMunicipality,
        functionalProfile: person.functionalProfile,
        skills: person.professionalRecord?.skills ?? [],
        occupations: (person.professionalRecord?.experiences ?? []).map((e) => ({
          codeSystem: e.occupationCodeSystem,
          code: e.occupationCode,
        })),
        availability: person.professionalRecord?.availability ?? null,
      }));
    },
  };
}

/** The clients of the deployed subgraph: owners' URLs from options or the environment. */
export function remoteFromEnv(
  env: NodeJS.ProcessEnv,
  urls: { people?: string | (() => string); outcomes?: string | (() => string) } = {},
): EmployersRemote {
  return createEmployersRemote({
    people: createGraphQLClient({
      from: 'employers',
      subgraph: 'people',
      url: urls.people ?? env['PEOPLE_URL'] ?? 'http://localhost:4001/graphql',
    }),
    outcomes: createGraphQLClient({
      from: 'employers',
      subgraph: 'outcomes',
      url: urls.outcomes ?? env['OUTCOMES_URL'] ?? 'http://localhost:4004/graphql',
    }),
  });
}
