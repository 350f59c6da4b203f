import { addDays, todayInRome } from '@reg/calendar';
import { forbidden } from '@reg/errors';
import {
  assertSplits,
  familyCsv,
  type FamilyDefinition,
  indicatorScope,
  latticeBounds,
  publishFamily,
  requestFromKey,
  targetDimensionOfRequest,
} from '@reg/indicators';
import type {
  IndicatorCellResolvers,
  IndicatorFamilyResolvers,
  IndicatorTableResolvers,
} from '../../generated/graphql.ts';
import { L68_MEASURES, L68_PERSON_MEASURES } from '../../store/indicator-store.ts';
import { SANCTION_MEASURES, withSanctions } from '../../rules/sanction-indicators.ts';
import { sanctionAccruals } from '../../use-cases/sanction-accruals.ts';

const l68: FamilyDefinition = {
  name: 'l68',
  hasService: false,
  measureNames: [...L68_MEASURES, ...SANCTION_MEASURES],
  definition:
    "L. 68/1999 acts in the period, in the act's province: requests filed (nominative, numeric; by filing day), referrals (avviamenti; by referral day) and hires (referrals with outcome HIRED; by the outcome's day), nominative or numeric as the request, with the distinct people referred and hired; partial exemptions (art. 5 c.3), suspensions (art. 3 c.5) and agreements (art. 11) by the day they start. people: distinct people referred or hired. sanctionedEmployers, sanctionsAccrued: employers with a sanction accrued in the period and the EUR accrued (L. 68/1999 art. 15 c.4 on the uncovered quota, in the quota's province; art. 15 c.1 on a late workforce report, in the registered office's province; private employers and public economic bodies), up to today: amounts the graph computes from the records, as obligationStatus and lateWorkforceReports do per employer, not sanctions notified; null when an amount is not configured for part of the period. Employers are not people: these counts do not suppress a cell. No provider or target dimensions.",
};

/** The table's id is the request (outcomes' Query.indicators); the caller's scope is checked here again. */
export const IndicatorTable: IndicatorTableResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  l68: async ({ id }, _, ctx) => {
    // Referrals, exemptions, agreements and suspensions are the CPI's acts on employers, not a provider's.
    if (ctx.identity.orgKind === 'accredited')
      throw forbidden('L. 68/1999 indicators are for the Region and CPI offices');
    const scope = indicatorScope(ctx.identity);
    const request = requestFromKey(id);
    const targetDimension = targetDimensionOfRequest(request);
    if (targetDimension) assertSplits(l68, targetDimension);
    const { start, end } = latticeBounds(request.from, request.to);
    // Accrued, not projected: up to today at most.
    const last = [addDays(end, -1), todayInRome()].sort()[0]!;
    const [acts, sanctions] = await Promise.all([
      ctx.stores.indicators.l68({ from: request.from, to: request.to, scope }),
      sanctionAccruals(ctx, { start, last, province: scope.province }),
    ]);
    return publishFamily(l68, withSanctions(acts, sanctions, L68_MEASURES, L68_PERSON_MEASURES.length), request, scope);
  },
};

export const IndicatorFamily: IndicatorFamilyResolvers = { csv: (f) => familyCsv(f) };

export const IndicatorCell: IndicatorCellResolvers = {
  providerKind: (c) => c.providerKind as 'CPI' | 'ACCREDITED' | 'UNKNOWN' | null,
  provider: (c) => (c.provider ? { id: c.provider } : null),
  targetDimension: (c) => c.targetDimension as 'SEX' | 'AGE_BAND' | 'LONG_TERM_UNEMPLOYED' | 'DISABILITY' | null,
};
