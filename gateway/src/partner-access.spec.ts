import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { anonymousIntrospection, isIntrospectionOnly } from './anonymous-introspection.ts';
import { corsOriginsFromEnv, corsPolicy, defaultCorsOrigins } from './cors.ts';

const post = (query: unknown) =>
  new Request('http://gw/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(query),
  });

describe('isIntrospectionOnly', () => {
  it('accepts queries of __schema, __type and __typename only', () => {
    expect(isIntrospectionOnly('query IntrospectionQuery { __schema { types { name } } }')).toBe(true);
    expect(isIntrospectionOnly('{ __type(name: "Query") { name } __typename }')).toBe(true);
  });

  it('accepts the standard introspection query GraphiQL and code generators send, with its fragments on __Type', () => {
    expect(isIntrospectionOnly(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBe(true);
  });

  it('refuses data fields, fragments, mutations, several documents mixing data, and garbage', () => {
    expect(isIntrospectionOnly('{ __schema { types { name } } providers { id } }')).toBe(false);
    expect(isIntrospectionOnly('{ ...F } fragment F on Query { __typename }')).toBe(false);
    expect(isIntrospectionOnly('{ __typename } fragment F on Query { providers { id } }')).toBe(false);
    expect(isIntrospectionOnly('fragment F on __Type { name }')).toBe(false);
    expect(isIntrospectionOnly('{ ... on Query { providers { id } } }')).toBe(false);
    expect(isIntrospectionOnly('mutation { __typename }')).toBe(false);
    expect(isIntrospectionOnly('{ __typename } query B { providers { id } }')).toBe(false);
    expect(isIntrospectionOnly('{ __schema')).toBe(false);
    expect(isIntrospectionOnly('')).toBe(false);
  });
});

describe('anonymousIntrospection', () => {
  it('lets introspection through without a token in development only', async () => {
    expect(await anonymousIntrospection(false)(post({ query: '{ __schema { types { name } } }' }))).toBe(true);
    expect(await anonymousIntrospection(true)(post({ query: '{ __schema { types { name } } }' }))).toBe(false);
  });

  it('never lets a data query, a batch or a malformed body through', async () => {
    const allow = anonymousIntrospection(false);
    expect(await allow(post({ query: '{ providers { id } }' }))).toBe(false);
    expect(await allow(post([{ query: '{ __typename }' }]))).toBe(false);
    expect(await allow(new Request('http://gw/graphql', { method: 'POST', body: 'not json' }))).toBe(false);
    expect(await allow(new Request('http://gw/graphql?query=%7B__typename%7D'))).toBe(true);
  });
});

describe('CORS policy', () => {
  it("defaults to the dashboard's development origin and reads CORS_ORIGINS otherwise", () => {
    expect(corsOriginsFromEnv({})).toEqual(defaultCorsOrigins);
    expect(corsOriginsFromEnv({ CORS_ORIGINS: ' https://a.example, https://b.example ,' })).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(corsOriginsFromEnv({ CORS_ORIGINS: '' })).toEqual([]);
  });

  it('answers a listed origin with credentials and any other with nothing', () => {
    const policy = corsPolicy(['https://a.example']);
    expect(policy(new Request('http://gw/graphql', { headers: { origin: 'https://a.example' } }))).toMatchObject({
      origin: ['https://a.example'],
      credentials: true,
    });
    expect(policy(new Request('http://gw/graphql', { headers: { origin: 'https://b.example' } }))).toBe(false);
    expect(policy(new Request('http://gw/graphql'))).toBe(false);
  });
});
