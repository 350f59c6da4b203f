import type { Identity } from '@reg/auth';
import { createGraphQLClient, type GraphQLClient } from '@reg/subgraph-kit';
import type { StandardFacts } from '../rules/delivery-check.ts';
import { StandardFactsDocument, type StandardFactsQuery } from './generated/catalogue.ts';
import {
  EmployerAndVacancyFactsDocument,
  EmployerFactsDocument,
  type EmployerAndVacancyFactsQuery,
} from './generated/employers.ts';
import { PersonFactsDocument, type PersonFactsQuery } from './generated/people.ts';

export type PersonFactsRemote = NonNullable<PersonFactsQuery['person']>;
export type RemoteStandard = StandardFacts & NonNullable<StandardFactsQuery['serviceStandard']>;

/** A service standard asked for a date: the version valid on that date, and the provider's accreditation then. */
export interface StandardRequest {
  code: string;
  on: string;
}
export const standardKey = (r: StandardRequest) => `${r.code}|${r.on}`;
/** An employer and the vacancy a placement fills (none: the empty string). */
export const placementFactsKey = (r: { employerId: string; vacancyId: string | null }) =>
  `${r.employerId}|${r.vacancyId ?? ''}`;

export interface DeliveryFacts {
  persons: Map<string, PersonFactsRemote | null>;
  /** By standardKey. */
  standards: Map<string, { standard: RemoteStandard | null; accredited: boolean }>;
}

export type EmployerAndVacancy = {
  employer: EmployerAndVacancyFactsQuery['employer'];
  vacancy: EmployerAndVacancyFactsQuery['vacancy'];
};

/**
 * What the outcomes subgraph asks other subgraphs, all in one place; the one seam the tests replace
 * (buildOutcomes({ remote })). The facts a report or a placement is checked against belong to people, catalogue
 * and employers; they are asked on the caller's behalf (so their access rules apply) and never read from their
 * tables.
 */
export interface OutcomesRemote {
  person(identity: Identity, id: string): Promise<PersonFactsRemote | null>;
  /**
   * Everything a batch of reports needs, in one call to people and one to catalogue whatever the number of
   * rows: each distinct person and (standard, date) asked once, the asks merged into one request.
   */
  deliveryFacts(
    identity: Identity,
    providerId: string,
    personIds: readonly string[],
    standards: readonly StandardRequest[],
  ): Promise<DeliveryFacts>;
  employerAndVacancy(identity: Identity, employerId: string, vacancyId: string | null): Promise<EmployerAndVacancy>;
  /**
   * What a batch of placements is checked against, in one call to people and one to employers whatever the number
   * of rows: each distinct person, and each distinct employer with the vacancy filled (by placementFactsKey).
   */
  placementFacts(
    identity: Identity,
    rows: ReadonlyArray<{ personId: string; employerId: string; vacancyId: string | null }>,
  ): Promise<{ persons: Map<string, PersonFactsRemote | null>; employers: Map<string, EmployerAndVacancy> }>;
  /**
   * What a report of a service to an employer is checked against: the employer (null when the caller may not see
   * it or it does not exist) with its registered office's province, and the standard valid on the date with the
   * provider's accreditation then; the two owners asked at once.
   */
  /** employerServiceFacts for a batch of one provider: each distinct employer and (standard, date) asked once. */
  employerServicesFacts(
    identity: Identity,
    providerId: string,
    employerIds: readonly string[],
    standards: readonly StandardRequest[],
  ): Promise<{
    employers: Map<string, EmployerAndVacancyFactsQuery['employer']>;
    standards: Map<string, { standard: RemoteStandard | null; accredited: boolean }>;
  }>;
  employerServiceFacts(
    identity: Identity,
    providerId: string,
    employerId: string,
    standard: StandardRequest,
  ): Promise<{
    employer: EmployerAndVacancyFactsQuery['employer'];
    standard: RemoteStandard | null;
    accredited: boolean;
  }>;
}

const unique = <T>(items: readonly T[], key: (item: T) => string) => [
  ...new Map(items.map((i) => [key(i), i])).values(),
];

export function createOutcomesRemote(clients: {
  people: GraphQLClient;
  catalogue: GraphQLClient;
  employers: GraphQLClient;
}): OutcomesRemote {
  async function persons(identity: Identity, ids: readonly string[]) {
    const distinct = unique(ids, (id) => id);
    const answers = await clients.people.requestEach(
      identity,
      PersonFactsDocument,
      distinct.map((id) => ({ id })),
    );
    return new Map(distinct.map((id, i) => [id, answers[i]!.person] as const));
  }

  async function standards(identity: Identity, providerId: string, requests: readonly StandardRequest[]) {
    const distinct = unique(requests, standardKey);
    const answers = await clients.catalogue.requestEach(
      identity,
      StandardFactsDocument,
      distinct.map((r) => ({ code: r.code, on: r.on, provider: providerId })),
    );
    return new Map(
      distinct.map(
        (r, i) =>
          [
            standardKey(r),
            {
              standard: answers[i]!.serviceStandard as RemoteStandard | null,
              accredited: answers[i]!.provider?.isAccreditedFor ?? false,
            },
          ] as const,
      ),
    );
  }

  return {
    async person(identity, id) {
      return (await persons(identity, [id])).get(id) ?? null;
    },
    async deliveryFacts(identity, providerId, personIds, requests) {
      const [p, s] = await Promise.all([persons(identity, personIds), standards(identity, providerId, requests)]);
      return { persons: p, standards: s };
    },
    async employerAndVacancy(identity, employerId, vacancyId) {
      if (!vacancyId)
        return {
          employer: (await clients.employers.request(identity, EmployerFactsDocument, { employer: employerId }))
            .employer,
          vacancy: null,
        };
      return clients.employers.request(identity, EmployerAndVacancyFactsDocument, {
        employer: employerId,
        vacancy: vacancyId,
      });
    },
    async placementFacts(identity, rows) {
      const withVacancy = unique(
        rows.filter((r) => r.vacancyId),
        placementFactsKey,
      );
      const employerOnly = unique(
        rows.filter((r) => !r.vacancyId),
        placementFactsKey,
      );
      const [people, pairs, alone] = await Promise.all([
        persons(
          identity,
          rows.map((r) => r.personId),
        ),
        withVacancy.length === 0
          ? []
          : clients.employers.requestEach(
              identity,
              EmployerAndVacancyFactsDocument,
              withVacancy.map((r) => ({ employer: r.employerId, vacancy: r.vacancyId! })),
            ),
        employerOnly.length === 0
          ? []
          : clients.employers.requestEach(
              identity,
              EmployerFactsDocument,
              employerOnly.map((r) => ({ employer: r.employerId })),
            ),
      ]);
      const employers = new Map<string, EmployerAndVacancy>([
        ...withVacancy.map((r, i) => [placementFactsKey(r), pairs[i]!] as const),
        ...employerOnly.map((r, i) => [placementFactsKey(r), { employer: alone[i]!.employer, vacancy: null }] as const),
      ]);
      return { persons: people, employers };
    },
    async employerServicesFacts(identity, providerId, employerIds, requests) {
      const distinct = unique(employerIds, (id) => id);
      const [answers, found] = await Promise.all([
        distinct.length === 0
          ? []
          : clients.employers.requestEach(
              identity,
              EmployerFactsDocument,
              distinct.map((id) => ({ employer: id })),
            ),
        requests.length === 0 ? new Map() : standards(identity, providerId, requests),
      ]);
      return {
        employers: new Map(distinct.map((id, i) => [id, answers[i]!.employer] as const)),
        standards: found,
      };
    },
    async employerServiceFacts(identity, providerId, employerId, request) {
      const [employer, found] = await Promise.all([
        clients.employers.request(identity, EmployerFactsDocument, { employer: employerId }),
        standards(identity, providerId, [request]),
      ]);
      const standard = found.get(standardKey(request));
      return {
        employer: employer.employer,
        standard: standard?.standard ?? null,
        accredited: standard?.accredited ?? false,
      };
    },
  };
}

/** The clients of the deployed subgraph: owners' URLs from options or the environment. */
export function remoteFromEnv(
  env: NodeJS.ProcessEnv,
  urls: {
    people?: string | (() => string);
    catalogue?: string | (() => string);
    employers?: string | (() => string);
  } = {},
): OutcomesRemote {
  return createOutcomesRemote({
    people: createGraphQLClient({
      from: 'outcomes',
      subgraph: 'people',
      url: urls.people ?? env['PEOPLE_URL'] ?? 'http://localhost:4001/graphql',
    }),
    catalogue: createGraphQLClient({
      from: 'outcomes',
      subgraph: 'catalogue',
      url: urls.catalogue ?? env['CATALOGUE_URL'] ?? 'http://localhost:4002/graphql',
    }),
    employers: createGraphQLClient({
      from: 'outcomes',
      subgraph: 'employers',
      url: urls.employers ?? env['EMPLOYERS_URL'] ?? 'http://localhost:4003/graphql',
    }),
  });
}
