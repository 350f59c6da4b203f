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
  enrolments: Array<{ list: string; status: string; decidedOn?: string | null }>;
  disadvantageCertifications?: Array<{ validFrom: string; validTo: string | null }>;
  takeInCharges: Array<{ provider: { id: string }; startedOn?: string }>;
}

export type RemoteStandard = StandardFacts & { catalogueVersion: { id: string } };

/** A service standard asked for a date: the version valid on that date, and the provider's accreditation then. */
export interface StandardRequest { code: string; on: string }
export const standardKey = (r: StandardRequest) => `${r.code}|${r.on}`;

export interface DeliveryFacts {
  persons: Map<string, PersonFactsRemote | null>;
  /** By standardKey. */
  standards: Map<string, { standard: RemoteStandard | null; accredited: boolean }>;
}

export interface RemoteFacts {
  person(identity: Identity, id: string): Promise<PersonFactsRemote | null>;
  /**
   * Everything a batch of reports needs, in one call to people and one to catalogue whatever the number of
   * rows: the `person` and `serviceStandard` fields are asked once per distinct key under aliases.
   */
  deliveryFacts(identity: Identity, providerId: string, personIds: readonly string[], standards: readonly StandardRequest[]): Promise<DeliveryFacts>;
  employerAndVacancy(identity: Identity, employerId: string, vacancyId: string | null): Promise<{ employer: { id: string } | null; vacancy: { id: string; employer: { id: string } } | null }>;
}

const personFields = 'id residenceProvince enrolments { list status decidedOn } disadvantageCertifications { validFrom validTo } takeInCharges { provider { id } startedOn }';
const standardFields = `code targetGroup catalogueVersion { id }
  modalities { code minutesScope minMinutes maxMinutes pathMinMinutes pathMaxMinutes minSessions maxSessions maxSpanMonths }
  outputs { code }`;

const unique = <T>(items: readonly T[], key: (item: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

export function createRemoteFacts(clients: { people: ServiceClient; catalogue: ServiceClient; employers: ServiceClient }): RemoteFacts {
  async function persons(identity: Identity, ids: readonly string[]) {
    const distinct = unique(ids, (id) => id);
    const result = new Map<string, PersonFactsRemote | null>();
    if (distinct.length === 0) return result;
    const declarations = distinct.map((_, i) => `$p${i}: ID!`).join(', ');
    const selections = distinct.map((_, i) => `p${i}: person(id: $p${i}) { ...F }`).join('\n');
    const data = await clients.people.query<Record<string, PersonFactsRemote | null>>(
      identity,
      `query (${declarations}) {\n${selections}\n}\nfragment F on Person { ${personFields} }`,
      Object.fromEntries(distinct.map((id, i) => [`p${i}`, id])),
    );
    distinct.forEach((id, i) => result.set(id, data[`p${i}`] ?? null));
    return result;
  }

  async function standards(identity: Identity, providerId: string, requests: readonly StandardRequest[]) {
    const distinct = unique(requests, standardKey);
    const result = new Map<string, { standard: RemoteStandard | null; accredited: boolean }>();
    if (distinct.length === 0) return result;
    const declarations = ['$provider: ID!', ...distinct.map((_, i) => `$c${i}: String!, $d${i}: Date!`)].join(', ');
    const standardSelections = distinct.map((_, i) => `s${i}: serviceStandard(code: $c${i}, on: $d${i}) { ...S }`).join('\n');
    const accreditations = distinct.map((_, i) => `a${i}: isAccreditedFor(code: $c${i}, on: $d${i})`).join(' ');
    const data = await clients.catalogue.query<Record<string, unknown>>(
      identity,
      `query (${declarations}) {\n${standardSelections}\nprovider(id: $provider) { ${accreditations} }\n}\nfragment S on ServiceStandard { ${standardFields} }`,
      { provider: providerId, ...Object.fromEntries(distinct.flatMap((r, i) => [[`c${i}`, r.code], [`d${i}`, r.on]])) },
    );
    const provider = (data['provider'] ?? null) as Record<string, boolean> | null;
    distinct.forEach((r, i) => result.set(standardKey(r), { standard: (data[`s${i}`] ?? null) as RemoteStandard | null, accredited: provider?.[`a${i}`] ?? false }));
    return result;
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
