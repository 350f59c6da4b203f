import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import {
  canEndTakeInCharge,
  canSeePerson,
  mayReadClinicalData,
  mayReadTargetGroups,
  peopleListFilter,
} from './access.ts';

const caller = (
  orgKind: OrgKind,
  scope = '',
  organisation: string | null = null,
  province: string | null = null,
): Identity => ({
  subject: `someone@${organisation ?? orgKind}`,
  organisation,
  orgKind,
  province,
  scopes: new Set(scope.split(' ').filter(Boolean)),
  token: 't',
});

const marta = { id: 'p-1', residenceProvince: 'MI' };

describe('who sees a named person (DESIGN.md, row level)', () => {
  it('a CPI operator the people of its province only; without a province claim nobody', () => {
    expect(canSeePerson(caller('cpi', '', 'cpi-mi', 'MI'), marta, [])).toBe(true);
    expect(canSeePerson(caller('cpi', '', 'cpi-bg', 'BG'), marta, [])).toBe(false);
    expect(canSeePerson(caller('cpi', '', 'cpi-mi', null), marta, [])).toBe(false);
  });

  it("L. 68/1999 art. 8 c.1: the CPI whose list keeps the person's open enrolment sees them; no other province does", () => {
    expect(canSeePerson(caller('cpi', '', 'cpi-bg', 'BG'), marta, [], ['BG'])).toBe(true);
    expect(canSeePerson(caller('cpi', '', 'cpi-co', 'CO'), marta, [], ['BG'])).toBe(false);
    expect(canSeePerson(caller('cpi', '', 'cpi-mi', null), marta, [], ['BG'])).toBe(false);
    // The list province opens the file to a CPI only: an accredited body of that province gains nothing.
    expect(canSeePerson(caller('accredited', '', 'ente-bg', 'BG'), marta, [], ['BG'])).toBe(false);
  });

  it('an accredited body only with an active take-in-charge; the person themself; never the Region, an employer or a service', () => {
    expect(canSeePerson(caller('accredited', '', 'ente-1'), marta, ['ente-1'])).toBe(true);
    expect(canSeePerson(caller('accredited', '', 'ente-2'), marta, ['ente-1'])).toBe(false);
    expect(canSeePerson(caller('citizen', '', 'p-1'), marta, [])).toBe(true);
    expect(canSeePerson(caller('citizen', '', 'p-2'), marta, [])).toBe(false);
    for (const kind of ['region', 'employer', 'service'] as const)
      expect(canSeePerson(caller(kind, 'health:read', 'x', 'MI'), marta, ['x'])).toBe(false);
  });
});

describe('clinical data (GDPR art. 9; DESIGN.md, field level)', () => {
  it('needs scope health:read', () => {
    expect(mayReadClinicalData(caller('cpi', 'people:read health:read', 'cpi-mi', 'MI'))).toBe(true);
    expect(mayReadClinicalData(caller('cpi', 'people:read', 'cpi-mi', 'MI'))).toBe(false);
  });

  it('an accredited body sees the functional profile and nothing clinical, even with health:read in its token', () => {
    expect(mayReadClinicalData(caller('accredited', 'people:read health:read', 'ente-1'))).toBe(false);
  });
});

describe('lists of named people: the row rule as a filter (DESIGN.md, row level)', () => {
  it('a CPI its own province, nothing when it asks for another', () => {
    expect(peopleListFilter(caller('cpi', '', 'cpi-mi', 'MI'), null)).toEqual({
      province: 'MI',
      inChargeOf: null,
      openListOf: 'MI',
    });
    expect(peopleListFilter(caller('cpi', '', 'cpi-mi', 'MI'), 'MI')).toEqual({
      province: 'MI',
      inChargeOf: null,
      openListOf: 'MI',
    });
    expect(peopleListFilter(caller('cpi', '', 'cpi-mi', 'MI'), 'BG')).toBe('nobody');
  });

  it('an accredited body those it has in charge, in any province it asks', () => {
    expect(peopleListFilter(caller('accredited', '', 'ente-1'), 'BG')).toEqual({
      province: 'BG',
      inChargeOf: 'ente-1',
    });
  });

  it('a CPI token without a province or an accredited one without an organisation is refused, not left unfiltered', () => {
    expect(peopleListFilter(caller('cpi', '', 'cpi-mi', null), null)).toBe('refused');
    expect(peopleListFilter(caller('accredited', '', null), null)).toBe('refused');
  });

  it('the Region, employers, citizens and services never list people', () => {
    for (const kind of ['region', 'employer', 'citizen', 'service'] as const)
      expect(peopleListFilter(caller(kind, 'health:read', 'x', 'MI'), null)).toBe('refused');
  });
});

describe('ending or handing over a take-in-charge (seed 002_bd716146e6d29539.txt: the provider in charge; the CPI keeps the file)', () => {
  const row = { providerId: 'prov-a' };
  it('seed 002: the provider in charge, and the CPI, may; another accredited body may not', () => {
    expect(canEndTakeInCharge(caller('accredited', '', 'prov-a'), row)).toBe(true);
    expect(canEndTakeInCharge(caller('cpi', '', 'cpi-mi', 'MI'), row)).toBe(true);
    expect(canEndTakeInCharge(caller('accredited', '', 'prov-b'), row)).toBe(false);
  });
  it('seed 002: the Region, an employer and a citizen may not', () => {
    for (const kind of ['region', 'employer', 'citizen'] as const)
      expect(canEndTakeInCharge(caller(kind, '', `${kind}-1`), row)).toBe(false);
  });
});

describe('target groups on a day (monitoring only: L. 68/1999 art. 1 list membership is health-related, GDPR art. 9)', () => {
  const via = (identity: Identity, subgraph: string): Identity => ({ ...identity, via: subgraph });
  it('the outcomes subgraph acting for a reporter who sees the person reads them, whoever the reporter is', () => {
    expect(mayReadTargetGroups(via(caller('accredited', '', 'acc-1'), 'outcomes'), marta)).toBe(true);
    expect(mayReadTargetGroups(via(caller('cpi', '', 'cpi-mi', 'MI'), 'outcomes'), marta)).toBe(true);
  });
  it("the CPI of the person's province reads them directly; another province's CPI does not", () => {
    expect(mayReadTargetGroups(caller('cpi', '', 'cpi-mi', 'MI'), marta)).toBe(true);
    expect(mayReadTargetGroups(caller('cpi', '', 'cpi-to', 'TO'), marta)).toBe(false);
  });
  it('an accredited body asking directly, the person, and a CPI through another subgraph are refused', () => {
    expect(mayReadTargetGroups(caller('accredited', '', 'acc-1'), marta)).toBe(false);
    expect(mayReadTargetGroups(caller('citizen', '', 'p-1'), marta)).toBe(false);
    expect(mayReadTargetGroups(via(caller('cpi', '', 'cpi-mi', 'MI'), 'employers'), marta)).toBe(false);
  });
});
