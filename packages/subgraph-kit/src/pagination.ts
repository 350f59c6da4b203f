import { badInput } from '@reg/errors';

/**
 * Pages of every list in the graph: keyset cursors (the sort key of the last row, never an offset, so a row
 * written between two pages is neither skipped nor repeated) and one check of the page size, with one message.
 */

/** The largest page a list answers unless it says otherwise: bounds the work one request asks of the database. */
export const MAX_PAGE_SIZE = 100;

/** Why a requested page size is refused, or null when it is fine. */
export function pageSizeProblem(first: number, max = MAX_PAGE_SIZE): string | null {
  return Number.isInteger(first) && first >= 1 && first <= max ? null : `first must be from 1 to ${max}, got ${first}`;
}

/** The page size asked for, or the list's default; BAD_USER_INPUT on `first` outside 1..max. */
export function pageSize(first: number | null | undefined, limits: { default: number; max?: number }): number {
  const size = first ?? limits.default;
  const problem = pageSizeProblem(size, limits.max);
  if (problem) throw badInput('first', problem);
  return size;
}

/** Opaque to clients (base64url of JSON), so the ordering can change without breaking their code. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key inside a cursor, or null when the string is not a cursor of a list with `length` sort columns. */
export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string')
      ? (key as string[])
      : null;
  } catch {
    return null;
  }
}

/** The sort key a page starts after (null for the first page); BAD_USER_INPUT on `after` when it is not a cursor. */
export function cursorAfter(after: string | null | undefined, length: number): string[] | null {
  if (after == null) return null;
  const key = decodeCursor(after, length);
  if (!key) throw badInput('after', 'Not a cursor of this list: pass the nextCursor of the previous page, or nothing');
  return key;
}
