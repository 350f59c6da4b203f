import { createServer } from 'node:net';
import { count as countRows } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient, createLogger, type GraphQLClient } from '@reg/subgraph-kit';
import { callers, createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { buildOutcomes } from '../server.ts';
import { placements, serviceDeliveries } from '../store/tables.ts';
import { createOutcomesRemote } from './index.ts';

/** A URL nothing listens on: a port taken from the system and released at once. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

/** People as the owner would answer: the person exists and lives in MI. */
const personIn = (variables: Record<string, unknown>) => ({
  person: { id: String(variables['id']), residenceProvince: 'MI', enrolments: [], takeInCharges: [] },
});
const people: GraphQLClient = {
  request: async (_identity, _document, variables) => personIn(variables) as never,
  requestEach: async (_identity, _document, variables) => variables.map(personIn) as never,
};

let database: TestDatabase;
let outcomes: Awaited<ReturnType<typeof buildOutcomes>>;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  database = await createTestDatabase();
  const down = await deadUrl();
  // The seam: people answers, catalogue and employers are down.
  const remote = createOutcomesRemote({
    people,
    catalogue: createGraphQLClient({ from: 'outcomes', subgraph: 'catalogue', url: down }),
    employers: createGraphQLClient({ from: 'outcomes', subgraph: 'employers', url: down }),
  });
  outcomes = await buildOutcomes({ location: database.location, remote, logger: createLogger('outcomes', 'silent') });
  const running = await outcomes.server.listen(0);
  url = running.url;
  close = running.close;
});

afterAll(async () => {
  await close?.();
  await outcomes?.database.close();
  await database?.drop();
});

/** Rows of a table, read back after the refused write. */
const count = async (table: typeof placements | typeof serviceDeliveries) =>
  (await outcomes.database.db.select({ n: countRows() }).from(table))[0]!.n;

describe('a write whose facts cannot be checked is refused and writes nothing', () => {
  it('a placement while employers is down: SUBGRAPH_UNAVAILABLE, retryable, naming the subgraph', async () => {
    const response = await gql(
      url,
      await callers.cpi('MI'),
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'down-1',
          personId: 'p-1',
          employerId: 'e-1',
          contract: 'PERMANENT',
          startedOn: '2025-03-03',
          countsTowardQuota: true,
        },
      },
    );
    expect(response.data?.['recordPlacement'] ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      retryable: true,
      subgraph: 'employers',
    });
    expect(response.errors?.[0]?.message).not.toMatch(/127\.0\.0\.1|http/);
    expect(await count(placements)).toBe(0);
  });

  it('a delivery while catalogue is down: SUBGRAPH_UNAVAILABLE, nothing stored', async () => {
    const response = await gql(
      url,
      await callers.cpi('MI'),
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'down-2',
          personId: 'p-1',
          serviceCode: '1A',
          deliveredOn: '2025-03-03',
          minutes: 30,
          modality: 'INDIVIDUAL_INTERVIEW',
        },
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      retryable: true,
      subgraph: 'catalogue',
    });
    expect(await count(serviceDeliveries)).toBe(0);
  });
});
