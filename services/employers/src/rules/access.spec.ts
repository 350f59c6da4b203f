import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import {
  canAuthoriseIn,
  canManageVacancy,
  canReadEmployer,
  canRegisterEmployer,
  canReadObligationRecords,
  canReadObligationStatus,
  canReadVacancy,
  canSetReceiptDate,
  canSubmitReport,
  employerReadScope,
  employerRegistrars,
  isCpiOfProvince,
  provinceListScope,
  vacancyManagers,
  vacancyReadScope,
} from './access.ts';

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
    expect(canManageVacancy(caller('employer'), { employerId: 'emp-1', province: 'MI' }, new Set(['MI']))).toBe(false);
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

  it("vacancies are managed by the employer itself and by the CPI of the vacancy's province where the employer is present (DESIGN.md: every write passes the row rules of the reads)", () => {
    const withProvince = (kind: OrgKind, org: string, province: string | null): Identity => ({
      ...caller(kind, org),
      province,
    });
    const vacancy = { employerId: 'emp-1', province: 'MI' };
    const presence = new Set(['MI', 'MB']);
    expect(vacancyManagers).toEqual(['cpi', 'employer']);
    expect(canManageVacancy(withProvince('cpi', 'cpi-mi', 'MI'), vacancy, presence)).toBe(true);
    expect(canManageVacancy(caller('employer', 'emp-1'), vacancy, presence)).toBe(true);
    // Another province's CPI, a CPI token without a province, and a CPI where the employer has no site are refused.
    expect(canManageVacancy(withProvince('cpi', 'cpi-bg', 'BG'), vacancy, presence)).toBe(false);
    expect(canManageVacancy(caller('cpi', 'cpi-x'), vacancy, presence)).toBe(false);
    expect(
      canManageVacancy(withProvince('cpi', 'cpi-bg', 'BG'), { employerId: 'emp-1', province: 'BG' }, presence),
    ).toBe(false);
    expect(canManageVacancy(caller('employer', 'emp-2'), vacancy, presence)).toBe(false);
    expect(canManageVacancy(caller('accredited', 'ente-1'), vacancy, presence)).toBe(false);
    expect(canManageVacancy(caller('region', 'region'), vacancy, presence)).toBe(false);
  });

  it('a CPI registers employers present in its province; the Region anywhere; a CPI token without a province nowhere', () => {
    const cpi = (province: string | null): Identity => ({ ...caller('cpi', 'cpi'), province });
    expect(canRegisterEmployer(cpi('MI'), { province: 'MI', sites: [] })).toBe(true);
    expect(canRegisterEmployer(cpi('BG'), { province: 'MI', sites: [{ province: 'BG' }] })).toBe(true);
    expect(canRegisterEmployer(cpi('BG'), { province: 'MI', sites: [{ province: 'MI' }] })).toBe(false);
    expect(canRegisterEmployer(cpi(null), { province: 'MI', sites: null })).toBe(false);
    expect(canRegisterEmployer(caller('region', 'region'), { province: 'MI' })).toBe(true);
    expect(canRegisterEmployer(caller('employer', 'emp-1'), { province: 'MI' })).toBe(false);
  });

  it('a CPI token without a province is the CPI of no province', () => {
    expect(isCpiOfProvince(caller('cpi', 'cpi-x'), 'MI')).toBe(false);
  });
});

describe('L. 68/1999 obligation records (README "L. 68/1999 obligations")', () => {
  const id = (
    orgKind: Identity['orgKind'],
    organisation: string | null = null,
    province: string | null = null,
  ): Identity => ({ subject: 's', organisation, orgKind, province, scopes: new Set(), token: 't' });
  const presence = new Set(['MI', 'MB']);

  it('an employer reads and submits its own records only', () => {
    expect(canReadObligationRecords(id('employer', 'e1'), 'e1', presence)).toBe(true);
    expect(canReadObligationRecords(id('employer', 'e2'), 'e1', presence)).toBe(false);
    expect(canSubmitReport(id('employer', 'e1'), 'e1', presence)).toBe(true);
    expect(canSetReceiptDate(id('employer', 'e1'))).toBe(false);
  });

  it('a CPI reads the records of employers with a site or the registered office in its province', () => {
    expect(canReadObligationRecords(id('cpi', 'c', 'MB'), 'e1', presence)).toBe(true);
    expect(canReadObligationRecords(id('cpi', 'c', 'BG'), 'e1', presence)).toBe(false);
  });

  it('the Region reads statuses, never the reports with their protected workers', () => {
    expect(canReadObligationStatus(id('region'), 'e1', presence)).toBe(true);
    expect(canReadObligationRecords(id('region'), 'e1', presence)).toBe(false);
    expect(canReadObligationStatus(id('accredited', 'p'), 'e1', presence)).toBe(false);
  });

  it('a CPI authorises only in its own province, for an employer present there', () => {
    expect(canAuthoriseIn(id('cpi', 'c', 'MI'), 'MI', presence)).toBe(true);
    expect(canAuthoriseIn(id('cpi', 'c', 'MI'), 'MB', presence)).toBe(false);
    expect(canAuthoriseIn(id('cpi', 'c', 'BG'), 'BG', presence)).toBe(false);
    expect(canAuthoriseIn(id('employer', 'e1'), 'MI', presence)).toBe(false);
  });

  it('province lists: the Region any province, a CPI only its own', () => {
    expect(provinceListScope(id('region'), null)).toEqual({ province: null });
    expect(provinceListScope(id('cpi', 'c', 'MI'), null)).toEqual({ province: 'MI' });
    expect(provinceListScope(id('cpi', 'c', 'MI'), 'BG')).toBeNull();
    expect(provinceListScope(id('employer', 'e1'), 'MI')).toBeNull();
  });
});
