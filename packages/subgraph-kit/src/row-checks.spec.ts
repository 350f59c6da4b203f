import { badInput } from '@reg/errors';
import { describe, expect, it } from 'vitest';
import { rowChecked, rowsChecked } from './row-checks.ts';

describe('rowChecked / rowsChecked', () => {
  it('a refused row becomes its problem and stops nothing; the others keep their value', () => {
    const checks = rowsChecked([1, -2, 3], (n, index) => {
      if (n < 0) throw badInput('input.amount', 'Not below zero');
      return n * 10 + index;
    });
    expect(checks).toEqual([
      { ok: true, value: 10 },
      { ok: false, problem: { code: 'BAD_USER_INPUT', message: 'Not below zero', field: 'amount', rule: null } },
      { ok: true, value: 32 },
    ]);
  });

  it('a step that waits answers a promise of the same check', async () => {
    await expect(rowChecked(async () => 'stored')).resolves.toEqual({ ok: true, value: 'stored' });
    await expect(
      rowChecked(async () => {
        throw badInput('input.x', 'No');
      }),
    ).resolves.toMatchObject({ ok: false, problem: { code: 'BAD_USER_INPUT', field: 'x' } });
  });

  it('anything but a client error fails the call instead of hiding in a row', async () => {
    expect(() =>
      rowChecked(() => {
        throw new Error('connection lost');
      }),
    ).toThrow('connection lost');
    await expect(rowChecked(() => Promise.reject(new Error('deadlock')))).rejects.toThrow('deadlock');
  });
});
