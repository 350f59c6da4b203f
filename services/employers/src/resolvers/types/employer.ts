import { badInput } from '@reg/errors';
import { forbiddenByRule } from '@reg/subgraph-kit';
import type { EmployerResolvers } from '../../generated/graphql.ts';
import type { Context } from '../../context.ts';
import { canReadObligationRecords, canReadObligationStatus, canReadVacancy } from '../../rules/access.ts';
import type { EmployerRecord } from '../../store/employer-store.ts';
import { statusDateProblem } from '../../rules/status-date.ts';
import { todayInRome } from '@reg/calendar';
import { obligationStatusOf, presenceOf, statusProvinces } from '../obligation-context.ts';
import { visibleEmployer } from '../visibility.ts';

/** Reports, exemptions, agreements and suspensions: the employer itself and CPIs where it is present. */
async function requireRecords(ctx: Context, employer: EmployerRecord): Promise<void> {
  if (!canReadObligationRecords(ctx.identity, employer.id, await presenceOf(ctx, employer))) {
    throw forbiddenByRule(
      'OBLIGATION_RECORDS_READERS',
      "An employer's L. 68/1999 records are shown to the employer and to the CPIs where it is present",
    );
  }
}

export const Employer: EmployerResolvers = {
  __resolveReference: (ref, ctx) => visibleEmployer(ctx, ref.id),
  sites: (employer, _, { loaders }) => loaders.sitesByEmployer.load(employer.id),
  vacancies: async (employer, { status }, { identity, loaders }) => {
    const rows = await loaders.vacanciesByEmployer.load(employer.id);
    return rows.filter((v) => canReadVacancy(identity, v) && (status == null || v.status === status));
  },
  workforceReports: async (employer, { year }, ctx) => {
    await requireRecords(ctx, employer);
    const rows = await ctx.loaders.reportsByEmployer.load(employer.id);
    return year == null ? rows : rows.filter((r) => r.year === year);
  },
  exemptions: async (employer, _, ctx) => {
    await requireRecords(ctx, employer);
    return ctx.loaders.exemptionsByEmployer.load(employer.id);
  },
  agreements: async (employer, _, ctx) => {
    await requireRecords(ctx, employer);
    return ctx.loaders.agreementsByEmployer.load(employer.id);
  },
  suspensions: async (employer, _, ctx) => {
    await requireRecords(ctx, employer);
    return ctx.loaders.suspensionsByEmployer.load(employer.id);
  },
  obligationStatus: async (employer, { on }, ctx) => {
    const dateProblem = statusDateProblem(on, todayInRome());
    if (dateProblem) throw badInput('on', dateProblem);
    const presence = await presenceOf(ctx, employer);
    if (!canReadObligationStatus(ctx.identity, employer.id, presence))
      throw forbiddenByRule(
        'OBLIGATION_STATUS_READERS',
        "An employer's obligation status is shown to the employer, its CPIs and the Region",
      );
    const provinces = await statusProvinces(ctx, employer, presence);
    return Promise.all(provinces.map((p) => obligationStatusOf(ctx, employer, p, on)));
  },
};
