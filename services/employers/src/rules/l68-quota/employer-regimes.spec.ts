import { describe, expect, it } from 'vitest';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import type { WorkerInput, WorkforceInput } from './types.ts';

const hired = { category: 'DISABLED', hiredUnderL68: true } as const;
// MI: 100 counted + 9 covering (quota 7, 2 over); RM: 100 counted + 5 covering (quota 7, 2 short).
const twoProvinces: WorkforceInput = {
  registeredOfficeProvince: 'MI',
  workers: [
    { contract: 'PERMANENT', count: 100 },
    { contract: 'PERMANENT', count: 9, protected: hired },
    { contract: 'PERMANENT', count: 100, province: 'RM' },
    { contract: 'PERMANENT', count: 5, province: 'RM', protected: hired },
  ],
};

describe('offset between provinces by employer kind (L. 68/1999 art. 5 c.8, c.8-bis)', () => {
  it("L. 68/1999 art. 5 c.8: a private employer and a public economic body offset MI's surplus against RM's shortfall", () => {
    expect(computeL68Obligation(twoProvinces)).toMatchObject({
      disabledQuota: 14,
      disabledCovered: 14,
      disabledUncovered: 0,
    });
    expect(computeL68Obligation({ ...twoProvinces, employerKind: 'PUBLIC_ECONOMIC' }).disabledUncovered).toBe(0);
  });
  it("L. 68/1999 art. 5 c.8-bis: a public employer without authorisation does not: RM's 2 stand; with it, they are offset", () => {
    const unauthorised = computeL68Obligation({ ...twoProvinces, employerKind: 'PUBLIC' });
    expect(unauthorised).toMatchObject({ disabledUncovered: 2 });
    expect(unauthorised.explanation.join('\n')).toContain('art. 5 c.8-bis');
    expect(
      computeL68Obligation({ ...twoProvinces, employerKind: 'PUBLIC', offsetAuthorised: true }).disabledUncovered,
    ).toBe(0);
  });
  it("an authorisation to offset is a public employer's: a private one offsets without it", () => {
    expect(() => computeL68Obligation({ ...twoProvinces, offsetAuthorised: true })).toThrow(
      /offsetAuthorised is for public employers/,
    );
  });
});

describe('special regimes (L. 68/1999 art. 3 c.3-4)', () => {
  const staff = (duties: WorkerInput['duties'], count: number): WorkerInput => ({
    contract: 'PERMANENT',
    count,
    duties,
  });
  it('L. 68/1999 art. 3 c.3: a party, union or non-profit counts only technical-executive and administrative staff', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      specialRegime: 'PARTY_UNION_NON_PROFIT',
      workers: [staff('ADMINISTRATIVE', 10), staff('TECHNICAL_EXECUTIVE', 5), staff('OTHER', 40)],
    });
    expect(result).toMatchObject({ computationBase: 15, disabledQuota: 1 });
    expect(result.excluded).toContainEqual({
      rule: 'L68_ART3_C3_OUTSIDE_TECHNICAL_ADMINISTRATIVE_STAFF',
      article: 'L. 68/1999 art. 3 c.3',
      count: 40,
    });
    // One administrative worker fewer: 14, under the 15 threshold.
    expect(
      computeL68Obligation({
        registeredOfficeProvince: 'MI',
        specialRegime: 'PARTY_UNION_NON_PROFIT',
        workers: [staff('ADMINISTRATIVE', 9), staff('TECHNICAL_EXECUTIVE', 5), staff('OTHER', 40)],
      }),
    ).toMatchObject({ computationBase: 14, disabledQuota: 0 });
  });
  it('L. 68/1999 art. 3 c.4: police, civil protection and defence count the administrative services only', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      specialRegime: 'POLICE_CIVIL_PROTECTION_DEFENCE',
      workers: [staff('ADMINISTRATIVE', 36), staff('TECHNICAL_EXECUTIVE', 100), staff('OTHER', 300)],
    });
    expect(result).toMatchObject({ computationBase: 36, disabledQuota: 2 });
    expect(result.excluded).toContainEqual({
      rule: 'L68_ART3_C4_OUTSIDE_ADMINISTRATIVE_SERVICES',
      article: 'L. 68/1999 art. 3 c.4',
      count: 400,
    });
  });
  it('under a special regime every row states its duties', () => {
    expect(() =>
      computeL68Obligation({
        registeredOfficeProvince: 'MI',
        specialRegime: 'PARTY_UNION_NON_PROFIT',
        workers: [{ contract: 'PERMANENT', count: 20 }],
      }),
    ).toThrow(/duties is required/);
  });
});

describe('self-certified exemption for high-risk activities (L. 68/1999 art. 5 c.3-bis)', () => {
  const at = (rate: number, selfCertified = true) =>
    computeL68Obligation({
      registeredOfficeProvince: 'MI',
      highRiskSelfCertified: selfCertified,
      workers: [
        { contract: 'PERMANENT', count: 50 },
        { contract: 'PERMANENT', count: 50, inailRatePerThousand: rate },
      ],
    });
  it('L. 68/1999 art. 5 c.3-bis: staff at 60 per thousand leave the base, at 59.9 they stay', () => {
    expect(at(60)).toMatchObject({ computationBase: 50, disabledQuota: 2 });
    expect(at(60).excluded).toContainEqual({
      rule: 'L68_ART5_C3BIS_INAIL_RATE_60_PER_THOUSAND',
      article: 'L. 68/1999 art. 5 c.3-bis',
      count: 50,
    });
    expect(at(59.9)).toMatchObject({ computationBase: 100, disabledQuota: 7 });
    expect(at(61)).toMatchObject({ computationBase: 50 });
  });
  it('without the self-certification the rate changes nothing', () => {
    expect(at(80, false)).toMatchObject({ computationBase: 100, disabledQuota: 7 });
  });
});
