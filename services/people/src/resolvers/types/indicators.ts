import { forbidden } from '@reg/errors';
import {
  assertSplits,
  familyCsv,
  type FamilyDefinition,
  indicatorScope,
  publishFamily,
  requestFromKey,
  TARGET_DIMENSIONS,
  targetDimensionOfRequest,
  type MeasuredCell,
} from '@reg/indicators';
import { todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../../context.ts';
import type {
  IndicatorCellResolvers,
  IndicatorFamilyResolvers,
  IndicatorTableResolvers,
} from '../../generated/graphql.ts';
import type { LatticeInput } from '@reg/indicators';

interface Family extends FamilyDefinition {
  load: (ctx: Context, input: LatticeInput) => Promise<MeasuredCell[]>;
}

const families = {
  enrolments: {
    name: 'enrolments',
    hasService: false,
    targetDimensions: TARGET_DIMENSIONS,
    measureNames: ['enrolments'],
    definition:
      "Enrolments on the L. 68/1999 lists accepted in the period, by date of acceptance, in the enrolment's province. people: distinct people enrolled; enrolments: acceptances. No provider dimension. Target groups on the day of acceptance; DISABILITY: the art. 1 list (else art. 18).",
    load: (ctx, input) => ctx.stores.indicators.enrolments(input),
  },
  enrolledStock: {
    name: 'enrolledStock',
    hasService: false,
    targetDimensions: TARGET_DIMENSIONS,
    measureNames: ['enrolled'],
    definition:
      "People on the L. 68/1999 lists (art. 1 or art. 18) on the period's reference day: its last day, or today for the period under way (a quarter's and a year's stock are those of their last day); in the enrolment's province. people and enrolled: that stock. Target groups on the reference day; DISABILITY: the art. 1 list. No provider dimension. The flow is the enrolments family.",
    load: (ctx, input) => ctx.stores.indicators.enrolledStock(input, todayInRome()),
  },
  takenInCharge: {
    name: 'takenInCharge',
    hasService: false,
    targetDimensions: TARGET_DIMENSIONS,
    measureNames: ['takeInCharges'],
    definition:
      "Take-in-charges started in the period, in the person's province of residence, at the provider. people: distinct people taken in charge; takeInCharges: take-in-charges (hand-overs included). Target groups on the day the definition holds.",
    load: (ctx, input) => ctx.stores.indicators.takenInCharge(input),
  },
} satisfies Record<string, Family>;

async function family(ctx: Context, tableId: string, family: Family) {
  const scope = indicatorScope(ctx.identity);
  const request = requestFromKey(tableId);
  const targetDimension = targetDimensionOfRequest(request);
  if (targetDimension) assertSplits(family, targetDimension);
  // Only a split request classifies the events; its base cells are suppressed as the unsplit lattice's (table.ts).
  const input = { from: request.from, to: request.to, scope, withTargets: targetDimension !== null };
  return publishFamily(family, await family.load(ctx, input), request, scope);
}

/** The table's id is the request (outcomes' Query.indicators); the caller's scope is checked here again. */
export const IndicatorTable: IndicatorTableResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  enrolments: ({ id }, _, ctx) => {
    // Enrolment is a CPI act about people an accredited body has not necessarily in charge.
    if (ctx.identity.orgKind === 'accredited')
      throw forbidden('Enrolment indicators are for the Region and CPI offices');
    return family(ctx, id, families.enrolments);
  },
  enrolledStock: ({ id }, _, ctx) => {
    if (ctx.identity.orgKind === 'accredited')
      throw forbidden('Enrolment indicators are for the Region and CPI offices');
    return family(ctx, id, families.enrolledStock);
  },
  takenInCharge: ({ id }, _, ctx) => family(ctx, id, families.takenInCharge),
};

export const IndicatorFamily: IndicatorFamilyResolvers = { csv: (f) => familyCsv(f) };

export const IndicatorCell: IndicatorCellResolvers = {
  providerKind: (c) => c.providerKind as 'CPI' | 'ACCREDITED' | 'UNKNOWN' | null,
  provider: (c) => (c.provider ? { id: c.provider } : null),
  targetDimension: (c) => c.targetDimension as (typeof TARGET_DIMENSIONS)[number] | null,
};
