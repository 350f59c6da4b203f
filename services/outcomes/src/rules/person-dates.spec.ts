import { describe, expect, it } from 'vitest';
import { personDatesFor } from './person-dates.ts';

const tic = (provider: string, startedOn: string) => ({ provider: { id: provider }, startedOn });

describe('personDatesFor (DOMAIN.md Monitoring: taken in charge, enrolled)', () => {
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
    expect(personDatesFor(person, 'p1', '2025-03-01')).toEqual({ enrolledOn: '2024-11-05', takenInChargeOn: null });
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
    expect(personDatesFor(person, 'p1', '2025-06-15').takenInChargeOn).toBe('2025-05-01');
    expect(personDatesFor(person, 'p1', '2025-05-01').takenInChargeOn).toBe('2025-05-01');
    expect(personDatesFor(person, 'p2', '2025-05-31').takenInChargeOn).toBeNull();
  });
  it('people that hides the dates from the caller gives none', () => {
    expect(
      personDatesFor(
        { enrolments: [{ status: 'ACCEPTED' }], takeInCharges: [{ provider: { id: 'p1' } }] },
        'p1',
        '2025-01-01',
      ),
    ).toEqual({ enrolledOn: null, takenInChargeOn: null });
  });
});
