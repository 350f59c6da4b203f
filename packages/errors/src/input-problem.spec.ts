import { describe, expect, it } from 'vitest';
import { inputError } from './input-problem.ts';

describe('input problems as GraphQL errors', () => {
  it('BAD_USER_INPUT with the field path under the argument', () => {
    const error = inputError({ field: 'workers[2].count', message: 'A count is a whole number' });
    expect(error.message).toBe('A count is a whole number');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.workers[2].count' });
    expect(inputError({ field: 'siteId', message: 'x' }, 'input.jobProfile').extensions['field']).toBe(
      'input.jobProfile.siteId',
    );
    expect(inputError({ field: 'first', message: 'x' }, '').extensions['field']).toBe('first');
  });

  it('RULE_VIOLATION with the rule id when the problem names a rule', () => {
    const error = inputError({ field: 'services[0].code', rule: 'TARGET_GROUP', message: 'Not for this target group' });
    expect(error.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'TARGET_GROUP', field: 'input.services[0].code' });
  });
});
