import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { missingScopes, refuseMissingScope, useNothingLeftToPlan } from './scope-refusal.ts';

const fieldNode = (parse('{ person { disability { invalidityPercent } } }').definitions[0] as OperationDefinitionNode)
  .selectionSet.selections[0] as FieldNode;

describe('the gateway refuses a field without its scope in the refusal model (DESIGN.md: a refused field names the scope)', () => {
  it("one alternative held in full is enough; otherwise the first alternative's missing scopes are named", () => {
    expect(missingScopes([['health:read']], ['people:read', 'health:read'])).toBeNull();
    expect(missingScopes([['health:read']], ['people:read'])).toEqual(['health:read']);
    expect(missingScopes([['a', 'b'], ['c']], ['c'])).toBeNull();
    expect(missingScopes([['a', 'b'], ['c']], ['a'])).toEqual(['b']);
    expect(missingScopes(undefined, [])).toBeNull();
    expect(missingScopes([], [])).toBeNull();
  });

  it("FORBIDDEN naming the scope, with the field's path; nothing for a field without @requiresScopes or a caller holding it", () => {
    const error = refuseMissingScope({
      user: {},
      fieldNode,
      path: ['person', 'disability'],
      fieldScopes: [['health:read']],
      userScopes: ['people:read'],
    });
    expect(error?.message).toBe('This field needs scope health:read');
    expect(error?.extensions).toEqual({ code: 'FORBIDDEN', scope: 'health:read' });
    expect(error?.path).toEqual(['person', 'disability']);
    expect(refuseMissingScope({ user: {}, fieldNode, path: ['person'], userScopes: [] })).toBeUndefined();
    expect(
      refuseMissingScope({
        user: {},
        fieldNode,
        path: ['person', 'disability'],
        fieldScopes: [['health:read']],
        userScopes: ['health:read'],
      }),
    ).toBeUndefined();
  });

  it('the plugin\'s list markers (@) are dropped from the path, so the null lands on the field and not on a made-up "@" key', () => {
    expect(
      refuseMissingScope({
        user: {},
        fieldNode,
        path: ['@', 'matchingPool'],
        fieldScopes: [['health:read']],
        userScopes: [],
      })?.path,
    ).toEqual(['matchingPool']);
    expect(
      refuseMissingScope({
        user: {},
        fieldNode,
        path: ['people', '@', 'items', 'disability'],
        fieldScopes: [['health:read']],
        userScopes: [],
      })?.path,
    ).toEqual(['people', 'items', 'disability']);
  });

  it("a type-level @requiresScopes is checked before the field's", () => {
    expect(
      refuseMissingScope({
        user: {},
        fieldNode,
        path: ['x'],
        typeScopes: [['audit:read']],
        fieldScopes: [['health:read']],
        userScopes: ['health:read'],
      })?.extensions['scope'],
    ).toBe('audit:read');
  });
});

describe('an operation the scope check has emptied is not planned', () => {
  const execute = (document: ReturnType<typeof parse>) => {
    let stoppedWith: unknown = null;
    const onExecute = useNothingLeftToPlan().onExecute as (payload: unknown) => void;
    onExecute({ args: { document }, setResultAndStopExecution: (result: unknown) => (stoppedWith = result) });
    return stoppedWith;
  };

  it('no field left: an empty answer, to which the refusals are added; any field left: planned as usual', () => {
    const emptied = parse('query ($on: String) { rankingList }');
    (emptied.definitions[0] as unknown as { selectionSet: { selections: unknown[] } }).selectionSet.selections = [];
    expect(execute(emptied)).toEqual({ data: {} });
    expect(execute(parse('{ person { familyName } }'))).toBeNull();
  });
});
