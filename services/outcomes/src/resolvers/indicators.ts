import {
  familyCsv,
  indicatorScope,
  normaliseRequest,
  assertSplits,
  publishFamily,
  targetDimensionOfRequest,
  requestFromKey,
  requestKey,
  TARGET_DIMENSIONS,
  type TargetDimension,
} from '@reg/indicators';
import { todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type {
  IndicatorCellResolvers,
  IndicatorFamilyResolvers,
  IndicatorTableResolvers,
  QueryResolvers,
} from '../generated/graphql.ts';
import type { OutcomesFamily } from '../store/indicator-snapshots.ts';

interface Family {
  name: OutcomesFamily;
  definition: string;
  measureNames: string[];
  hasService: boolean;
  targetDimensions?: readonly TargetDimension[];
}

/**
 * What every people family of outcomes says of its target groups: the person's groups as people decided them on the
 * day stated, recorded with the row; rows recorded before that are in the group NOT_RECORDED of every dimension.
 */
const TARGETS =
  ' Target groups (SEX, AGE_BAND, LONG_TERM_UNEMPLOYED, DISABILITY: the L. 68/1999 art. 1 list) on the day of the';
const NOT_RECORDED_NOTE = '; rows reported before the groups were recorded are NOT_RECORDED.';

const families = {
  services: {
    name: 'services',
    hasService: true,
    measureNames: ['deliveries', 'hours', 'outputs'],
    definition:
      'Service deliveries by delivery date. people: distinct people served; deliveries: reports; hours: reported minutes / 60; outputs: output codes produced.' +
      `${TARGETS} delivery (a person in two groups within a period counts in each)${NOT_RECORDED_NOTE}`,
    targetDimensions: TARGET_DIMENSIONS,
  },
  employerServices: {
    name: 'employerServices',
    hasService: true,
    measureNames: ['deliveries', 'hours'],
    definition:
      "Services to employers (seed 003, area 4: 4A-4E) by delivery date, in the province of the employer's registered office, at the reporting provider. people: distinct EMPLOYERS served (the disclosure unit: a cell of 1 to 4 employers is suppressed, as a cell of people); deliveries: reports (a report withdrawn as made in error counts nowhere); hours: reported minutes / 60.",
  },
  paths: {
    name: 'paths',
    hasService: true,
    measureNames: ['closedPaths', 'withinStandard', 'shareWithinStandard', 'averageHours'],
    definition:
      'Paths closed in the period, by closing date. people: distinct people; withinStandard: closed paths with no rule of the standard overridden; shareWithinStandard: withinStandard / closedPaths; averageHours: mean total minutes / 60 per closed path.' +
      `${TARGETS} path's last delivery${NOT_RECORDED_NOTE}`,
    targetDimensions: TARGET_DIMENSIONS,
  },
  firstService: {
    name: 'firstService',
    hasService: false,
    measureNames: ['medianDays'],
    definition:
      'People by the date of their first service on or after the acceptance of their enrolment, at the provider that delivered it. people: those people; medianDays: median of the days between acceptance and first service.' +
      `${TARGETS} first service${NOT_RECORDED_NOTE}`,
    targetDimensions: TARGET_DIMENSIONS,
  },
  placements: {
    name: 'placements',
    hasService: false,
    measureNames: ['placements', 'quotaPlacements'],
    definition:
      'Placements by start date, at the reporting provider. people: distinct people placed; placements; quotaPlacements: those counting toward the L. 68/1999 quota.' +
      `${TARGETS} start${NOT_RECORDED_NOTE}`,
    targetDimensions: TARGET_DIMENSIONS,
  },
  placementRate: {
    name: 'placementRate',
    hasService: false,
    measureNames: ['placedWithin6Months', 'placementRate'],
    definition:
      'People by take-in-charge start at the provider (as received with its reports), once 6 months have passed. people: that cohort; placedWithin6Months: those with a placement starting within 6 months of the start; placementRate: their share.' +
      `${TARGETS} first service reported under the take-in-charge${NOT_RECORDED_NOTE}`,
    targetDimensions: TARGET_DIMENSIONS,
  },
  retention: {
    name: 'retention',
    hasService: false,
    measureNames: [
      'placements6',
      'employed6',
      'notEmployed6',
      'unknown6',
      'retention6',
      'placements12',
      'employed12',
      'notEmployed12',
      'unknown12',
      'retention12',
    ],
    definition:
      'Placements by start date, at the reporting provider, once 6 months have passed (the 12-month measures once 12 have). Employed at the milestone: its follow-up says still employed; not employed: its follow-up says not, or the placement ended before the milestone; unknown: neither recorded. retentionN: employedN / (employedN + notEmployedN). people: distinct people placed.' +
      `${TARGETS} start${NOT_RECORDED_NOTE}`,
    targetDimensions: TARGET_DIMENSIONS,
  },
  internships: {
    name: 'internships',
    hasService: false,
    measureNames: ['started', 'completed', 'interrupted', 'attested'],
    definition:
      'Internships (tirocini, 2Cc/3Bc) by start date, at the promoter. people: distinct people; started: internships started; completed, interrupted: those of them ended so; attested: those with the final attestation issued.',
  },
} satisfies Record<string, Family>;

/**
 * The lattice comes from its snapshot (or is computed, INDICATORS_MAX_AGE_SECONDS=0); suppression is applied per
 * request on the snapshot's pre-suppression cells.
 */
function family(ctx: Context, tableId: string, family: Family) {
  const scope = indicatorScope(ctx.identity);
  const request = requestFromKey(tableId);
  // Services to employers and internships do not carry the person's target groups (README "Indicators"): refused
  // before any snapshot is read.
  const targetDimension = targetDimensionOfRequest(request);
  if (targetDimension) assertSplits(family, targetDimension);
  const snapshot = ctx.stores.indicatorSnapshots.load(
    family.name,
    // Only a split request pays for the target-group cells, of its one dimension; its base cells are suppressed as
    // the unsplit lattice's.
    { from: request.from, to: request.to, scope, withTargets: targetDimension !== null, targetDimension },
    todayInRome(),
  );
  // Registered before any await so that asOf, resolved beside the families, sees every one of them.
  const answered = ctx.indicatorsAsOf.get(tableId) ?? [];
  answered.push(snapshot.then((s) => s.computedAt));
  ctx.indicatorsAsOf.set(tableId, answered);
  return snapshot.then((s) => publishFamily(family, s.value, request, scope));
}

/**
 * The oldest computation among the families answered with this table (now when none is). graphql-js calls every sibling field's
 * resolver before any of their promises settle, so after one turn of the microtask queue all families have
 * registered, whatever the order of the selection.
 */
async function asOf(ctx: Context, tableId: string): Promise<string> {
  indicatorScope(ctx.identity);
  await Promise.resolve();
  const times = (await Promise.allSettled(ctx.indicatorsAsOf.get(tableId) ?? [])).flatMap((t) =>
    t.status === 'fulfilled' ? [t.value.getTime()] : [],
  );
  return new Date(times.length === 0 ? Date.now() : Math.min(...times)).toISOString();
}

export const indicators: QueryResolvers['indicators'] = (_, { query }, { identity }) => {
  indicatorScope(identity);
  return { id: requestKey(normaliseRequest(query)) };
};

/** The id is a request anyone could forge: every family checks the caller's scope again. */
export const IndicatorTable: IndicatorTableResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  asOf: ({ id }, _, ctx) => asOf(ctx, id),
  services: ({ id }, _, ctx) => family(ctx, id, families.services),
  paths: ({ id }, _, ctx) => family(ctx, id, families.paths),
  employerServices: ({ id }, _, ctx) => family(ctx, id, families.employerServices),
  firstService: ({ id }, _, ctx) => family(ctx, id, families.firstService),
  placements: ({ id }, _, ctx) => family(ctx, id, families.placements),
  placementRate: ({ id }, _, ctx) => family(ctx, id, families.placementRate),
  retention: ({ id }, _, ctx) => family(ctx, id, families.retention),
  internships: ({ id }, _, ctx) => family(ctx, id, families.internships),
};

export const IndicatorFamily: IndicatorFamilyResolvers = { csv: (f) => familyCsv(f) };

export const IndicatorCell: IndicatorCellResolvers = {
  providerKind: (c) => c.providerKind as 'CPI' | 'ACCREDITED' | 'UNKNOWN' | null,
  provider: (c) => (c.provider ? { id: c.provider } : null),
  targetDimension: (c) => c.targetDimension as 'SEX' | 'AGE_BAND' | 'LONG_TERM_UNEMPLOYED' | 'DISABILITY' | null,
};
