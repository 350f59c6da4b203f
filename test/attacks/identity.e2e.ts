import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import {
  authConfigFromEnv,
  internalKeys,
  internalKeysFromEnv,
  mintServiceToken,
  orgKinds,
  signRequestId,
  type OrgKind,
} from '@reg/auth';
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
    // The service kind is no caller's: its token is refused before any scope is looked at.
    const refusal = kind === 'service' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    it(`audit:read held by ${kind}: ${allowed ? 'reads' : refusal} the audit of every subgraph, through the gateway and directly`, async () => {
      const token = await tokenOf(kind, 'audit:read');
      for (const [owner, query] of Object.entries(auditQueries) as Array<[Exclude<Door, 'gateway'>, string]>) {
        for (const url of [graph.gatewayUrl, graph.subgraphUrls[owner]]) {
          const answer = await gql(url, token, query, { from: since, to: until() });
          if (allowed) expect(answer.errors, `${kind} ${owner}`).toBeUndefined();
          else expect(errorCode(answer), `${kind} ${owner} ${url}`).toBe(refusal);
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

describe("the service identity of calls between subgraphs is the graph's own: no caller can present it", () => {
  const quotaHires = 'query ($ids: [ID!]!) { quotaHires(employerIds: $ids) { employerId } }';
  const regionClaims = { sub: 'analyst@region', org: 'region', org_kind: 'region', scope: 'indicators:read' };
  const regionIdentity = {
    subject: 'analyst@region',
    organisation: 'region',
    orgKind: 'region' as const,
    province: null,
    scopes: new Set(['indicators:read']),
    token: 'none',
  };

  it("a service-kind token signed with the callers' secret is refused at the gateway and at every subgraph (401)", async () => {
    const forged = await forge({ sub: 'employers', org_kind: 'service', on_behalf_of: regionClaims }, (j) =>
      j.setIssuedAt().setExpirationTime('1m'),
    );
    for (const door of doors) {
      const answer = await gql(urlOf(graph, door), forged, '{ __typename }');
      expect(answer.status, door).toBe(401);
      expect(errorCode(answer)).toBe('UNAUTHENTICATED');
    }
    const asked = await gql(graph.subgraphUrls.outcomes, forged, quotaHires, { ids: [world.employerId] });
    expect(asked.status).toBe(401);
  });

  it('a service token signed with a guessed secret is refused (401); a real one is refused at the gateway and by another owner', async () => {
    const guessed = await mintServiceToken(internalKeys('a-guess-at-the-internal-secret-0123456789'), {
      from: 'employers',
      to: 'outcomes',
      onBehalfOf: regionIdentity,
    });
    const wrong = await gql(graph.subgraphUrls.outcomes, guessed.token, quotaHires, { ids: [world.employerId] });
    expect(wrong.status).toBe(401);
    // The graph's own secret (this test runs the graph in its own process, so it holds it as the graph does).
    const real = await mintServiceToken(internalKeysFromEnv(), {
      from: 'employers',
      to: 'outcomes',
      onBehalfOf: regionIdentity,
    });
    const atGateway = await gql(graph.gatewayUrl, real.token, '{ __typename }');
    expect(atGateway.status).toBe(401);
    expect(errorCode(atGateway)).toBe('UNAUTHENTICATED');
    const elsewhere = await gql(graph.subgraphUrls.people, real.token, '{ __typename }');
    expect(elsewhere.status).toBe(401);
    // The control: at its audience it is the employers subgraph asking on the Region's behalf, and is answered.
    const answered = await gql(graph.subgraphUrls.outcomes, real.token, quotaHires, { ids: [world.employerId] });
    expect(answered.errors).toBeUndefined();
    expect(Array.isArray(answered.data!['quotaHires'])).toBe(true);
  });

  it("the Region's own token straight at outcomes gets no quota hire: FORBIDDEN; nor does another subgraph's service identity", async () => {
    const region = await gql(graph.subgraphUrls.outcomes, await callers.region(), quotaHires, {
      ids: [world.employerId],
    });
    expect(errorCode(region)).toBe('FORBIDDEN');
    const people = await mintServiceToken(internalKeysFromEnv(), {
      from: 'people',
      to: 'outcomes',
      onBehalfOf: regionIdentity,
    });
    const asked = await gql(graph.subgraphUrls.outcomes, people.token, quotaHires, { ids: [world.employerId] });
    expect(errorCode(asked)).toBe('FORBIDDEN');
  });
});

describe("a request id is the graph's only with the gateway's signature", () => {
  const read = 'query Direct($id: ID!) { person(id: $id) { disability { category } } }';
  const rowsClaiming = async (claimed: string) => {
    const { data } = await gql(
      graph.gatewayUrl,
      await callers.dpo(),
      'query ($p: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $p, from: $from, to: $to) { requestId claimedRequestId subject } }',
      { p: world.personId, from: since, to: until() },
    );
    return (data!['auditEvents'] as Array<Record<string, unknown>>).filter(
      (row) => row['requestId'] === claimed || row['claimedRequestId'] === claimed,
    );
  };
  /** A health read straight at people (so audited) with this x-request-id and, if any, this signature. */
  const readAt = (door: Door, id: string, signature?: string) =>
    gql(
      urlOf(graph, door),
      world.cpi,
      read,
      { id: world.personId },
      { 'x-request-id': id, ...(signature ? { 'x-request-id-signature': signature } : {}) },
    );

  it("an unsigned or badly signed x-request-id sent straight to a subgraph is recorded as the caller's claim, never as the request's id", async () => {
    for (const signature of [
      undefined,
      'garbage',
      signRequestId(internalKeys('a-guess-at-the-internal-secret-0123456789'), 'x'),
    ]) {
      const chosen = `attacker-chosen-${randomUUID()}`;
      const answer = await readAt('people', chosen, signature);
      expect(answer.errors).toBeUndefined();
      const issued = answer.headers.get('x-request-id')!;
      expect(issued).not.toBe(chosen);
      const rows = await rowsClaiming(chosen);
      expect(rows.length, String(signature)).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatchObject({ requestId: issued, claimedRequestId: chosen });
    }
  });

  it('the control: the same id with the signature only the graph can make is taken as the request id', async () => {
    const id = randomUUID();
    const answer = await readAt('people', id, signRequestId(internalKeysFromEnv(), id));
    expect(answer.headers.get('x-request-id')).toBe(id);
    expect(await rowsClaiming(id)).toEqual([expect.objectContaining({ requestId: id, claimedRequestId: null })]);
  });

  it("a client's x-request-id-signature at the gateway is dropped, even a valid one: the gateway's own id is recorded", async () => {
    const chosen = randomUUID();
    const answer = await readAt('gateway', chosen, signRequestId(internalKeysFromEnv(), chosen));
    const issued = answer.headers.get('x-request-id')!;
    expect(issued).not.toBe(chosen);
    const rows = await rowsClaiming(chosen);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ requestId: issued, claimedRequestId: chosen });
  });
});
