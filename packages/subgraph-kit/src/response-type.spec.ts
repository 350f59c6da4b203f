import { describe, expect, it } from 'vitest';
import { singleResultTypeFor } from './response-type.ts';

describe("a single result's media type, chosen once per Accept header", () => {
  it('is what the caller prefers among those Apollo Server offers, or null when none is acceptable', () => {
    const typeFor = singleResultTypeFor();
    expect(typeFor('application/json')).toBe('application/json; charset=utf-8');
    expect(typeFor('application/graphql-response+json, application/json;q=0.9')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect(typeFor('*/*')).toBe('application/json; charset=utf-8');
    expect(typeFor('text/html')).toBeNull();
    // Remembered: the same header answers the same.
    expect(typeFor('text/html')).toBeNull();
    expect(typeFor('application/json')).toBe('application/json; charset=utf-8');
  });

  it('keeps at most its capacity of headers, and answers right after forgetting one', () => {
    const typeFor = singleResultTypeFor(2);
    typeFor('application/json');
    typeFor('text/html');
    typeFor('*/*');
    expect(typeFor('application/json')).toBe('application/json; charset=utf-8');
  });
});
