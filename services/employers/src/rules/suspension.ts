import type { InputProblem } from '@reg/errors';

/**
 * A suspension of the hiring obligation (L. 68/1999 art. 3 c.5: while the employer is in a crisis procedure, for its
 * duration) states the legal basis it rests on and never ends before it starts; an open end is allowed.
 */
export function suspensionProblems(input: {
  legalBasis: string;
  validFrom: string;
  validTo?: string | null;
}): InputProblem[] {
  if (input.legalBasis.trim().length === 0)
    return [{ field: 'legalBasis', message: 'a suspension states its legal basis' }];
  if (input.validTo != null && input.validTo < input.validFrom)
    return [
      { field: 'validTo', message: `the suspension ends (${input.validTo}) before it starts (${input.validFrom})` },
    ];
  return [];
}
