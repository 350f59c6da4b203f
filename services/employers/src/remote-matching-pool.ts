import type { Identity } from '@reg/auth';
import { createServiceClient, type ServiceClient } from '@reg/subgraph-kit';
import type { CandidateFacts } from './rules/matching/shortlist.ts';

/** A person of the pool: the facts matching scores, and how the employer will reach them if shortlisted. */
export interface PoolMember extends CandidateFacts {
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}

/**
 * People, their ranking and their profiles are owned by the people subgraph. Matching asks it once per shortlist,
 * with the caller's own token, for the ranking list of the vacancy's category with every fact the rule needs, so
 * people applies its own row and field rules (CPI of the province, health:read) and audits the read.
 */
export interface MatchingPoolSource {
  poolOf(identity: Identity, list: 'DISABILITY' | 'ART18', referenceDate: string): Promise<PoolMember[]>;
}

const query = /* GraphQL */ `
  query MatchingPool($list: EnrolmentList!, $on: Date!) {
    matchingPool(list: $list, referenceDate: $on) {
      rankingPosition
      rankingSize
      person {
        id givenName familyName email phone residenceMunicipality
        functionalProfile { tasksToAvoid workplaceAdjustments }
        professionalRecord {
          skills { codeSystem code }
          experiences { occupationCode occupationCodeSystem }
          availability { weeklyHours maxDistanceKm shifts }
        }
      }
    }
  }`;

interface PoolAnswer {
  matchingPool: Array<{
    rankingPosition: number;
    rankingSize: number;
    person: {
      id: string; givenName: string; familyName: string; email: string | null; phone: string | null; residenceMunicipality: string;
      functionalProfile: { tasksToAvoid: string[]; workplaceAdjustments: string[] } | null;
      professionalRecord: {
        skills: Array<{ codeSystem: string; code: string | null }>;
        experiences: Array<{ occupationCode: string | null; occupationCodeSystem: string | null }>;
        availability: { weeklyHours: number | null; maxDistanceKm: number | null; shifts: string[] };
      } | null;
    };
  }>;
}

export function createMatchingPoolSource(url: string | (() => string)): MatchingPoolSource {
  let client: ServiceClient | null = null;
  return {
    async poolOf(identity, list, referenceDate) {
      client ??= createServiceClient(typeof url === 'string' ? url : url());
      const data = await client.query<PoolAnswer>(identity, query, { list, on: referenceDate });
      return data.matchingPool.map(({ rankingPosition, rankingSize, person }) => ({
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
        occupations: (person.professionalRecord?.experiences ?? []).map((e) => ({ codeSystem: e.occupationCodeSystem, code: e.occupationCode })),
        availability: person.professionalRecord?.availability ?? null,
      }));
    },
  };
}
