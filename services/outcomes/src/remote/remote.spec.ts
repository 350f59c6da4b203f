import { describe, expect, it } from 'vitest';
import type { Identity } from '@reg/auth';
import type { GraphQLClient } from '@reg/subgraph-kit';
import { createOutcomesRemote, standardKey } from './index.ts';

const identity: Identity = {
  subject: 's',
  organisation: 'prov-1',
  orgKind: 'accredited',
  province: null,
  scopes: new Set(),
  token: 't',
};

/** Records every call and answers each item as the owner would. */
function recordingClient(answer: (variables: Record<string, unknown>) => unknown) {
  const calls: Array<{ items: Array<Record<string, unknown>> }> = [];
  const client: GraphQLClient = {
    async request(_identity, _document, variables) {
      calls.push({ items: [variables] });
      return answer(variables) as never;
    },
    async requestEach(_identity, _document, variables) {
      calls.push({ items: [...variables] });
      return variables.map((v) => answer(v)) as never;
    },
  };
  return { client, calls };
}

describe('facts for a batch of reports', () => {
  it('one call to people and one to catalogue whatever the number of rows, each distinct key asked once', async () => {
    const people = recordingClient((v) => ({
      person:
        v['id'] === 'missing' ? null : { id: v['id'], residenceProvince: 'MI', enrolments: [], takeInCharges: [] },
    }));
    // The catalogue answers each (service, date) with a version id, and each standard once.
    const catalogue = recordingClient((v) => {
      const asks = v['asks'] as Array<{ code: string; on: string }>;
      return {
        serviceStandardsOnDates: {
          dates: asks.map((a) => ({
            catalogueVersionId: a.on === '2025-03-03' && a.code === '1A' ? null : 'v',
            accredited: a.code !== '1A',
          })),
          standards: ['1A', '3A'].map((code) => ({
            code,
            targetGroup: 'EVERYONE',
            catalogueVersion: { id: 'v' },
            modalities: [],
            outputs: [],
          })),
        },
      };
    });
    const remote = createOutcomesRemote({
      people: people.client,
      catalogue: catalogue.client,
      employers: recordingClient(() => ({})).client,
    });
    // Each person once, with every day of their rows (for the target groups), whatever the number of rows.
    const persons = Array.from({ length: 300 }, (_, i) => ({
      id: `p-${i % 120}`,
      days: [`2025-03-0${Math.floor(i / 120) + 1}`],
    })).concat({ id: 'missing', days: [] });
    const standards = Array.from({ length: 300 }, (_, i) => ({
      code: i % 2 ? '3A' : '1A',
      on: `2025-03-0${(i % 3) + 1}`,
    }));
    const facts = await remote.deliveryFacts(identity, 'prov-1', persons, standards);
    expect(people.calls).toHaveLength(1);
    expect(catalogue.calls).toHaveLength(1);
    expect(people.calls[0]!.items).toHaveLength(121);
    // p-0 has rows 0, 120 and 240 (days 1, 2, 3), p-119 rows 119 and 239 (days 1, 2): one ask each, every day.
    expect(people.calls[0]!.items.find((v) => v['id'] === 'p-0')!['days']).toEqual([
      '2025-03-01',
      '2025-03-02',
      '2025-03-03',
    ]);
    expect(people.calls[0]!.items.find((v) => v['id'] === 'p-119')!['days']).toEqual(['2025-03-01', '2025-03-02']);
    expect(catalogue.calls[0]!.items).toHaveLength(1);
    expect(catalogue.calls[0]!.items[0]!['asks']).toHaveLength(6);
    expect(catalogue.calls[0]!.items[0]!['provider']).toBe('prov-1');
    expect(facts.persons.get('p-7')?.id).toBe('p-7');
    expect(facts.persons.get('missing')).toBeNull();
    expect(facts.standards.size).toBe(6);
    expect(facts.standards.get(standardKey({ code: '3A', on: '2025-03-02' }))).toMatchObject({
      standard: { code: '3A' },
      accredited: true,
    });
    expect(facts.standards.get(standardKey({ code: '1A', on: '2025-03-01' }))?.accredited).toBe(false);
    expect(facts.standards.get(standardKey({ code: '1A', on: '2025-03-03' }))?.standard).toBeNull();
  });
});
