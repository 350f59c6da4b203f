import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { entityRefusals, oncePerPath, unseenReference } from './unseen-references.ts';

describe('a reference the caller may not see is a refused field, not an internal error (DESIGN.md, one refusal model)', () => {
  const data = { placement: { id: 'p1', employer: null, person: { familyName: 'x', birthDate: null } } };

  it("the gateway's non-null error under a reference that ended null becomes FORBIDDEN on the reference, with the rule", () => {
    expect(
      unseenReference(
        {
          message: 'Cannot return null for non-nullable field Employer.name.',
          path: ['placement', 'employer', 'name'],
        },
        data,
      ),
    ).toEqual({
      message: 'This record is not shown to this caller',
      path: ['placement', 'employer'],
      extensions: { code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' },
    });
  });

  it('the same error as the runtime hands it to the plugins, already masked, is recognised the same way', () => {
    const masked = {
      message: 'Unexpected error.',
      path: ['placement', 'employer', 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true },
    };
    expect(unseenReference(masked, data)?.extensions).toEqual({ code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' });
    // A subgraph's own internal error (no `unexpected` mark) stays internal.
    expect(
      unseenReference({ ...masked, extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'employers' } }, data),
    ).toBeNull();
  });

  it('left alone: a coded error, an error whose parent is not null, a list item, a message of another kind', () => {
    expect(
      unseenReference(
        {
          message: 'Cannot return null for non-nullable field Employer.name.',
          path: ['placement', 'employer', 'name'],
          extensions: { code: 'FORBIDDEN' },
        },
        data,
      ),
    ).toBeNull();
    expect(
      unseenReference(
        {
          message: 'Cannot return null for non-nullable field Person.birthDate.',
          path: ['placement', 'person', 'birthDate'],
        },
        data,
      ),
    ).toBeNull();
    expect(
      unseenReference(
        { message: 'Cannot return null for non-nullable field Placement.id.', path: ['list', 0, 'id'] },
        { list: [null] },
      ),
    ).toBeNull();
    expect(unseenReference({ message: 'Something else', path: ['placement', 'employer', 'name'] }, data)).toBeNull();
  });

  it('one error per refused reference, however many of its fields were asked', () => {
    const refused = {
      message: 'm',
      path: ['placement', 'employer'],
      extensions: { code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' },
    };
    const other = {
      message: 'o',
      path: ['placement', 'employer'],
      extensions: { code: 'FORBIDDEN', scope: 'health:read' },
    };
    expect(oncePerPath([refused, { ...refused }, other], data)).toEqual([refused, other]);
  });

  it('a refusal whose reference did not end null (its selected fields all nullable) is dropped', () => {
    const refused = {
      message: 'm',
      path: ['placement', 'person'],
      extensions: { code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' },
    };
    expect(oncePerPath([refused], data)).toEqual([]);
  });
});

describe('the Rust planner: an entity the owning subgraph answered as null is refused at its place', () => {
  const document = parse(
    'query ($r: [_Any!]!, $s: [_Any!]!) { _e0: _entities(representations: $r) { __typename } _e1: _entities(representations: $s) { __typename } }',
  );

  it('each null entity, in each aliased _entities field, gets the refusal at its index', () => {
    const refusals = entityRefusals(document, { data: { _e0: [{ __typename: 'Person' }, null], _e1: [null] } });
    expect(refusals.map((r) => r.path)).toEqual([
      ['_e0', 1],
      ['_e1', 0],
    ]);
    expect(refusals[0]!.extensions).toEqual({ code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' });
  });

  it("an entity with the subgraph's own error keeps that error alone; a request that is no entity fetch gets nothing", () => {
    const ownError = { message: 'x', path: ['_e1', 0], extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(entityRefusals(document, { data: { _e0: [], _e1: [null] }, errors: [ownError] })).toEqual([]);
    expect(entityRefusals(parse('{ people { id } }'), { data: { people: [null] } })).toEqual([]);
  });
});
