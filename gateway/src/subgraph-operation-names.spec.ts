import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withOperationName } from './subgraph-operation-names.ts';

describe("the Rust planner's subgraph operations get the client's operation name, as on the JS planner", () => {
  it('an unnamed operation is named; its selection and the source document are untouched', () => {
    const document = parse('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }');
    const before = print(document);
    expect(print(withOperationName(document, 'AuditProbe'))).toBe(before.replace('query (', 'query AuditProbe('));
    expect(print(document)).toBe(before);
  });

  it('an operation that has a name keeps it', () => {
    const document = parse('query Own { me { __typename } }');
    expect(print(withOperationName(document, 'Other'))).toBe(print(document));
  });
});
