import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { callers, errorCode, gql } from '@reg/testkit';
import { buildPeople } from '@reg/people';
import { useJourneyGraph } from './support/journey-graph.ts';

const world = useJourneyGraph();
const since = new Date(Date.now() - 60_000).toISOString();

const audit = `query ($personId: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $personId, from: $from, to: $to) { action entity entityId fields personId subject organisation operationName requestId claimedOperationName claimedRequestId } }`;
const until = () => new Date(Date.now() + 60_000).toISOString();

describe('audit (GDPR art. 9 and 30)', () => {
  it("every read of a health field is recorded with who, what, when, the operation name, the gateway's request id and the caller's claims apart", async () => {
    const read = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ReadDisability($id: ID!) { person(id: $id) { disability { invalidityPercent category } } }',
      { id: world.personId },
      { 'x-request-id': 'audit-test-request-0001' },
    );
    expect(read.errors).toBeUndefined();
    // The gateway issues the request id; the one the caller sent is only its claim.
    const requestId = read.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const { data } = await gql(world.graph.gatewayUrl, await callers.dpo(), audit, {
      personId: world.personId,
      from: since,
      to: until(),
    });
    const reads = data!['auditEvents'].filter((e: { action: string }) => e.action === 'READ');
    expect(reads).toContainEqual(
      expect.objectContaining({
        entity: 'Person',
        entityId: world.personId,
        fields: ['disability', 'category', 'invalidityPercent'],
        personId: world.personId,
        subject: `operator@${world.cpiId}`,
        organisation: world.cpiId,
        operationName: 'ReadDisability',
        requestId,
        claimedOperationName: null,
        claimedRequestId: 'audit-test-request-0001',
      }),
    );
  });

  it('every write is recorded with the person concerned', async () => {
    const { data } = await gql(world.graph.gatewayUrl, await callers.dpo(), audit, {
      personId: world.personId,
      from: since,
      to: until(),
    });
    const writes = data!['auditEvents']
      .filter((e: { action: string }) => e.action === 'WRITE')
      .map((e: { entity: string }) => e.entity);
    expect(writes).toEqual(
      expect.arrayContaining(['registerPerson', 'submitEnrolment', 'changeEnrolmentStatus', 'takeInCharge']),
    );
  });

  it('every subgraph keeps its own log: the catalogue records the Region registering providers', async () => {
    const { data } = await gql(
      world.graph.gatewayUrl,
      await callers.dpo(),
      'query ($from: DateTime!, $to: DateTime!) { catalogueAuditEvents(from: $from, to: $to) { action entity subject orgKind } }',
      { from: since, to: until() },
    );
    expect(data!['catalogueAuditEvents']).toContainEqual({
      action: 'WRITE',
      entity: 'registerProvider',
      subject: 'analyst@region',
      orgKind: 'region',
    });
  });

  it('employers and outcomes keep their own logs too, with the person concerned', async () => {
    const placed = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'audit-placement-1',
          personId: world.personId,
          employerId: world.employerId,
          contract: 'PERMANENT',
          startedOn: '2025-03-01',
          countsTowardQuota: true,
        },
      },
    );
    expect(placed.errors, JSON.stringify(placed.errors)).toBeUndefined();
    const dpo = await callers.dpo();
    const window = { from: since, to: until() };
    const employers = await gql(
      world.graph.gatewayUrl,
      dpo,
      'query ($from: DateTime!, $to: DateTime!) { employersAuditEvents(from: $from, to: $to) { action entity entityId subject orgKind } }',
      window,
    );
    expect(employers.data!['employersAuditEvents']).toContainEqual({
      action: 'WRITE',
      entity: 'registerEmployer',
      entityId: world.employerId,
      subject: `operator@${world.cpiId}`,
      orgKind: 'cpi',
    });
    const outcomes = await gql(
      world.graph.gatewayUrl,
      dpo,
      'query ($p: ID, $from: DateTime!, $to: DateTime!) { outcomesAuditEvents(personId: $p, from: $from, to: $to) { action entity entityId personId fields } }',
      { ...window, p: world.personId },
    );
    expect(outcomes.data!['outcomesAuditEvents']).toContainEqual(
      expect.objectContaining({
        action: 'WRITE',
        entity: 'recordPlacement',
        entityId: placed.data!['recordPlacement'].id,
        personId: world.personId,
      }),
    );
    for (const field of ['employersAuditEvents', 'outcomesAuditEvents']) {
      expect(
        errorCode(
          await gql(
            world.graph.gatewayUrl,
            world.cpi,
            `query ($from: DateTime!, $to: DateTime!) { ${field}(from: $from, to: $to) { at } }`,
            window,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
  });

  it('every mutation leaves an ATTEMPT committed before it runs: refused writes are visible, successful ones get their WRITE after', async () => {
    const refused = await gql(
      world.graph.gatewayUrl,
      world.accredited,
      'mutation ProbeEmployer($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
      {
        input: { name: 'Probe', fiscalCode: '01234567890', kind: 'PRIVATE', atecoCode: '62.01', province: 'MI' },
      },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const window = { from: since, to: until() };
    const { data, errors } = await gql(
      world.graph.gatewayUrl,
      await callers.dpo(),
      'query ($from: DateTime!, $to: DateTime!) { employersAuditEvents(from: $from, to: $to) { action entity operationName organisation fields } }',
      window,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const events = data!['employersAuditEvents'] as Array<{
      action: string;
      entity: string;
      operationName: string | null;
      organisation: string;
    }>;
    expect(events, JSON.stringify(events)).toContainEqual({
      action: 'ATTEMPT',
      entity: 'registerEmployer',
      operationName: 'ProbeEmployer',
      organisation: world.accreditedId,
      fields: ['name', 'fiscalCode', 'kind', 'atecoCode', 'province', 'sites'],
    });
    expect(events.filter((e) => e.operationName === 'ProbeEmployer' && e.action === 'WRITE')).toEqual([]);
    const registered = events.findIndex((e) => e.action === 'WRITE' && e.entity === 'registerEmployer');
    expect(registered).toBeGreaterThan(0);
    expect(events.slice(0, registered).some((e) => e.action === 'ATTEMPT' && e.entity === 'registerEmployer')).toBe(
      true,
    );
  });

  it('only the DPO scope reads the audit log', async () => {
    expect(errorCode(await gql(world.graph.gatewayUrl, world.cpi, audit, { from: since, to: until() }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await gql(world.graph.gatewayUrl, await callers.region(), audit, { from: since, to: until() })),
    ).toBe('FORBIDDEN');
  });

  it('the audit table is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const people = await buildPeople({
      location: world.graph.data.database.driver === 'postgres' ? world.graph.data.location : 'memory://',
      logger: (await import('@reg/subgraph-kit')).createLogger('t', 'silent'),
    });
    try {
      const { db } = people.database;
      await db.execute(
        sql`insert into people.audit_event (at, action, entity, fields, subject, org_kind, request_id) values (now(), 'READ', 'Person', '[]', 's', 'cpi', 'r')`,
      );
      await expect(db.execute(sql`update people.audit_event set subject = 'someone else'`)).rejects.toThrow();
      await expect(db.execute(sql`delete from people.audit_event`)).rejects.toThrow();
      await expect(db.execute(sql`truncate people.audit_event`)).rejects.toThrow();
    } finally {
      await people.database.close();
    }
  });
});
