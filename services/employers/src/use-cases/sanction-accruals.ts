import { addDays, addMonths } from '@reg/calendar';
import type { Context } from '../context.ts';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import { fromCents, toCents } from '../rules/dated-amount.ts';
import { subjectToMoneySanctions } from '../rules/employer-kind.ts';
import { lateReportAccrued, mustReport, reportDueDate } from '../rules/late-report.ts';
import { dailyAccruals } from '../rules/obligation-status.ts';
import { firstVersionOf, latestVersionPerYear } from '../rules/report-versions.ts';
import type { MonthlySanction } from '../rules/sanction-indicators.ts';
import { obligationFactsOf, presenceOf, statusProvinces } from '../resolvers/obligation-context.ts';

/** The months (YYYY-MM-01) from `start` up to `last`. */
function monthsOf(start: string, last: string): string[] {
  const months: string[] = [];
  for (let m = `${start.slice(0, 7)}-01`; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * The L. 68/1999 sanctions accrued per employer, province and month from `start` to `last` (inclusive, `last` at
 * most today: accrued, not projected), computed by the rules that give the per-employer figures:
 * - art. 15 c.4 (uncovered quota): `dailyAccruals`, the days `obligationStatus` prices, in each province where
 *   the employer has a status (presence or a reported quota);
 * - art. 15 c.1 (late workforce report): `lateReportAccrued` over `lateReport`, for each year `mustReport` asks a
 *   report for, in the province of the registered office (where the report is filed), as `lateWorkforceReports`.
 * Both only for private employers and public economic bodies (art. 15 c.1 and c.4). Employers with no workforce
 * report on file have neither. `province` limits to one province (a CPI's scope).
 */
export async function sanctionAccruals(
  ctx: Context,
  { start, last, province }: { start: string; last: string; province: string | null },
): Promise<MonthlySanction[]> {
  if (last < start) return [];
  const reports = await ctx.stores.obligations.reportsUpTo(Number(last.slice(0, 4)), province);
  const employerIds = [...new Set(reports.map((r) => r.employerId))];
  const employers = await Promise.all(employerIds.map((id) => ctx.loaders.employerById.load(id)));
  const months = monthsOf(start, last);
  const perEmployer = await Promise.all(
    employers.map(async (employer): Promise<MonthlySanction[]> => {
      if (!employer || !subjectToMoneySanctions(employer.kind)) return [];
      const found: MonthlySanction[] = [];
      const provinces = (await statusProvinces(ctx, employer, await presenceOf(ctx, employer))).filter(
        (p) => province === null || p === province,
      );
      for (const p of provinces) {
        const byMonth = new Map<string, number | null>();
        for (const { day, cents } of dailyAccruals(await obligationFactsOf(ctx, employer, p), start, last)) {
          const month = day.slice(0, 7);
          const sum = byMonth.get(month) ?? 0;
          byMonth.set(month, sum === null || cents === null ? null : sum + cents);
        }
        for (const [month, cents] of byMonth)
          found.push({ employerId: employer.id, province: p, month, euros: cents === null ? null : fromCents(cents) });
      }
      if (province !== null && employer.province !== province) return found;
      const rows = await ctx.loaders.reportsByEmployer.load(employer.id);
      const earlier = latestVersionPerYear(rows).map((r) => ({
        year: r.year,
        disabledQuota: r.obligation.disabledQuota,
        art18Quota: r.obligation.art18Quota,
      }));
      const byMonth = new Map<string, number | null>();
      for (let year = Math.min(...earlier.map((r) => r.year)) + 1; reportDueDate(year) < last; year++) {
        if (!mustReport(year, earlier)) continue;
        const filedOn = firstVersionOf(rows, year)?.submittedOn ?? null;
        for (const month of months) {
          const monthEnd = addDays(addMonths(month, 1), -1);
          const euros = lateReportAccrued(
            year,
            filedOn,
            month < start ? start : month,
            monthEnd > last ? last : monthEnd,
            L68_AMOUNTS,
          );
          if (euros === 0) continue;
          const key = month.slice(0, 7);
          const sum = byMonth.get(key) ?? 0;
          byMonth.set(key, sum === null || euros === null ? null : sum + toCents(euros));
        }
      }
      for (const [month, cents] of byMonth)
        found.push({
          employerId: employer.id,
          province: employer.province,
          month,
          euros: cents === null ? null : fromCents(cents),
        });
      return found;
    }),
  );
  return perEmployer.flat();
}
