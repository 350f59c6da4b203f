import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheableShape, referenceTypes, useReferenceCache, type ReferenceCacheOptions } from './reference-cache.ts';

const catalogueTypes = referenceTypes.get('catalogue')!;

type Request = { document: ReturnType<typeof parse>; variables?: Record<string, unknown>; operationType?: string };
type Executor = (request: Request) => unknown;

/** The documents the Rust planner sends the catalogue for a person with everything (bench/queries.ts). */
const providers = parse(
  'query($representations:[_Any!]!){_entities(representations: $representations){...on Provider{name kind}}}',
);
const batch = parse(
  'query($__batch_reps_0:[_Any!]!, $__batch_reps_1:[_Any!]!){_e0: _entities(representations: $__batch_reps_0){...on Provider{name}} _e1: _entities(representations: $__batch_reps_1){...on ServiceStandard{title}}}',
);
const provider = (id: string) => ({ __typename: 'Provider', id });
const names: Record<string, { name: string; kind: string }> = {
  p1: { name: 'CPI Milano', kind: 'CPI' },
  p2: { name: 'Ente Alfa', kind: 'ACCREDITED' },
};

/** A catalogue that answers from `names` (null for an unknown id) and counts the calls it gets. */
function catalogue(extra: (request: Request) => object = () => ({})) {
  const calls: Request[] = [];
  const executor: Executor = async (request) => {
    calls.push(request);
    const answer = (reps: Array<{ __typename: string; id?: string; code?: string }>, fields: string[]) =>
      reps.map((r) => {
        if (r.__typename === 'ServiceStandard') return { title: `Standard ${r.code}` };
        const known = names[r.id!];
        return known ? Object.fromEntries(fields.map((f) => [f, known[f as 'name']])) : null;
      });
    const v = request.variables ?? {};
    const data =
      request.document === batch
        ? { _e0: answer(v['__batch_reps_0'] as never, ['name']), _e1: answer(v['__batch_reps_1'] as never, []) }
        : { _entities: answer(v['representations'] as never, ['name', 'kind']) };
    return { data, ...extra(request) };
  };
  return { calls, executor };
}

/** What the gateway runs for one subgraph call once the plugin has had its say. */
function cached(options: Partial<ReferenceCacheOptions> = {}) {
  const plugin = useReferenceCache({ ttlMs: 60_000, ...options });
  return (subgraphName: string, executor: Executor, request: Request) => {
    let chosen = executor;
    (plugin.onSubgraphExecute as (payload: object) => void)({
      subgraphName,
      executionRequest: request,
      executor,
      setExecutor: (e: Executor) => (chosen = e),
    });
    return chosen(request) as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;
  };
}

describe('cacheableShape: which subgraph requests the reference cache may answer', () => {
  it("takes the planner's entity fetches: plain fields on entity types, aliased batches included", () => {
    expect(cacheableShape(providers, catalogueTypes)).toEqual([
      {
        responseKey: '_entities',
        variable: 'representations',
        fieldsByType: new Map([['Provider', ['name', 'kind']]]),
      },
    ]);
    expect(
      cacheableShape(batch, catalogueTypes)?.map((f) => [f.responseKey, f.variable, [...f.fieldsByType.keys()]]),
    ).toEqual([
      ['_e0', '__batch_reps_0', ['Provider']],
      ['_e1', '__batch_reps_1', ['ServiceStandard']],
    ]);
  });

  it("takes the JS planner's entity fetches, which also ask `__typename` beside the fragments", () => {
    const js = parse(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Provider { name kind } ... on ServiceStandard { title } } }',
    );
    expect(cacheableShape(js, catalogueTypes)?.[0]?.fieldsByType).toEqual(
      new Map([
        ['Provider', ['__typename', 'name', 'kind']],
        ['ServiceStandard', ['__typename', 'title']],
      ]),
    );
  });

  it('leaves to the subgraph a root field, a field with arguments or a selection, an alias, a mutation, a type that is not reference data', () => {
    for (const document of [
      '{ providers { name } }',
      'query($r:[_Any!]!){_entities(representations: $r){...on Provider{isAccreditedFor(code: "3A")}}}',
      'query($r:[_Any!]!){_entities(representations: $r){...on Provider{accreditedServices{code}}}}',
      'query($r:[_Any!]!){_entities(representations: $r){...on Provider{label: name}}}',
      'query($r:[_Any!]!){_entities(representations: $r){...on Provider{name @include(if: true)}}}',
      'query($r:[_Any!]!){_entities(representations: $r){...on Provider{name}} providers { id }}',
      'mutation($r:[_Any!]!){_entities(representations: $r){...on Provider{name}}}',
      // The caller itself (null for anyone else): never served to another caller.
      'query($r:[_Any!]!){_entities(representations: $r){...on Viewer{organisation scopes}}}',
      'query($r:[_Any!]!){_entities(representations: $r){...on Provider{name} ...on Viewer{organisation}}}',
    ])
      expect(cacheableShape(parse(document), catalogueTypes), document).toBeNull();
  });
});

describe('useReferenceCache: reference entities answered from memory (REFERENCE_CACHE_SECONDS)', () => {
  it('asks the catalogue once for entities it already knows, in any later request and any batch', async () => {
    const { calls, executor } = catalogue();
    const run = cached();
    const first = await run('catalogue', executor, {
      document: providers,
      variables: { representations: [provider('p1'), provider('p2')] },
    });
    expect(first.data).toEqual({ _entities: [names['p1'], names['p2']] });
    const again = await run('catalogue', executor, {
      document: providers,
      variables: { representations: [provider('p2')] },
    });
    expect(again).toEqual({ data: { _entities: [names['p2']] } });
    expect(calls).toHaveLength(1);
    // The batch asks the name of a known provider (answered) and a standard's title (not yet known): it is asked.
    const reps = { __batch_reps_0: [provider('p1')], __batch_reps_1: [{ __typename: 'ServiceStandard', code: '3A' }] };
    await run('catalogue', executor, { document: batch, variables: reps });
    await run('catalogue', executor, { document: batch, variables: reps });
    expect(calls).toHaveLength(2);
  });

  it('answers a fresh object each time: a change the runtime makes to an answer does not reach the next caller', async () => {
    const { executor } = catalogue();
    const run = cached();
    const request = { document: providers, variables: { representations: [provider('p1')] } };
    await run('catalogue', executor, request);
    const answer = await run('catalogue', executor, request);
    (answer.data!['_entities'] as Array<Record<string, unknown>>)[0]!['name'] = 'changed';
    expect((await run('catalogue', executor, request)).data).toEqual({ _entities: [names['p1']] });
    // A list of scalars too (a standard's activities).
    const activities = parse('query($r:[_Any!]!){_entities(representations: $r){...on ServiceStandard{activities}}}');
    const standards = { document: activities, variables: { r: [{ __typename: 'ServiceStandard', code: '3A' }] } };
    const lists = async () => ({ data: { _entities: [{ activities: ['colloquio', 'bilancio'] }] } });
    await run('catalogue', lists, standards);
    const first = await run('catalogue', lists, standards);
    (first.data!['_entities'] as Array<{ activities: string[] }>)[0]!.activities.push('changed');
    expect((await run('catalogue', lists, standards)).data).toEqual({
      _entities: [{ activities: ['colloquio', 'bilancio'] }],
    });
  });

  it('never remembers an answer with errors or an entity answered as null', async () => {
    const failing = catalogue(() => ({ errors: [{ message: 'boom' }] }));
    const run = cached();
    const request = { document: providers, variables: { representations: [provider('p1')] } };
    await run('catalogue', failing.executor, request);
    await run('catalogue', failing.executor, request);
    expect(failing.calls).toHaveLength(2);
    const { calls, executor } = catalogue();
    const unknown = { document: providers, variables: { representations: [provider('nobody')] } };
    expect((await run('catalogue', executor, unknown)).data).toEqual({ _entities: [null] });
    await run('catalogue', executor, unknown);
    expect(calls).toHaveLength(2);
  });

  it("forgets after the time to live, when the Region's day changes, and on a mutation sent to the catalogue", async () => {
    let now = 10_000;
    let day = '2026-12-01';
    const { calls, executor } = catalogue();
    const run = cached({ ttlMs: 1000, today: () => day, clock: { now: () => now } });
    const request = { document: providers, variables: { representations: [provider('p1')] } };
    // lru-cache reads its clock at most once per millisecond of real time.
    const tick = async (to: number) => {
      now = to;
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await run('catalogue', executor, request);
    await tick(10_999);
    await run('catalogue', executor, request);
    expect(calls).toHaveLength(1);
    await tick(11_001);
    await run('catalogue', executor, request);
    expect(calls).toHaveLength(2);
    day = '2026-12-02';
    await run('catalogue', executor, request);
    expect(calls).toHaveLength(3);
    await run('catalogue', async () => ({ data: { registerProvider: { id: 'p3' } } }), {
      document: parse('mutation { registerProvider(input: {}) { id } }'),
      operationType: 'mutation',
    });
    await run('catalogue', executor, request);
    expect(calls).toHaveLength(4);
  });

  it('never remembers nor answers a representation of a type the request did not select', async () => {
    const calls: Request[] = [];
    const executor: Executor = async (request) => {
      calls.push(request);
      return { data: { _entities: [names['p1'], {}] } };
    };
    const run = cached();
    const request = {
      document: providers,
      variables: { representations: [provider('p1'), { __typename: 'Viewer', subject: 'someone' }] },
    };
    await run('catalogue', executor, request);
    await run('catalogue', executor, request);
    expect(calls).toHaveLength(2);
  });

  it('leaves the other subgraphs alone: their answers depend on who asks', async () => {
    const { calls, executor } = catalogue();
    const run = cached();
    const request = { document: providers, variables: { representations: [provider('p1')] } };
    await run('employers', executor, request);
    await run('employers', executor, request);
    expect(calls).toHaveLength(2);
  });

  it('counts each cacheable request as a hit or a miss', async () => {
    const counted: string[] = [];
    const { executor } = catalogue();
    const run = cached({ count: (subgraph, outcome) => counted.push(`${subgraph} ${outcome}`) });
    const request = { document: providers, variables: { representations: [provider('p1')] } };
    await run('catalogue', executor, request);
    await run('catalogue', executor, request);
    expect(counted).toEqual(['catalogue miss', 'catalogue hit']);
  });
});
