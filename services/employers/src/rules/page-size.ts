/** The largest page a list answers: bounds the work one request can ask of the database. */
export const MAX_PAGE_SIZE = 100;

/** Why a requested page size is refused, or null when it is fine. */
export function pageSizeProblem(first: number): string | null {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) return `first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`;
  return null;
}
