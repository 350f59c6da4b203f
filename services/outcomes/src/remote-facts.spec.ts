import { describe, expect, it } from 'vitest';
import type { Identity } from '@reg/auth';
import type { ServiceClient } from '@reg/subgraph-kit';
import { createRemoteFacts, standardKey } from './remote-facts.ts';

const identity: Identity = { subject: 's', organisation: 'prov-1', orgKind: 'accredited', province: null, scopes: new Set(), token: 't' };

/** Records every call and answers each alias as the subgraph would. */
function recordingClient(answer: (variables: Record<string, unknown>) => Record<string, unknown>) {
  const calls: Array<{ query: string; variables: Record<string, unknown> }> = [];
  const client: ServiceClient = {
    async query<T>(_: Identity, query: string, variables: Record<string, unknown> = {}) {
      calls.push({ query, variables });
      return answer(variables) as T;
    },
  };
  return { client, calls };
}

describe('facts for a batch of reports', () => {
  it('one call to people and one to catalogue whatever the number of rows, each distinct key asked once', async () => {
    const people = recordingClient((v) => Object.fromEntries(Object.entries(v).map(([alias, id]) => [alias, id === 'missing' ? null : { id, residenceProvince: 'MI', enrolments: [], takeInCharges: [] }])));
    const catalogue = recordingClient((v) => {
      const answer: Record<string, unknown> = { provider: {} };
      for (const [name, code] of Object.entries(v)) {
        if (!name.startsWith('c')) continue;
        const i = name.slice(1);
        answer[`s${i}`] = { code, targetGroup: 'EVERYONE', catalogueVersion: { id: 'v' }, modalities: [], outputs: [] };
        (answer['provider'] as Record<string, boolean>)[`a${i}`] = code !== '1A';
      }
      return answer;
    });
    const remote = createRemoteFacts({ people: people.client, catalogue: catalogue.client, employers: recordingClient(() => ({})).client });
    const personIds = Array.from({ length: 300 }, (_, i) => `p-${i % 120}`).concat('missing');
    const standards = Array.from({ length: 300 }, (_, i) => ({ code: i % 2 ? '3A' : '1A', on: `2025-03-0${(i % 3) + 1}` }));
    const facts = await remote.deliveryFacts(identity, 'prov-1', personIds, standards);
    expect(people.calls).toHaveLength(1);
    expect(catalogue.calls).toHaveLength(1);
    expect(Object.keys(people.calls[0]!.variables)).toHaveLength(121);
    expect(facts.persons.get('p-7')?.id).toBe('p-7');
    expect(facts.persons.get('missing')).toBeNull();
    expect(facts.standards.size).toBe(6);
    expect(facts.standards.get(standardKey({ code: '3A', on: '2025-03-02' }))).toMatchObject({ standard: { code: '3A' }, accredited: true });
    expect(facts.standards.get(standardKey({ code: '1A', on: '2025-03-01' }))?.accredited).toBe(false);
  });
});
