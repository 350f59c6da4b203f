import { describe, expect, it } from 'vitest';
import { actionPlanProblems, type PlannedServiceFacts } from './action-plan-services.ts';

const planned = (change: Partial<PlannedServiceFacts>): PlannedServiceFacts => ({
  index: 0,
  serviceCode: '3A',
  plannedFrom: '2025-03-01',
  targetGroup: 'DISABLED_OR_DISADVANTAGED',
  providerAccredited: true,
  ...change,
});
const rules = (services: PlannedServiceFacts[], protectedCategory = true, goals = ['Trovare un impiego part-time']) =>
  actionPlanProblems(goals, services, protectedCategory).map((p) => p.rule ?? p.field);

describe('PAI planned services (seed 003 target groups)', () => {
  it('3A fits a person on the disability list', () => {
    expect(rules([planned({})])).toEqual([]);
  });
  it('seed 003 area 3: not for a person outside the protected categories', () => {
    expect(rules([planned({})], false)).toEqual(['TARGET_GROUP']);
  });
  it('seed 003 2Cb: not for a person in the protected categories', () => {
    expect(rules([planned({ serviceCode: '2Cb', targetGroup: 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED' })])).toEqual([
      'TARGET_GROUP',
    ]);
  });
  it('seed 003 area 4: employers only', () => {
    expect(rules([planned({ serviceCode: '4C', targetGroup: 'EMPLOYERS' })])).toEqual(['TARGET_GROUP']);
  });
  it('an unknown code, a provider not accredited, dates in the wrong order, no goals', () => {
    expect(rules([planned({ serviceCode: '9Z', targetGroup: null })])).toEqual(['services[0].serviceCode']);
    expect(rules([planned({ providerAccredited: false })])).toEqual(['PROVIDER_NOT_ACCREDITED']);
    expect(rules([planned({ plannedTo: '2025-02-01' })])).toEqual(['services[0].plannedTo']);
    expect(rules([planned({})], true, [])).toEqual(['goals']);
  });
});
