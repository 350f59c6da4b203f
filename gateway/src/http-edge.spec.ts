import { describe, expect, it } from 'vitest';
import { parsedJsonBody } from './http-edge.ts';

const body = (text: string) => Buffer.from(text, 'utf8');

describe('parsedJsonBody: what the edge hands the runtime already parsed', () => {
  it('a JSON object of a GraphQL request, under either JSON content type, with or without a charset', () => {
    const text = '{"query":"{ person(id: \\"p\\") { familyName } }","variables":{"name":"Niccolò"}}';
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/GraphQL+JSON'])
      expect(parsedJsonBody(type, body(text))).toEqual(JSON.parse(text));
  });

  it('null for what the runtime must answer itself: another type, invalid JSON, a batch, an empty object, a scalar', () => {
    expect(parsedJsonBody(undefined, body('{"query":"{ __typename }"}'))).toBeNull();
    expect(parsedJsonBody('text/plain', body('{"query":"{ __typename }"}'))).toBeNull();
    expect(parsedJsonBody('application/jsonx', body('{"query":"{ __typename }"}'))).toBeNull();
    expect(parsedJsonBody('application/graphql', body('{ __typename }'))).toBeNull();
    expect(parsedJsonBody('application/json', body('{"query":'))).toBeNull();
    expect(parsedJsonBody('application/json', body('[{"query":"{ __typename }"}]'))).toBeNull();
    expect(parsedJsonBody('application/json', body('{}'))).toBeNull();
    expect(parsedJsonBody('application/json', body('null'))).toBeNull();
    expect(parsedJsonBody('application/json', body('"{ __typename }"'))).toBeNull();
    expect(parsedJsonBody('application/json', body(''))).toBeNull();
  });
});
