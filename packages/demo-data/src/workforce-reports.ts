import type { GatewayRequest } from './gateway-client.ts';
import type { Random } from './random.ts';
import type { DemoEmployer } from './types.ts';

/**
 * The annual workforce reports (prospetto informativo, L. 68/1999 art. 9 c.6) of the demo employers, so their
 * obligations are not zero: every employer with 15 or more on the payroll reports the situation at 31 December of
 * the year before the demo's today, received on 20 January (within the 31 January term). Some of the people it
 * employs were hired under L. 68/1999 and cover part of the quota, never all of it, so the region shows uncovered
 * positions, deadlines and sanctions running (art. 9 c.1, art. 15 c.4).
 */
export interface DemoWorkforceReport {
  key: string;
  employerKey: string;
  year: number;
  submittedOn: string;
  /** The prospetto's rows: the staff of the registered office's province, those hired under L. 68 apart. */
  workers: Array<{
    count: number;
    contract: 'PERMANENT';
    province: string;
    protected?: { category: 'DISABLED'; hiredUnderL68: true; capacityReductionPercent: number };
  }>;
}

/** The disability quota of art. 3 c.1 on a head count, roughly (the graph computes the real one). */
const roughQuota = (n: number) => (n < 15 ? 0 : n <= 35 ? 1 : n <= 50 ? 2 : Math.round(n * 0.07));

export function generateWorkforceReports(
  random: Random,
  employers: readonly DemoEmployer[],
  today: string,
): DemoWorkforceReport[] {
  const year = Number(today.slice(0, 4)) - 1;
  const received = `${year + 1}-01-20`;
  if (received > today) return [];
  return employers
    .filter((e) => e.employees >= 15)
    .map((e) => {
      const quota = roughQuota(e.employees);
      const covered = random.int(0, Math.max(0, quota - 1));
      return {
        key: `${e.key}-report-${year}`,
        employerKey: e.key,
        year,
        submittedOn: received,
        workers: [
          { count: e.employees - covered, contract: 'PERMANENT' as const, province: e.province },
          ...(covered > 0
            ? [
                {
                  count: covered,
                  contract: 'PERMANENT' as const,
                  province: e.province,
                  protected: {
                    category: 'DISABLED' as const,
                    hiredUnderL68: true as const,
                    capacityReductionPercent: 67,
                  },
                },
              ]
            : []),
        ],
      };
    });
}

export const submitWorkforceReportOperation =
  'mutation SubmitWorkforceReport($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { id } }';

/** submitWorkforceReport's input for a demo report (also a row of importWorkforceReports). */
export const workforceReportInput = (report: DemoWorkforceReport, employerId: string) => ({
  employerId,
  year: report.year,
  submittedOn: report.submittedOn,
  workforce: { workers: report.workers },
});

/** Each report by the CPI of the employer's province (only a CPI may date a receipt other than today). */
export async function loadWorkforceReport(
  request: GatewayRequest,
  cpiToken: string,
  report: DemoWorkforceReport,
  employerId: string,
): Promise<void> {
  await request(cpiToken, 'submitWorkforceReport', report.key, submitWorkforceReportOperation, {
    input: workforceReportInput(report, employerId),
  });
}
