import { forbidden } from '@reg/errors';
import type {
  AgreementResolvers,
  ExemptionResolvers,
  LateWorkforceReportResolvers,
  ObligationStatusResolvers,
  ReportedProtectedStatusResolvers,
  ReportedWorkerResolvers,
  SuspensionResolvers,
  WorkforceReportResolvers,
} from '../../generated/graphql.ts';
import type { Context } from '../../context.ts';
import { L68_AMOUNTS } from '../../reference/l68-amounts.ts';
import { agreementEndsOn, agreementStateAt } from '../../rules/agreement-schedule.ts';
import { yearEnd } from '@reg/calendar';
import { exemptionContribution, type ExemptionContribution } from '../../rules/partial-exemption.ts';
import type { ExemptionRecord } from '../../store/obligation-store.ts';
import { visibleEmployer } from '../visibility.ts';
import { quotaHiresOf } from '../obligation-context.ts';

/** The employer a record is about; the record was already checked, the employer is checked again for this caller. */
async function employerOf(ctx: Context, employerId: string) {
  const employer = await visibleEmployer(ctx, employerId);
  if (!employer) throw forbidden('The employer is not shown to this caller');
  return employer;
}

export const WorkforceReport: WorkforceReportResolvers = {
  employer: (r, _, ctx) => employerOf(ctx, r.employerId),
  situationOn: (r) => yearEnd(r.year),
  registeredOfficeProvince: (r) => r.workforce.registeredOfficeProvince ?? null,
  workers: (r) => [...r.workforce.workers],
};

export const ReportedWorker: ReportedWorkerResolvers = {
  count: (w) => w.count ?? 1,
  fullTimeWeeklyHours: (w) => w.fullTimeWeeklyHours ?? 40,
};

export const ReportedProtectedStatus: ReportedProtectedStatusResolvers = {
  psychicOrIntellectual: (p) => p.psychicOrIntellectual ?? false,
  disabledDuringEmployment: (p) => p.disabledDuringEmployment ?? false,
  employerSafetyBreach: (p) => p.employerSafetyBreach ?? false,
};

/** Three fields read the same contribution: computed once per exemption row. */
const contributions = new WeakMap<ExemptionRecord, ExemptionContribution>();
function contributionOf(e: ExemptionRecord): ExemptionContribution {
  let found = contributions.get(e);
  if (!found) {
    found = exemptionContribution(e.validFrom, e.validTo, e.positions, L68_AMOUNTS);
    contributions.set(e, found);
  }
  return found;
}

export const Exemption: ExemptionResolvers = {
  employer: (e, _, ctx) => employerOf(ctx, e.employerId),
  workingDays: (e) => contributionOf(e).workingDays,
  contribution: (e) => contributionOf(e).euros,
  contributionExplanation: (e) => contributionOf(e).explanation,
};

export const Agreement: AgreementResolvers = {
  employer: (a, _, ctx) => employerOf(ctx, a.employerId),
  endsOn: (a) => agreementEndsOn(a),
  stateOn: async (a, { on }, ctx) => {
    const employer = await ctx.loaders.employerById.load(a.employerId);
    const hires = employer ? (await quotaHiresOf(ctx, employer)).filter((h) => h.province === a.province) : [];
    return {
      on,
      ...agreementStateAt(
        a,
        hires.map((h) => h.startedOn),
        on,
      ),
    };
  },
};

export const Suspension: SuspensionResolvers = {
  employer: (s, _, ctx) => employerOf(ctx, s.employerId),
};

export const ObligationStatus: ObligationStatusResolvers = {
  employer: (s, _, ctx) => employerOf(ctx, s.employerId),
  explanation: (s) => [...s.explanation],
};

export const LateWorkforceReport: LateWorkforceReportResolvers = {
  employer: (l, _, ctx) => employerOf(ctx, l.employerId),
};
