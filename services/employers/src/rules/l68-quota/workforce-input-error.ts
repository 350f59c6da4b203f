/**
 * Bad input to the quota calculator. `field` is the path inside WorkforceInput (e.g. 'workers[2].count'),
 * so the GraphQL layer can turn it into BAD_USER_INPUT with the same `field` extension as `badInput`.
 */
export class WorkforceInputError extends Error {
  constructor(
    public readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkforceInputError';
  }
}
