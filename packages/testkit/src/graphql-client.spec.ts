import { describe, expect, it } from 'vitest';
import { assertNoInternalDetail, ErrorLeakError } from './graphql-client.ts';

describe('the test client refuses any response that leaks internals', () => {
  it.each([
    ['SQL', 'Failed query: select "id" from "people"."person" where "id" = $1'],
    ['an insert', 'insert into "outcomes"."delivery" ("id") values ($1)'],
    ['parameters', 'params: RSSMRA80A01F205X,Mario'],
    ['a stack frame', 'Error: boom\n    at resolve (file:///app/x.js:1:1)'],
    ['a source path', 'cannot read /work/main/services/people/src/store.ts'],
    ['an internal URL', 'request to http://127.0.0.1:4001/graphql failed'],
    ['a localhost URL', 'connect ECONNREFUSED localhost:4003'],
  ])('%s', (_what, message) => {
    expect(() => assertNoInternalDetail([{ message }])).toThrow(ErrorLeakError);
    expect(() => assertNoInternalDetail([{ message: 'ok', extensions: { detail: message } }])).toThrow(ErrorLeakError);
  });

  it('lets ordinary coded errors through', () => {
    expect(() =>
      assertNoInternalDetail([
        {
          message: 'Select a provider you are accredited with',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.providerId' },
        },
      ]),
    ).not.toThrow();
    expect(() =>
      assertNoInternalDetail([
        {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '0c8beb29-2d2f-457a-afc4-7ee16219ba4e' },
        },
      ]),
    ).not.toThrow();
  });
});
