import { describe, expect, it } from 'vitest';
import { dataOf } from './assertions.ts';
import { CleanupStack } from './cleanup.ts';

describe('the clean-up stack', () => {
  it('releases in reverse order when the block ends, every step even after one fails', async () => {
    const log: string[] = [];
    const attempt = async () => {
      await using stack = new CleanupStack();
      stack.adopt('database', (d) => log.push(`drop ${d}`));
      stack.defer(() => {
        log.push('close server');
        throw new Error('server would not close');
      });
      stack.defer(() => log.push('close gateway'));
    };
    await expect(attempt()).rejects.toThrow('server would not close');
    expect(log).toEqual(['close gateway', 'close server', 'drop database']);
  });

  it('releases each step once, however many times it is disposed', async () => {
    let closed = 0;
    const stack = new CleanupStack();
    stack.defer(() => closed++);
    await stack[Symbol.asyncDispose]();
    await stack[Symbol.asyncDispose]();
    expect(closed).toBe(1);
  });
});

describe('assertions on GraphQL answers', () => {
  it('answers the data, or fails with the errors the graph returned and the operation', () => {
    expect(dataOf({ status: 200, data: { a: 1 }, headers: new Headers() })).toEqual({ a: 1 });
    expect(() =>
      dataOf(
        {
          status: 200,
          data: null,
          errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
          headers: new Headers(),
        },
        '{ people }',
      ),
    ).toThrow('{ people }: [{"message":"Not allowed","extensions":{"code":"FORBIDDEN"}}]');
    expect(() => dataOf({ status: 413, headers: new Headers() })).toThrow('no data (HTTP 413)');
  });
});
