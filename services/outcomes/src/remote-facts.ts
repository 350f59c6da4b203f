import type { Identity } from '@reg/auth';
import type { ServiceClient } from '@reg/subgraph-kit';
import type { StandardFacts } from './rules/delivery-check.ts';

/**
 * The facts a report is checked against belong to other subgraphs; they are asked on the caller's
 * behalf (so their access rules apply) and never read from their tables.
 */
export interface PersonFactsRemote {
  id: string;
  residenceProvince: string;
  enrolments: Array<{ list: string; status: string }>;
  takeInCharges: Array<{ provider: { id: string } }>;
}

export interface RemoteFacts {
  person(identity: Identity, id: string): Promise<PersonFactsRemote | null>;
  standardAndAccreditation(identity: Identity, code: string, on: string, providerId: string): Promise<{ standard: (StandardFacts & { catalogueVersion: { id: string } }) | null; accredited: boolean }>;
  employerAndVacancy(identity: Identity, employerId: string, vacancyId: string | null): Promise<{ employer: { id: string } | null; vacancy: { id: string; employer: { id: string } } | null }>;
}

export function createRemoteFacts(clients: { people: ServiceClient; catalogue: ServiceClient; employers: ServiceClient }): RemoteFacts {
  return {
    async person(identity, id) {
      const data = await clients.people.query<{ person: PersonFactsRemote | null }>(
        identity,
        'query ($id: ID!) { person(id: $id) { id residenceProvince enrolments { list status } takeInCharges { provider { id } } } }',
        { id },
      );
      return data.person;
    },
    async standardAndAccreditation(identity, code, on, providerId) {
      const data = await clients.catalogue.query<{
        serviceStandard: (StandardFacts & { catalogueVersion: { id: string } }) | null;
        provider: { isAccreditedFor: boolean } | null;
      }>(
        identity,
        `query ($code: String!, $on: Date!, $provider: ID!) {
          serviceStandard(code: $code, on: $on) { code targetGroup catalogueVersion { id } modalities { code minutesScope maxMinutes maxSessions } outputs { code } }
          provider(id: $provider) { isAccreditedFor(code: $code, on: $on) }
        }`,
        { code, on, provider: providerId },
      );
      return { standard: data.serviceStandard, accredited: data.provider?.isAccreditedFor ?? false };
    },
    async employerAndVacancy(identity, employerId, vacancyId) {
      const data = await clients.employers.query<{ employer: { id: string } | null; vacancy?: { id: string; employer: { id: string } } | null }>(
        identity,
        vacancyId
          ? 'query ($e: ID!, $v: ID!) { employer(id: $e) { id } vacancy(id: $v) { id employer { id } } }'
          : 'query ($e: ID!) { employer(id: $e) { id } }',
        vacancyId ? { e: employerId, v: vacancyId } : { e: employerId },
      );
      return { employer: data.employer, vacancy: data.vacancy ?? null };
    },
  };
}
