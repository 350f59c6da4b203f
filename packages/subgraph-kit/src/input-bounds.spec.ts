import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundOverrides, checkInputBounds, defaultBounds } from './input-bounds.ts';

const schema = buildSchema(`
  input ReportServiceDeliveryInput { personId: ID! outputs: [String!] operator: String }
  input HandOverInput { takeInChargeId: ID! reason: String! budget: Float }
  type Person { id: ID! name(lang: String): String }
  type Query { person(id: ID!): Person quotaHires(employerIds: [ID!]!): [String!]! }
  type Mutation { report(input: ReportServiceDeliveryInput!): ID handOver(input: HandOverInput!): ID }
`);

function check(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return () => checkInputBounds(schema, document, operation, variables);
}

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  return null;
};

describe('input bounds (one table, every argument of every operation)', () => {
  it('a NUL byte in any string is refused, ids included, in variables and literals', () => {
    expect(
      refusal(check('query ($id: ID!) { person(id: $id) { id } }', { id: 'p-1\u0000' }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusal(check('{ person(id: "p-1\\u0000") { id } }'))?.message).toMatch(/NUL/);
    expect(refusal(check('{ person(id: "p-1") { name(lang: "it\\u0000") } }'))?.message).toMatch(/NUL/);
  });

  it(`strings above ${defaultBounds.maxLength} characters are refused unless the table says otherwise`, () => {
    expect(refusal(check('query ($id: ID!) { person(id: $id) { id } }', { id: 'x'.repeat(201) }))?.message).toMatch(
      /at most 200/,
    );
    const input = { takeInChargeId: 't', reason: 'r'.repeat(900) };
    expect(refusal(check('mutation ($input: HandOverInput!) { handOver(input: $input) }', { input }))).toBeNull();
    expect(boundOverrides['HandOverInput.reason']?.maxLength).toBe(1000);
    expect(
      refusal(
        check('mutation ($input: HandOverInput!) { handOver(input: $input) }', {
          input: { ...input, reason: 'r'.repeat(200_000) },
        }),
      )?.message,
    ).toMatch(/characters long/);
  });

  it('a delivery lists at most as many outputs as the catalogue has (5,000 copies of a code refused)', () => {
    const outputs = Array.from({ length: 5000 }, () => 'O1');
    const error = refusal(
      check('mutation ($input: ReportServiceDeliveryInput!) { report(input: $input) }', {
        input: { personId: 'p', outputs },
      }),
    );
    expect(error?.message).toBe('input.outputs has 5000 items; at most 6 are accepted');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outputs' });
    expect(
      refusal(
        check('mutation ($input: ReportServiceDeliveryInput!) { report(input: $input) }', {
          input: { personId: 'p', outputs: ['O1', 'O2'] },
        }),
      ),
    ).toBeNull();
  });

  it('non-finite and absurd numbers are refused (a budget of 1e308)', () => {
    expect(
      refusal(check('mutation { handOver(input: { takeInChargeId: "t", reason: "r", budget: 1e308 }) }'))?.message,
    ).toMatch(/input.budget is 1e\+308/);
    expect(
      refusal(
        check('mutation ($b: Float) { handOver(input: { takeInChargeId: "t", reason: "r", budget: $b }) }', {
          b: 1e308,
        }),
      ),
    ).not.toBeNull();
    expect(
      refusal(check('mutation { handOver(input: { takeInChargeId: "t", reason: "r", budget: 2500.5 }) }')),
    ).toBeNull();
  });

  it('lists get the default bound, or their own from the table', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);
    expect(refusal(check('query ($ids: [ID!]!) { quotaHires(employerIds: $ids) }', { ids: ids(5000) }))).toBeNull();
    expect(
      refusal(check('query ($ids: [ID!]!) { quotaHires(employerIds: $ids) }', { ids: ids(20_001) }))?.message,
    ).toMatch(/at most 20000/);
  });

  it('fields reached through fragments are checked too', () => {
    expect(refusal(check('query { ...F } fragment F on Query { person(id: "\\u0000") { id } }'))?.message).toMatch(
      /NUL/,
    );
  });

  it('one parsed document checked again with new variables is checked on the new values (the walk is kept, not the answer)', () => {
    const document = parse('query ($id: ID!) { person(id: $id) { name(lang: "it") } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const run = (id: string) => refusal(() => checkInputBounds(schema, document, operation, { id }));
    expect(run('p-1')).toBeNull();
    expect(run('x'.repeat(201))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(run('p-1\u0000')?.message).toMatch(/NUL/);
    expect(run('p-2')).toBeNull();
  });
});
