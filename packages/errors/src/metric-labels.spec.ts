import { describe, expect, it } from 'vitest';
import { boundedLabel, errorCodeLabel } from './metric-labels.ts';

describe('metric labels from what a caller chose', () => {
  it('an operation name is kept up to the bound: the 3rd distinct name of 3 is kept, the 4th is "other"', () => {
    const label = boundedLabel(3);
    expect(['A', 'B', 'C'].map(label)).toEqual(['A', 'B', 'C']);
    expect(label('D')).toBe('other');
    expect(label('A')).toBe('A');
  });

  it('no name is "anonymous"; a name that is not a plain GraphQL name, or longer than 64 characters, is "other"', () => {
    const label = boundedLabel();
    expect(label(null)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
    expect(label('drop table')).toBe('other');
    expect(label(`a${'b'.repeat(63)}`)).toBe(`a${'b'.repeat(63)}`);
    expect(label(`a${'b'.repeat(64)}`)).toBe('other');
  });

  it('an error code is one a client can see, else "other"', () => {
    expect(errorCodeLabel('FORBIDDEN')).toBe('FORBIDDEN');
    expect(errorCodeLabel('SOMETHING_INVENTED')).toBe('other');
    expect(errorCodeLabel(undefined)).toBe('other');
  });
});
