import { describe, expect, it } from 'vitest';
import { callers, errorCode, gql } from '@reg/testkit';
import { useJourneyGraph } from './support/journey-graph.ts';

const world = useJourneyGraph();

const report = `mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id minutes serviceStandard { code title } } }`;

describe('the federated graph through the gateway', () => {
  it('a Person query reaches all four subgraphs: person, provider in charge, deliveries with their standard, placement with its employer', async () => {
    const { accredited, cpi, personId, employerId, must } = world;
    await must(accredited, report, {
      input: {
        idempotencyKey: 'e2e-3a-1',
        personId,
        serviceCode: '3A',
        deliveredOn: '2025-03-01',
        minutes: 55,
        modality: 'INDIVIDUAL_INTERVIEW',
        outputs: [],
      },
    });
    await must(cpi, `mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`, {
      input: {
        idempotencyKey: 'e2e-placement-1',
        personId,
        employerId,
        contract: 'PERMANENT',
        weeklyHours: 30,
        fullTimeWeeklyHours: 40,
        startedOn: '2025-06-01',
        countsTowardQuota: true,
      },
    });
    const { data, errors } = await gql(
      world.graph.gatewayUrl,
      cpi,
      /* GraphQL */ `
      query ($id: ID!) {
        person(id: $id) {
          givenName familyName
          takeInCharges { programme provider { id name kind accreditedServices { code } } }
          deliveries { minutes modality serviceStandard { code title targetGroup modalities { code minMinutes maxMinutes } } provider { name } }
          placements { contract countsTowardQuota employer { name atecoCode } }
        }
      }`,
      { id: personId },
    );
    expect(errors).toBeUndefined();
    const person = data!['person'];
    expect(person.takeInCharges[0].provider).toMatchObject({
      name: 'Cooperativa Sociale Il Ponte',
      kind: 'ACCREDITED',
    });
    expect(person.deliveries[0]).toMatchObject({
      minutes: 55,
      serviceStandard: { code: '3A', targetGroup: 'DISABLED_OR_DISADVANTAGED' },
      provider: { name: 'Cooperativa Sociale Il Ponte' },
    });
    expect(person.placements[0]).toMatchObject({
      contract: 'PERMANENT',
      employer: { name: 'Officine Meccaniche Lombarde S.p.A.', atecoCode: '25.62' },
    });
  });

  it('a retried report with the same idempotency key returns the first and creates no duplicate', async () => {
    const { accredited, personId } = world;
    const input = {
      idempotencyKey: 'e2e-3a-retry',
      personId,
      serviceCode: '3A',
      deliveredOn: '2025-03-08',
      minutes: 50,
      modality: 'INDIVIDUAL_INTERVIEW',
    };
    const first = await gql(world.graph.gatewayUrl, accredited, report, { input });
    const second = await gql(world.graph.gatewayUrl, accredited, report, { input });
    expect(second.data!['reportServiceDelivery'].id).toBe(first.data!['reportServiceDelivery'].id);
    const changed = await gql(world.graph.gatewayUrl, accredited, report, { input: { ...input, minutes: 45 } });
    expect(errorCode(changed)).toBe('CONFLICT');
    const { data } = await gql(
      world.graph.gatewayUrl,
      accredited,
      'query ($id: ID!) { person(id: $id) { deliveries { id } } }',
      { id: personId },
    );
    expect(
      data!['person'].deliveries.filter((d: { id: string }) => d.id === first.data!['reportServiceDelivery'].id),
    ).toHaveLength(1);
  });

  describe('bad input gets a GraphQL error with extensions.code and writes nothing', () => {
    const count = async () => {
      const { data } = await gql(
        world.graph.gatewayUrl,
        world.accredited,
        'query ($id: ID!) { person(id: $id) { deliveries { id } } }',
        { id: world.personId },
      );
      return data!['person'].deliveries.length as number;
    };
    const base = () => ({
      idempotencyKey: `bad-${Math.random()}`,
      personId: world.personId,
      serviceCode: '3A',
      deliveredOn: '2025-03-15',
      minutes: 50,
      modality: 'INDIVIDUAL_INTERVIEW',
    });

    it.each([
      ['unknown service code', { serviceCode: '9Z' }, 'BAD_USER_INPUT'],
      ['negative minutes', { minutes: -5 }, 'BAD_USER_INPUT'],
      ['unknown person', { personId: 'no-such-person' }, 'NOT_FOUND'],
      ['modality the service does not have', { modality: 'TELEPATHY' }, 'BAD_USER_INPUT'],
      ['a session above the 60-minute maximum of 3A (seed 003)', { minutes: 75 }, 'RULE_VIOLATION'],
      [
        'a service the provider is not accredited for (1A)',
        { serviceCode: '1A', modality: 'INDIVIDUAL_INTERVIEW' },
        'RULE_VIOLATION',
      ],
    ])('%s', async (_, change, code) => {
      const before = await count();
      const response = await gql(world.graph.gatewayUrl, world.accredited, report, { input: { ...base(), ...change } });
      expect(errorCode(response)).toBe(code);
      expect(await count()).toBe(before);
    });

    it('a malformed fiscal code', async () => {
      const response = await gql(
        world.graph.gatewayUrl,
        world.cpi,
        'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
        {
          input: { ...world.personInput, fiscalCode: 'RSSMRA85T10A562X' },
        },
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      const { data } = await gql(
        world.graph.gatewayUrl,
        world.cpi,
        '{ personByFiscalCode(fiscalCode: "RSSMRA85T10A562X") { id } }',
      );
      expect(data!['personByFiscalCode']).toBeNull();
    });
  });

  describe('identity', () => {
    it('the gateway refuses a request without a token with 401', async () => {
      const response = await gql(world.graph.gatewayUrl, null, '{ serviceStandards { code } }');
      expect(response.status).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });

    it('a direct subgraph call without the verified identity is refused with 401', async () => {
      for (const url of Object.values(world.graph.subgraphUrls)) {
        const response = await gql(url, null, '{ _service { sdl } }');
        expect(response.status).toBe(401);
      }
    });

    it('a token signed with another secret is refused at the gateway and at the subgraph', async () => {
      const { SignJWT } = await import('jose');
      const forged = await new SignJWT({ org_kind: 'region' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('intruder')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
      expect((await gql(world.graph.gatewayUrl, forged, '{ serviceStandards { code } }')).status).toBe(401);
      expect((await gql(world.graph.subgraphUrls.catalogue, forged, '{ serviceStandards { code } }')).status).toBe(401);
    });

    it('a CPI of another province does not see the person through the gateway', async () => {
      const { data } = await gql(
        world.graph.gatewayUrl,
        await callers.cpi('BG'),
        'query ($id: ID!) { person(id: $id) { id } }',
        { id: world.personId },
      );
      expect(data!['person']).toBeNull();
    });
  });

  it('GraphiQL is served from the gateway itself: no script or stylesheet from another host', async () => {
    const response = await fetch(world.graph.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('graphiql');
    expect(html.match(/<(script|link)[^>]+(src|href)="https?:[^"]+"/g) ?? []).toEqual([]);
  });

  it('/readyz answers 200 when every subgraph answers', async () => {
    const response = await fetch(world.graph.gatewayUrl.replace('/graphql', '/readyz'));
    expect(response.status).toBe(200);
  });
});
