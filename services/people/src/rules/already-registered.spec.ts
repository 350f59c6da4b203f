import { describe, expect, it } from 'vitest';
import { alreadyRegistered } from './already-registered.ts';

describe('alreadyRegistered (L. 68/1999 art. 8 c.1: a file kept by another province moves, it is not registered again)', () => {
  it('the same province: already registered here', () => {
    expect(alreadyRegistered('MI', 'MI').rule).toBe('PERSON_ALREADY_REGISTERED');
  });
  it('another province: pointed to the move, naming neither the province nor the file', () => {
    const answer = alreadyRegistered('BG', 'MI');
    expect(answer.rule).toBe('PERSON_REGISTERED_IN_ANOTHER_PROVINCE');
    expect(answer.message).toContain('requestEnrolmentTransfer');
    expect(answer.message).not.toContain('BG');
  });
});
