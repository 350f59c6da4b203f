import { describe, expect, it } from 'vitest';
import { createPseudonymiser, DEVELOPMENT_PSEUDONYM_KEY } from './pseudonyms.ts';

describe('pseudonyms for the Region (DOMAIN.md, data protection: pseudonymise anything used for statistics)', () => {
  it('stable for a person, different between people, never the id', () => {
    const pseudonymise = createPseudonymiser({});
    expect(pseudonymise('person-1')).toBe(pseudonymise('person-1'));
    expect(pseudonymise('person-1')).not.toBe(pseudonymise('person-2'));
    expect(pseudonymise('person-1')).not.toContain('person-1');
  });

  it("depends on the key: another deployment's pseudonyms do not match", () => {
    const a = createPseudonymiser({ PSEUDONYM_KEY: 'a'.repeat(32) });
    const b = createPseudonymiser({ PSEUDONYM_KEY: 'b'.repeat(32) });
    expect(a('person-1')).not.toBe(b('person-1'));
  });

  it('the development key is refused in production; a short key anywhere', () => {
    expect(() => createPseudonymiser({ NODE_ENV: 'production' })).toThrow(/PSEUDONYM_KEY/);
    expect(() => createPseudonymiser({ NODE_ENV: 'production', PSEUDONYM_KEY: DEVELOPMENT_PSEUDONYM_KEY })).toThrow(
      /PSEUDONYM_KEY/,
    );
    expect(() => createPseudonymiser({ NODE_ENV: 'production', PSEUDONYM_KEY: 'x'.repeat(32) })).not.toThrow();
    expect(() => createPseudonymiser({ PSEUDONYM_KEY: 'short' })).toThrow(/32/);
  });
});
