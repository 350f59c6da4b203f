import { describe, expect, it } from 'vitest';
import { projectPerson, targetGroupsFor } from './person-dates.ts';

const tic = (provider: string, startedOn: string) => ({ provider: { id: provider }, startedOn });

describe('projectPerson (DOMAIN.md Monitoring: taken in charge, enrolled)', () => {
  it('the first accepted enrolment counts; applications not accepted do not', () => {
    const person = {
      enrolments: [
        { status: 'SUBMITTED', decidedOn: null },
        { status: 'ACCEPTED', decidedOn: '2025-02-10' },
        { status: 'ACCEPTED', decidedOn: '2024-11-05' },
        { status: 'REJECTED', decidedOn: '2024-01-01' },
      ],
      takeInCharges: [],
    };
    expect(projectPerson(person, 'p1', '2025-03-01')).toEqual({
      enrolledOn: '2024-11-05',
      takenInChargeOn: null,
      targetGroups: null,
    });
  });
  it("the reporting provider's latest take-in-charge started by the service day; another provider's does not count", () => {
    const person = {
      enrolments: [],
      takeInCharges: [
        tic('p1', '2025-01-10'),
        tic('p1', '2025-05-01'),
        tic('p1', '2025-09-01'),
        tic('p2', '2025-06-01'),
      ],
    };
    expect(projectPerson(person, 'p1', '2025-06-15').takenInChargeOn).toBe('2025-05-01');
    expect(projectPerson(person, 'p1', '2025-05-01').takenInChargeOn).toBe('2025-05-01');
    expect(projectPerson(person, 'p2', '2025-05-31').takenInChargeOn).toBeNull();
  });
  it('people that hides the dates from the caller gives none', () => {
    expect(
      projectPerson(
        { enrolments: [{ status: 'ACCEPTED' }], takeInCharges: [{ provider: { id: 'p1' } }] },
        'p1',
        '2025-01-01',
      ),
    ).toEqual({ enrolledOn: null, takenInChargeOn: null, targetGroups: null });
  });
});

describe('targetGroupsFor: the groups people decided for the day of the service, as lattice keys', () => {
  const person = {
    targetGroupsOn: [
      { on: '2025-03-01', sex: 'F', ageBand: 'UNDER_30', longTermUnemployed: false, disabled: true },
      { on: '2025-03-02', sex: 'F', ageBand: 'FROM_30_TO_54', longTermUnemployed: true, disabled: true },
    ],
  };
  it("takes the day's answer, not another day's (the 30th birthday on 2 March moves the person up that day)", () => {
    expect(targetGroupsFor(person, '2025-03-02')).toEqual([
      'SEX:F',
      'AGE_BAND:FROM_30_TO_54',
      'LONG_TERM_UNEMPLOYED:YES',
      'DISABILITY:YES',
    ]);
    expect(targetGroupsFor(person, '2025-03-01')).toEqual([
      'SEX:F',
      'AGE_BAND:UNDER_30',
      'LONG_TERM_UNEMPLOYED:NO',
      'DISABILITY:YES',
    ]);
  });
  it('a day people did not answer is not recorded (null), never guessed from another day', () => {
    expect(targetGroupsFor(person, '2025-03-03')).toBeNull();
    expect(targetGroupsFor({}, '2025-03-01')).toBeNull();
  });
});
