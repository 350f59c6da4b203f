import Negotiator from 'negotiator';
import { describe, expect, it } from 'vitest';
import { rememberMediaTypeChoices, singleResultTypeFor } from './response-type.ts';

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

describe("negotiator's choice of a media type, remembered per Accept header and offers", () => {
  const offers = [
    ['application/json', 'application/graphql-response+json'],
    ['multipart/mixed; incrementalSpec=v0.2', 'multipart/mixed; deferSpec=20220824'],
    ['application/graphql-response+json', 'application/json'],
  ];
  const accepts = [
    'application/json',
    'application/graphql-response+json, application/json;q=0.9',
    'multipart/mixed; deferSpec=20220824, application/json',
    'text/html',
    '*/*',
    undefined,
  ];
  const choices = () =>
    accepts.flatMap((accept) =>
      offers.map((available) => new Negotiator({ headers: { accept } }).mediaType(available) ?? null),
    );

  it('answers as negotiator does, the first time and the next, whatever the offers, and with no header', () => {
    const unremembered = choices();
    expect(unremembered).toContain('multipart/mixed; deferSpec=20220824');
    expect(unremembered).toContain(null);
    rememberMediaTypeChoices(4);
    rememberMediaTypeChoices(4); // installed once
    expect(choices()).toEqual(unremembered);
    expect(choices()).toEqual(unremembered);
    expect(new Negotiator({ headers: { accept: 'application/json' } }).mediaTypes()).toEqual(['application/json']);
  });
});
