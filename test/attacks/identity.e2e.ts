import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { authConfigFromEnv, orgKinds, type OrgKind } from '@reg/auth';
import { callers, createTestDatabase, errorCode, gql, tokenFor, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { seedJourney } from '../support/fixtures.ts';
import { urlOf, type Door } from './support.ts';

/**
 * Identity as an outsider would abuse it (README, "Security model"): lax tokens, scopes carried by a kind that
 * may not hold them, and audit attribution chosen by the caller. Through the gateway and at every subgraph.
 */
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
const doors: Door[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];
const since = new Date(Date.now() - 60_000).toISOString();
const until = () => new Date(Date.now() + 60_000).toISOString();

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

const config = authConfigFromEnv({});
const secret = (config as { secret: Uint8Array }).secret;
const now = () => Math.floor(Date.now() / 1000);
const forge = (payload: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
  build(
    new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuer(config.issuer).setAudience(config.audience),
  ).sign(secret);
const region = { org: 'region', org_kind: 'region', scope: 'indicators:read' };

describe('lax tokens are refused at every door (401)', () => {
  it('empty, blank or numeric sub; expiry in 9999; lifetime over the maximum; issue time in the future', async () => {
    const tokens = {
      'empty sub': await forge({ ...region, sub: '' }, (j) => j.setIssuedAt().setExpirationTime('10m')),
      'blank sub': await forge({ ...region, sub: '  ' }, (j) => j.setIssuedAt().setExpirationTime('10m')),
      'numeric sub': await forge({ ...region, sub: 12345 }, (j) => j.setIssuedAt().setExpirationTime('10m')),
      'exp in 9999': await forge({ ...region, sub: 'analyst' }, (j) =>
        j.setIssuedAt().setExpirationTime(new Date('9999-12-31T00:00:00Z')),
      ),
      'two days without iat': await forge({ ...region, sub: 'analyst' }, (j) =>
        j.setExpirationTime(now() + 2 * 86_400),
      ),
      'iat in an hour': await forge({ ...region, sub: 'analyst' }, (j) =>
        j.setIssuedAt(now() + 3600).setExpirationTime(now() + 3900),
      ),
    };
    for (const door of doors) {
      for (const [what, token] of Object.entries(tokens)) {
        const answer = await gql(urlOf(graph, door), token, '{ __typename }');
        expect(answer.status, `${door}: ${what}`).toBe(401);
        expect(errorCode(answer)).toBe('UNAUTHENTICATED');
      }
    }
  });
});

const auditQueries: Record<Exclude<Door, 'gateway'>, string> = {
  people: 'query ($from: DateTime!, $to: DateTime!) { auditEvents(from: $from, to: $to) { entity } }',
  catalogue: 'query ($from: DateTime!, $to: DateTime!) { catalogueAuditEvents(from: $from, to: $to) { entity } }',
  employers: 'query ($from: DateTime!, $to: DateTime!) { employersAuditEvents(from: $from, to: $to) { entity } }',
  outcomes: 'query ($from: DateTime!, $to: DateTime!) { outcomesAuditEvents(from: $from, to: $to) { entity } }',
};

describe('a scope counts only with the kinds that may hold it', () => {
  const tokenOf = (kind: OrgKind, scope: string) =>
    tokenFor({
      sub: `attacker@${kind}`,
      org: `${kind}-org`,
      org_kind: kind,
      ...(kind === 'cpi' ? { province: 'MI' } : {}),
      scope,
    });

  for (const kind of orgKinds) {
    const allowed = kind === 'dpo';
    it(`audit:read held by ${kind}: ${allowed ? 'reads' : 'FORBIDDEN'} the audit of every subgraph, through the gateway and directly`, async () => {
      const token = await tokenOf(kind, 'audit:read');
      for (const [owner, query] of Object.entries(auditQueries) as Array<[Exclude<Door, 'gateway'>, string]>) {
        for (const url of [graph.gatewayUrl, graph.subgraphUrls[owner]]) {
          const answer = await gql(url, token, query, { from: since, to: until() });
          if (allowed) expect(answer.errors, `${kind} ${owner}`).toBeUndefined();
          else expect(errorCode(answer), `${kind} ${owner} ${url}`).toBe('FORBIDDEN');
        }
      }
    });
  }

  it('health:read held by an accredited body, a citizen, the Region or the DPO shows no health field', async () => {
    for (const kind of ['accredited', 'citizen', 'region', 'dpo', 'employer', 'service'] as OrgKind[]) {
      const token = await tokenFor({
        sub: `attacker@${kind}`,
        org: kind === 'accredited' ? world.accreditedId : kind === 'citizen' ? world.personId : `${kind}-org`,
        org_kind: kind,
        scope: 'health:read people:read',
      });
      for (const url of [graph.gatewayUrl, graph.subgraphUrls.people]) {
        const answer = await gql(
          url,
          token,
          'query ($id: ID!) { person(id: $id) { id disability { invalidityPercent } } }',
          { id: world.personId },
        );
        expect(JSON.stringify(answer.data ?? null), `${kind}`).not.toContain('invalidityPercent":6');
      }
    }
  });
});

describe("audit attribution is the graph's, the caller's words are kept apart as claims", () => {
  it("a caller naming its operation after the DPO and reusing another request's id does not take that id", async () => {
    const first = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query ReadOnce($id: ID!) { person(id: $id) { disability { invalidityPercent } } }',
      { id: world.personId },
    );
    const issued = first.headers.get('x-request-id')!;
    expect(issued).toMatch(/^[0-9a-f-]{36}$/);
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.cpi}`, 'x-request-id': issued },
      body: JSON.stringify({
        operationName: 'DPO_Routine_Integrity_Check',
        query: 'query DPO_Routine_Integrity_Check($id: ID!) { person(id: $id) { disability { category } } }',
        variables: { id: world.personId },
      }),
    });
    const second = response.headers.get('x-request-id')!;
    expect(second).not.toBe(issued);
    const { data } = await gql(
      graph.gatewayUrl,
      await callers.dpo(),
      'query ($p: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $p, from: $from, to: $to) { subject organisation operationName requestId claimedOperationName claimedRequestId fields } }',
      { p: world.personId, from: since, to: until() },
    );
    const rows = data!['auditEvents'] as Array<Record<string, unknown>>;
    const attack = rows.find((row) => row['claimedOperationName'] === 'DPO_Routine_Integrity_Check');
    expect(attack).toMatchObject({
      subject: `operator@${world.cpiId}`,
      organisation: world.cpiId,
      requestId: second,
      claimedRequestId: issued,
    });
    // The id the attacker reused still names only the first request's rows.
    expect(rows.filter((row) => row['requestId'] === issued).every((row) => row['operationName'] === 'ReadOnce')).toBe(
      true,
    );
  });

  it('a direct call to a subgraph records the claimed names as claims only', async () => {
    const claimed = `claimed-${randomUUID()}`;
    await gql(
      graph.subgraphUrls.people,
      world.cpi,
      'query Honest($id: ID!) { person(id: $id) { disability { category } } }',
      { id: world.personId },
      { 'x-client-operation-name': 'DPO_Routine_Integrity_Check', 'x-client-request-id': claimed },
    );
    const { data } = await gql(
      graph.gatewayUrl,
      await callers.dpo(),
      'query ($p: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $p, from: $from, to: $to) { operationName claimedOperationName claimedRequestId } }',
      { p: world.personId, from: since, to: until() },
    );
    expect(data!['auditEvents']).toContainEqual({
      operationName: 'Honest',
      claimedOperationName: 'DPO_Routine_Integrity_Check',
      claimedRequestId: claimed,
    });
  });
});
