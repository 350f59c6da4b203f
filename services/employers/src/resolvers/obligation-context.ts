import { notFound } from '@reg/errors';
import { subjectToMoneySanctions } from '../rules/employer-kind.ts';
import type { Context } from '../context.ts';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import { obligationStatus, type ObligationFacts } from '../rules/obligation-status.ts';
import { placeHires, type QuotaHire } from '../rules/quota-hires.ts';
import { latestVersionPerYear, reportedProvince } from '../rules/report-versions.ts';
import { canReadEmployer, type EmployerPresence } from '../rules/access.ts';
import type { ObligationStatusRow } from '../mappers.ts';
import type { EmployerRecord } from '../store/employer-store.ts';

/**
 * The employer and the provinces where it is present (registered office and sites), for the access rules. An
 * employer the caller may not read is NOT_FOUND, exactly as one that does not exist: a write tells no more than a read.
 */
export async function employerWithPresence(
  ctx: Context,
  employerId: string,
): Promise<{ employer: EmployerRecord; presence: EmployerPresence }> {
  const employer = canReadEmployer(ctx.identity, employerId) ? await ctx.loaders.employerById.load(employerId) : null;
  if (!employer) throw notFound('Employer', employerId);
  return { employer, presence: await presenceOf(ctx, employer) };
}

export async function presenceOf(ctx: Context, employer: EmployerRecord): Promise<EmployerPresence> {
  const sites = await ctx.loaders.sitesByEmployer.load(employer.id);
  return new Set([employer.province, ...sites.map((s) => s.province)]);
}

/** Quota hires recorded in outcomes for the employer, each placed in a province. */
export async function quotaHiresOf(ctx: Context, employer: EmployerRecord): Promise<QuotaHire[]> {
  const facts = await ctx.loaders.quotaHiresByEmployer.load(employer.id);
  const vacancyIds = [...new Set(facts.flatMap((f) => (f.vacancyId ? [f.vacancyId] : [])))];
  const vacancies = await Promise.all(vacancyIds.map((id) => ctx.loaders.vacancyById.load(id)));
  const vacancyProvince = new Map(vacancies.flatMap((v) => (v ? [[v.id, v.province] as const] : [])));
  return placeHires(facts, vacancyProvince, employer.province);
}

/** The records of one employer in one province the obligation rules read (batched across employers). */
export async function obligationFactsOf(
  ctx: Context,
  employer: EmployerRecord,
  province: string,
): Promise<Omit<ObligationFacts, 'on'>> {
  const [reports, hires, exemptions, agreements, suspensions] = await Promise.all([
    ctx.loaders.reportsByEmployer.load(employer.id),
    quotaHiresOf(ctx, employer),
    ctx.loaders.exemptionsByEmployer.load(employer.id),
    ctx.loaders.agreementsByEmployer.load(employer.id),
    ctx.loaders.suspensionsByEmployer.load(employer.id),
  ]);
  const inProvince = <T extends { province: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.province === province);
  return {
    province,
    reports: latestVersionPerYear(reports).map((r) => reportedProvince(r, province)),
    hires: inProvince(hires),
    exemptions: inProvince(exemptions).map((e) => ({ from: e.validFrom, to: e.validTo, positions: e.positions })),
    agreements: inProvince(agreements).map((a) => ({ startsOn: a.startsOn, schedule: a.schedule })),
    suspensions: inProvince(suspensions).map((s) => ({ from: s.validFrom, to: s.validTo, legalBasis: s.legalBasis })),
    amounts: L68_AMOUNTS,
    moneySanctions: subjectToMoneySanctions(employer.kind),
  };
}

/** Loads the records of one employer (batched across employers) and asks the pure rule for the status. */
export async function obligationStatusOf(
  ctx: Context,
  employer: EmployerRecord,
  province: string,
  on: string,
): Promise<ObligationStatusRow> {
  const status = obligationStatus({ ...(await obligationFactsOf(ctx, employer, province)), on });
  return { ...status, employerId: employer.id };
}

/** The provinces a status is given for: where the employer is present, and where a report puts a quota. */
export async function statusProvinces(
  ctx: Context,
  employer: EmployerRecord,
  presence: EmployerPresence,
): Promise<string[]> {
  const reports = latestVersionPerYear(await ctx.loaders.reportsByEmployer.load(employer.id));
  return [...new Set([...presence, ...reports.flatMap((r) => r.obligation.byProvince.map((p) => p.province))])].sort();
}
