import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { cursorAfter, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, pageSizeProblem } from './pagination.ts';

describe('page size', () => {
  it('1 to 100 rows per page unless the list says otherwise', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageSizeProblem(1)).toBeNull();
    expect(pageSizeProblem(100)).toBeNull();
    expect(pageSizeProblem(0)).toBe('first must be from 1 to 100, got 0');
    expect(pageSizeProblem(101)).toBe('first must be from 1 to 100, got 101');
    expect(pageSizeProblem(-1)).not.toBeNull();
    expect(pageSizeProblem(2.5)).not.toBeNull();
    expect(pageSizeProblem(5000, 5000)).toBeNull();
  });

  it('takes the default when no size is asked, and refuses a bad one as BAD_USER_INPUT on first', () => {
    expect(pageSize(null, { default: 50 })).toBe(50);
    expect(pageSize(7, { default: 50 })).toBe(7);
    const refused = (() => {
      try {
        pageSize(501, { default: 100, max: 500 });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).message).toBe('first must be from 1 to 500, got 501');
    expect((refused as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('keyset cursors', () => {
  it('round-trips the sort key and refuses what it did not issue', () => {
    const cursor = encodeCursor(['Rossi', 'Anna', 'p-1']);
    expect(decodeCursor(cursor, 3)).toEqual(['Rossi', 'Anna', 'p-1']);
    expect(decodeCursor(cursor, 2)).toBeNull();
    expect(decodeCursor('not-a-cursor', 3)).toBeNull();
    expect(decodeCursor(encodeCursor([]), 0)).toEqual([]);
  });

  it('a first page has no cursor; a foreign one is BAD_USER_INPUT on after', () => {
    expect(cursorAfter(null, 2)).toBeNull();
    expect(() => cursorAfter('not-a-cursor', 2)).toThrow(/Not a cursor of this list/);
  });
});
