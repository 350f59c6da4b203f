import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import { canManageVacanciesOf, canReadEmployer, canReadVacancy, employerReadScope, employerRegistrars, vacancyReadScope } from './access.ts';

const caller = (orgKind: OrgKind, organisation: string | null = null): Identity => ({
  subject: `someone@${organisation ?? orgKind}`,
  organisation,
  orgKind,
  province: null,
  scopes: new Set(),
  token: 't',
});

const open = { employerId: 'emp-1', status: 'OPEN' };
const closed = { employerId: 'emp-1', status: 'CLOSED' };

describe('access to employers and vacancies (DESIGN.md, Identity and access)', () => {
  it('CPI operators and the Region register employers; nobody else', () => {
    expect(employerRegistrars).toEqual(['cpi', 'region']);
  });

  it('CPI, accredited bodies and the Region read every employer and vacancy', () => {
    for (const kind of ['cpi', 'accredited', 'region'] as const) {
      expect(employerReadScope(caller(kind, 'x'))).toEqual({ employerId: null });
      expect(canReadEmployer(caller(kind, 'x'), 'emp-1')).toBe(true);
      expect(canReadVacancy(caller(kind, 'x'), closed)).toBe(true);
    }
  });

  it('an employer sees its own employer and vacancies only', () => {
    const employer = caller('employer', 'emp-1');
    expect(canReadEmployer(employer, 'emp-1')).toBe(true);
    expect(canReadEmployer(employer, 'emp-2')).toBe(false);
    expect(canReadVacancy(employer, closed)).toBe(true);
    expect(canReadVacancy(employer, { employerId: 'emp-2', status: 'OPEN' })).toBe(false);
    expect(vacancyReadScope(employer)).toEqual({ employerId: 'emp-1', openOnly: false });
  });

  it('an employer token without org sees nothing', () => {
    expect(employerReadScope(caller('employer'))).toBeNull();
    expect(vacancyReadScope(caller('employer'))).toBeNull();
    expect(canManageVacanciesOf(caller('employer'), 'emp-1')).toBe(false);
  });

  it('a citizen sees open vacancies and no employer', () => {
    const citizen = caller('citizen', 'person-1');
    expect(employerReadScope(citizen)).toBeNull();
    expect(canReadEmployer(citizen, 'emp-1')).toBe(false);
    expect(canReadVacancy(citizen, open)).toBe(true);
    expect(canReadVacancy(citizen, closed)).toBe(false);
  });

  it('a kind the rules do not name (service) is refused', () => {
    expect(employerReadScope(caller('service', 'outcomes'))).toBeNull();
    expect(vacancyReadScope(caller('service', 'outcomes'))).toBeNull();
  });

  it('vacancies are managed by CPI operators, and by an employer for itself', () => {
    expect(canManageVacanciesOf(caller('cpi', 'cpi-mi'), 'emp-1')).toBe(true);
    expect(canManageVacanciesOf(caller('employer', 'emp-1'), 'emp-1')).toBe(true);
    expect(canManageVacanciesOf(caller('employer', 'emp-2'), 'emp-1')).toBe(false);
    expect(canManageVacanciesOf(caller('accredited', 'ente-1'), 'emp-1')).toBe(false);
    expect(canManageVacanciesOf(caller('region', 'region'), 'emp-1')).toBe(false);
  });
});
