import { describe, expect, it } from 'vitest';
import { vacancyClosingRefusal } from './vacancy-closing.ts';

const open = { status: 'OPEN', openedOn: '2025-03-10', closedOn: null };

describe('vacancy closing', () => {
  it('an open vacancy closes on its opening day or later', () => {
    expect(vacancyClosingRefusal(open, '2025-03-10')).toBeNull();
    expect(vacancyClosingRefusal(open, '2026-01-01')).toBeNull();
  });

  it('not before it opened', () => {
    expect(vacancyClosingRefusal(open, '2025-03-09')?.kind).toBe('BEFORE_OPENING');
  });

  it('a closed vacancy does not close again', () => {
    expect(
      vacancyClosingRefusal({ status: 'CLOSED', openedOn: '2025-03-10', closedOn: '2025-04-01' }, '2025-05-01'),
    ).toEqual({
      kind: 'ALREADY_CLOSED',
      message: 'The vacancy was already closed on 2025-04-01',
    });
  });
});
