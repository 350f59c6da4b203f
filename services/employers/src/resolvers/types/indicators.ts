import { forbidden } from '@reg/errors';
import {
  assertSplits,
  familyCsv,
  type FamilyDefinition,
  indicatorScope,
  publishFamily,
  requestFromKey,
  targetDimensionOfRequest,
} from '@reg/indicators';
import type {
  IndicatorCellResolvers,
  IndicatorFamilyResolvers,
  IndicatorTableResolvers,
} from '../../generated/graphql.ts';
import { L68_MEASURES } from '../../store/indicator-store.ts';

const l68: FamilyDefinition = {
  name: 'l68',
  hasService: false,
  measureNames: [...L68_MEASURES],
  definition:
    "L. 68/1999 acts in the period, in the act's province: requests filed (nominative, numeric; by filing day), referrals (avviamenti; by referral day) and hires (referrals with outcome HIRED; by the outcome's day), nominative or numeric as the request, with the distinct people referred and hired; partial exemptions (art. 5 c.3), suspensions (art. 3 c.5) and agreements (art. 11) by the day they start. people: distinct people referred or hired. No provider or target dimensions.",
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
    return publishFamily(
      l68,
      await ctx.stores.indicators.l68({ from: request.from, to: request.to, scope }),
      request,
      scope,
    );
  },
};

export const IndicatorFamily: IndicatorFamilyResolvers = { csv: (f) => familyCsv(f) };

export const IndicatorCell: IndicatorCellResolvers = {
  providerKind: (c) => c.providerKind as 'CPI' | 'ACCREDITED' | 'UNKNOWN' | null,
  provider: (c) => (c.provider ? { id: c.provider } : null),
  targetDimension: (c) => c.targetDimension as 'SEX' | 'AGE_BAND' | 'LONG_TERM_UNEMPLOYED' | 'DISABILITY' | null,
};
