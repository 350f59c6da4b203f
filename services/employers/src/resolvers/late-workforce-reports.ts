import { forbidden } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import type { LateWorkforceReportRow } from '../mappers.ts';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import { subjectToMoneySanctions } from '../rules/employer-kind.ts';
import { provinceListScope } from '../rules/access.ts';
import { lateReport, mustReport } from '../rules/late-report.ts';
import { firstVersionOf, latestVersionPerYear } from '../rules/report-versions.ts';

export const lateWorkforceReports: QueryResolvers['lateWorkforceReports'] = async (
  _,
  { year, asOf, province },
  ctx,
) => {
  const scope = provinceListScope(ctx.identity, province ?? null);
  if (!scope) throw forbidden('The late reports are listed to CPIs (their province) and the Region');
  const reports = await ctx.stores.obligations.reportsUpTo(year, scope.province);
  const byEmployer = new Map<string, typeof reports>();
  for (const r of reports) byEmployer.set(r.employerId, [...(byEmployer.get(r.employerId) ?? []), r]);
  const late: LateWorkforceReportRow[] = [];
  const kinds = new Map(
    (await Promise.all([...byEmployer.keys()].map((id) => ctx.loaders.employerById.load(id)))).flatMap((e) =>
      e ? [[e.id, e.kind] as const] : [],
    ),
  );
  for (const [employerId, rows] of byEmployer) {
    // Art. 15 c.1 sanctions private employers and public economic bodies only.
    const kind = kinds.get(employerId);
    if (kind === undefined || !subjectToMoneySanctions(kind)) continue;
    const earlier = latestVersionPerYear(rows).map((r) => ({
      year: r.year,
      disabledQuota: r.obligation.disabledQuota,
      art18Quota: r.obligation.art18Quota,
    }));
    if (!mustReport(year, earlier)) continue;
    const first = firstVersionOf(rows, year);
    // A report filed after the date asked was still missing on that date.
    const filedOn = first && first.submittedOn <= asOf ? first.submittedOn : null;
    const found = lateReport(year, filedOn, asOf, L68_AMOUNTS);
    if (found) late.push({ ...found, employerId });
  }
  return late.sort((a, b) => b.daysLate - a.daysLate || a.employerId.localeCompare(b.employerId));
};
