import { describe, expect, it } from 'vitest';
import { badInput, ruleViolation } from './codes.ts';
import { containsInternalDetail, maskFormattedError } from './mask.ts';

const sqlFailure =
  'Failed query: select "id", "fiscal_code" from "people"."person" where "id" = $1\nparams: x\u0000, RSSMRA80A01F205X';

describe('error mask (allow-list)', () => {
  it('an INTERNAL_SERVER_ERROR never passes with its message: generic text and the request id', () => {
    const masked = maskFormattedError(
      { message: sqlFailure, path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      { requestId: 'req-12345678' },
    );
    expect(masked).toEqual({
      message: 'Internal server error',
      path: ['person'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' },
    });
  });

  it('an error without a code or with an unknown one (a gateway subrequest failure) is masked', () => {
    expect(maskFormattedError({ message: 'boom' }).message).toBe('Internal server error');
    const subrequest = maskFormattedError({
      message: 'connect ECONNREFUSED 127.0.0.1:4001',
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', request: { body: '{}' } },
    });
    expect(JSON.stringify(subrequest)).not.toContain('127.0.0.1');
  });

  it('coded client errors pass with their message and extensions, without server extensions', () => {
    const rule = ruleViolation('PATH_MAX_MINUTES', 'The path would exceed 600 minutes', { limit: 600 });
    const masked = maskFormattedError({
      ...rule.toJSON(),
      extensions: { ...rule.extensions, stacktrace: ['x'], http: { status: 400 } },
    });
    expect(masked).toEqual({
      message: 'The path would exceed 600 minutes',
      extensions: { code: 'RULE_VIOLATION', rule: 'PATH_MAX_MINUTES', limit: 600 },
    });
    expect(maskFormattedError(badInput('input.name', 'name is too long').toJSON()).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
  });

  it('GraphQL validation codes become BAD_USER_INPUT with the reason', () => {
    expect(
      maskFormattedError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })
        .extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('a coded error whose text carries SQL, a stack frame, a file path or an internal URL is masked all the same', () => {
    for (const message of [
      sqlFailure,
      'insert into "outcomes"."delivery" values',
      'Error\n    at run (/app/services/people/src/store.ts:12:3)',
      'see /work/app/services/people/src/store.ts',
      'fetch http://127.0.0.1:4001/graphql failed',
      'http://localhost:4002/graphql',
    ]) {
      expect(containsInternalDetail(message), message).toBe(true);
      expect(maskFormattedError({ message, extensions: { code: 'BAD_USER_INPUT' } }).message).toBe(
        'Internal server error',
      );
    }
  });

  it('ordinary messages for callers are not mistaken for internals', () => {
    for (const message of [
      'Select a provider from the list',
      'name must be at most 200 characters',
      'Date must be a calendar date in YYYY-MM-DD form, got "2024-02-30"',
      'This field needs scope health:read',
    ]) {
      expect(containsInternalDetail(message), message).toBe(false);
    }
  });
});
