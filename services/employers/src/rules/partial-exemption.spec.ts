import { describe, expect, it } from 'vitest';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import {
  exemptedPositions,
  exemptionContribution,
  exemptionInputProblems,
  exemptionRuleViolation,
} from './partial-exemption.ts';

const request = { percentage: 60, from: '2026-01-01', to: '2026-12-31', securityOrTransportSector: false };

describe('partial exemption (esonero parziale)', () => {
  it('L.68 art. 5 c.3: exemption at most 60% of the quota', () => {
    expect(exemptionRuleViolation(request)).toBeNull();
    expect(exemptionRuleViolation({ ...request, percentage: 61 })).toMatchObject({
      rule: 'L68_ART5_C3_MAX_60_PERCENT',
    });
  });

  it('DOMAIN.md: at most 80% in security/vigilance and private transport', () => {
    expect(exemptionRuleViolation({ ...request, percentage: 80, securityOrTransportSector: true })).toBeNull();
    expect(exemptionRuleViolation({ ...request, percentage: 81, securityOrTransportSector: true })).toMatchObject({
      rule: 'L68_ART5_C3_MAX_80_PERCENT_SECURITY_TRANSPORT',
    });
  });

  it('DOMAIN.md: authorised up to 24 months, the last day included', () => {
    expect(exemptionRuleViolation({ ...request, from: '2026-03-01', to: '2028-02-29' })).toBeNull();
    expect(exemptionRuleViolation({ ...request, from: '2026-03-01', to: '2028-03-01' })).toMatchObject({
      rule: 'L68_ART5_C3_MAX_24_MONTHS',
    });
  });

  it('malformed percentage or a reversed period are input errors, each on its field', () => {
    expect(exemptionInputProblems({ ...request, percentage: 0 })[0]?.field).toBe('percentage');
    expect(exemptionInputProblems({ ...request, percentage: 12.5 })[0]?.field).toBe('percentage');
    expect(exemptionInputProblems({ ...request, to: '2025-12-31' })[0]?.field).toBe('to');
    expect(exemptionInputProblems(request)).toEqual([]);
  });

  it('the percentage is a ceiling: fractions of a position are not exempted (60% of 7 = 4.2 -> 4; 60% of 5 = 3)', () => {
    expect(exemptedPositions(7, 60)).toBe(4);
    expect(exemptedPositions(5, 60)).toBe(3);
    expect(exemptedPositions(1, 60)).toBe(0);
    expect(exemptedPositions(10, 80)).toBe(8);
  });

  it('DOMAIN.md: EUR 39.21 per working day per exempted position', () => {
    // 2026-11-23..27: five working days; 2 positions -> 10 x 39.21.
    expect(exemptionContribution('2026-11-23', '2026-11-29', 2, L68_AMOUNTS)).toMatchObject({
      workingDays: 5,
      euros: 392.1,
    });
    // The whole of 2026: 254 working days x 4 positions x 39.21.
    expect(exemptionContribution('2026-01-01', '2026-12-31', 4, L68_AMOUNTS).euros).toBe(39837.36);
  });

  it('DOMAIN.md: a period across 1 January 2022 prices each working day at its own amount (EUR 30.64 before, 39.21 after)', () => {
    // 27-31 Dec 2021: 5 working days x 30.64; 3-7 Jan 2022 less Epiphany: 4 x 39.21.
    expect(exemptionContribution('2021-12-27', '2022-01-07', 1, L68_AMOUNTS)).toMatchObject({
      workingDays: 9,
      euros: 310.04,
    });
  });

  it('no configured amount for part of the period: the contribution is unknown, not guessed', () => {
    // Nothing is configured before 24 September 2015 (reference/l68-amounts.ts).
    expect(exemptionContribution('2015-09-21', '2015-09-25', 1, L68_AMOUNTS).euros).toBeNull();
    expect(exemptionContribution('2015-09-24', '2015-09-25', 1, L68_AMOUNTS).euros).toBe(61.28);
  });
});
