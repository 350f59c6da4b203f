import { describe, expect, it } from 'vitest';
import { chooseQueryPlanner } from './query-planner.ts';

describe('the query planner: rust by default, js on request or where the native module does not load', () => {
  const loads = () => null;
  const missing = () => 'Cannot find native binding';

  it('unset: rust where it loads, else js with one warning naming both planners and the reason', () => {
    expect(chooseQueryPlanner(undefined, loads)).toEqual({ planner: 'rust', fallback: null });
    const choice = chooseQueryPlanner(undefined, missing);
    expect(choice.planner).toBe('js');
    expect(choice.fallback).toMatch(/Rust query planner does not load here \(Cannot find native binding\).*js planner/);
  });

  it('js asked for is js, whether rust loads or not (it is not even tried)', () => {
    expect(chooseQueryPlanner('js', loads)).toEqual({ planner: 'js', fallback: null });
    expect(
      chooseQueryPlanner('js', () => {
        throw new Error('tried');
      }),
    ).toEqual({ planner: 'js', fallback: null });
  });

  it('rust asked for where it does not load refuses to start, in one line; another name is refused', () => {
    expect(chooseQueryPlanner('rust', loads).planner).toBe('rust');
    expect(() => chooseQueryPlanner('rust', missing)).toThrow(
      'QUERY_PLANNER=rust but the Rust query planner does not load here: Cannot find native binding',
    );
    expect(() => chooseQueryPlanner('apollo', loads)).toThrow('QUERY_PLANNER must be js or rust, not apollo');
  });
});
