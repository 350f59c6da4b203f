import { conflict, notFound, type RowProblem } from '@reg/errors';
import { rowChecked } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { SubmitWorkforceReportInput } from '../generated/graphql.ts';
import { canReadEmployer } from '../rules/access.ts';
import type { NewWorkforceReport, WorkforceReportRecord } from '../store/obligation-store.ts';
import { checkedWorkforceReport } from './workforce-report.ts';

/** Rows per call; a report of a few rows of workers is under 1 KB (the body limit bounds a call further). */
export const MAX_REPORT_IMPORT_ROWS = 200;

export type ReportImportOutcome =
  | { index: number; status: 'CREATED'; report: WorkforceReportRecord }
  | { index: number; status: 'REJECTED'; problems: RowProblem[] };

/**
 * importWorkforceReports: each row checked as submitWorkforceReport checks it (use-cases/workforce-report.ts), the
 * employers and their sites read once for the call through the loaders, then the accepted reports written in one
 * transaction with one multi-row INSERT (each a new version, as the single mutation makes; not idempotent, like it).
 * A rejected row stops nothing. Each report written gets its WRITE audit row, after the call's ATTEMPT row.
 */
export async function importWorkforceReports(ctx: Context, rows: readonly SubmitWorkforceReportInput[], today: string) {
  const { identity, loaders } = ctx;
  const readable = [...new Set(rows.map((r) => r.employerId).filter((id) => canReadEmployer(identity, id)))];
  const [employers, sites] = await Promise.all([
    loaders.employerById.loadMany(readable),
    loaders.sitesByEmployer.loadMany(readable),
  ]);
  const found = new Map(
    readable.flatMap((id, i) => {
      const employer = employers[i];
      const siteList = sites[i];
      if (employer instanceof Error) throw employer;
      if (siteList instanceof Error) throw siteList;
      if (!employer) return [];
      const presence = new Set([employer.province, ...siteList!.map((s) => s.province)]);
      return [[id, { employer, presence }] as const];
    }),
  );
  const outcomes: ReportImportOutcome[] = [];
  const accepted: Array<{ index: number; report: NewWorkforceReport }> = [];
  rows.forEach((input, index) => {
    const check = rowChecked(() => {
      const employer = found.get(input.employerId);
      if (!employer) throw notFound('Employer', input.employerId);
      return checkedWorkforceReport(identity, input, employer, today);
    });
    if (check.ok) accepted.push({ index, report: check.value });
    else outcomes.push({ index, status: 'REJECTED', problems: [check.problem] });
  });
  const written = await ctx.stores.obligations.submitReports(accepted.map((a) => a.report));
  if (!written)
    throw conflict('A report of this call was submitted meanwhile: nothing was written, send the call again', {
      field: 'rows',
    });
  accepted.forEach(({ index }, i) => {
    const report = written[i]!;
    ctx.audit.write('WorkforceReport', report.id, ['importWorkforceReports'], null);
    outcomes.push({ index, status: 'CREATED', report });
  });
  outcomes.sort((a, b) => a.index - b.index);
  ctx.logger.info({ rows: rows.length, created: accepted.length }, 'workforce reports imported');
  return outcomes;
}
