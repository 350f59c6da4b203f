import { describe, expect, it } from 'vitest';
import { oncePerPath, unseenReference } from './unseen-references.ts';

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
    expect(oncePerPath([refused, { ...refused }, other])).toEqual([refused, other]);
  });
});
