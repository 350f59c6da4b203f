import type { Identity } from '@reg/auth';
import { createGraphQLClient, type GraphQLClient } from '@reg/subgraph-kit';
import type { StandardFacts } from '../rules/delivery-check.ts';
import { StandardFactsDocument, type StandardFactsFieldsFragment } from './generated/catalogue.ts';
import {
  EmployerAndVacancyFactsDocument,
  EmployerFactsDocument,
  type EmployerAndVacancyFactsQuery,
} from './generated/employers.ts';
import { PersonFactsDocument, type PersonFactsQuery } from './generated/people.ts';

export type PersonFactsRemote = NonNullable<PersonFactsQuery['person']>;
export type RemoteStandard = StandardFacts & StandardFactsFieldsFragment;

/** A service standard asked for a date: the version valid on that date, and the provider's accreditation then. */
export interface StandardRequest {
  code: string;
  on: string;
}
/** A person asked for, with the days of what is reported about them (their target groups on those days). */
export interface PersonAsk {
  id: string;
  days: readonly string[];
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

export interface EmployerServiceFacts {
  employers: Map<string, EmployerAndVacancyFactsQuery['employer']>;
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
  person(identity: Identity, ask: PersonAsk): Promise<PersonFactsRemote | null>;
  /**
   * Everything a batch of reports needs, in one call to people and one to catalogue whatever the number of
   * rows: each distinct person (with all of their days) and (standard, date) asked once, the asks merged into one
   * request.
   */
  deliveryFacts(
    identity: Identity,
    providerId: string,
    persons: readonly PersonAsk[],
    standards: readonly StandardRequest[],
  ): Promise<DeliveryFacts>;
  employerAndVacancy(identity: Identity, employerId: string, vacancyId: string | null): Promise<EmployerAndVacancy>;
  /**
   * What a batch of placements is checked against, in one call to people and one to employers whatever the number
   * of rows: each distinct person (with the start days, for their target groups), and each distinct employer with
   * the vacancy filled (by placementFactsKey).
   */
  placementFacts(
    identity: Identity,
    rows: ReadonlyArray<{ personId: string; startedOn: string; employerId: string; vacancyId: string | null }>,
  ): Promise<{ persons: Map<string, PersonFactsRemote | null>; employers: Map<string, EmployerAndVacancy> }>;
  /**
   * What reports of services to employers are checked against: each employer (null when the caller may not see it or
   * it does not exist) with its registered office's province, and each standard valid on its date with the
   * provider's accreditation then; each distinct employer and (standard, date) asked once, the two owners at once.
   */
  employerServiceFacts(
    identity: Identity,
    providerId: string,
    employerIds: readonly string[],
    standards: readonly StandardRequest[],
  ): Promise<EmployerServiceFacts>;
}

const unique = <T>(items: readonly T[], key: (item: T) => string) => [
  ...new Map(items.map((i) => [key(i), i])).values(),
];

export function createOutcomesRemote(clients: {
  people: GraphQLClient;
  catalogue: GraphQLClient;
  employers: GraphQLClient;
}): OutcomesRemote {
  async function persons(identity: Identity, asks: readonly PersonAsk[]) {
    const days = new Map<string, Set<string>>();
    for (const ask of asks) {
      const known = days.get(ask.id);
      if (known) for (const day of ask.days) known.add(day);
      else days.set(ask.id, new Set(ask.days));
    }
    const distinct = [...days.keys()];
    const answers = await clients.people.requestEach(
      identity,
      PersonFactsDocument,
      distinct.map((id) => ({ id, days: [...days.get(id)!].sort() })),
    );
    return new Map(distinct.map((id, i) => [id, answers[i]!.person] as const));
  }

  async function standards(identity: Identity, providerId: string, requests: readonly StandardRequest[]) {
    const distinct = unique(requests, standardKey);
    const found = new Map<string, { standard: RemoteStandard | null; accredited: boolean }>();
    if (distinct.length === 0) return found;
    const { serviceStandardsOnDates: answer } = await clients.catalogue.request(identity, StandardFactsDocument, {
      asks: distinct.map((r) => ({ code: r.code, on: r.on })),
      provider: providerId,
    });
    const byVersion = new Map(answer.standards.map((s) => [`${s.code}|${s.catalogueVersion.id}`, s as RemoteStandard]));
    distinct.forEach((r, i) => {
      const { catalogueVersionId, accredited } = answer.dates[i]!;
      const standard = catalogueVersionId === null ? null : (byVersion.get(`${r.code}|${catalogueVersionId}`) ?? null);
      found.set(standardKey(r), { standard, accredited });
    });
    return found;
  }

  return {
    async person(identity, ask) {
      return (await persons(identity, [ask])).get(ask.id) ?? null;
    },
    async deliveryFacts(identity, providerId, asks, requests) {
      const [p, s] = await Promise.all([persons(identity, asks), standards(identity, providerId, requests)]);
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
          rows.map((r) => ({ id: r.personId, days: [r.startedOn] })),
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
    async employerServiceFacts(identity, providerId, employerIds, requests) {
      const distinct = unique(employerIds, (id) => id);
      const [answers, found] = await Promise.all([
        clients.employers.requestEach(
          identity,
          EmployerFactsDocument,
          distinct.map((employer) => ({ employer })),
        ),
        standards(identity, providerId, requests),
      ]);
      return { employers: new Map(distinct.map((id, i) => [id, answers[i]!.employer] as const)), standards: found };
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
