import type { GatewayRequest } from './gateway-client.ts';
import type { DemoEmployer } from './types.ts';
import type { DemoWorkforceReport } from './workforce-reports.ts';

/**
 * A referral (avviamento, L. 68/1999 arts. 7 and 9) in the demo region, so a CPI sees the act it is there for: the
 * CPI of Milan files the numeric request itself for the private employer of its province with the largest reported
 * quota (its 60-day term ran out on 1 March, art. 9 c.1), refers the first of its ranking list, records that the
 * person refused without a justified reason on the employer's behalf, and refers the next one, whose outcome waits.
 * A hire is not shown: its placement would start after the demo's today.
 */
export function referralEmployer(
  employers: readonly DemoEmployer[],
  reports: readonly DemoWorkforceReport[],
  province = 'MI',
): DemoEmployer | null {
  const reported = new Set(reports.map((r) => r.employerKey));
  return (
    employers
      .filter((e) => e.province === province && e.kind === 'PRIVATE' && reported.has(e.key))
      .sort((a, b) => b.employees - a.employees || a.key.localeCompare(b.key))[0] ?? null
  );
}

const operations = {
  file: 'mutation DemoFileReferralRequest($input: FileReferralRequestInput!) { fileReferralRequest(input: $input) { id } }',
  refer:
    'mutation DemoReferFromRankingList($input: ReferFromRankingListInput!) { referFromRankingList(input: $input) { referrals { id outcome } } }',
  outcome:
    'mutation DemoRecordReferralOutcome($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id } }',
};

/** Five requests in all, by the CPI of the province; nothing when no employer of it reported. */
export async function loadReferrals(
  request: GatewayRequest,
  cpiToken: string,
  employer: DemoEmployer,
  employerId: string,
  referenceDate: string,
): Promise<void> {
  const key = `${employer.key}-referral`;
  const filed = await request<{ fileReferralRequest: { id: string } }>(
    cpiToken,
    'fileReferralRequest',
    key,
    operations.file,
    {
      input: {
        employerId,
        province: employer.province,
        category: 'DISABLED',
        qualification: 'Addetto/a ai servizi generali',
        kind: 'NUMERIC',
        positions: 1,
        idempotencyKey: key,
      },
    },
  );
  const requestId = filed.fileReferralRequest.id;
  const refer = (act: string) =>
    request<{ referFromRankingList: { referrals: Array<{ id: string; outcome: string | null }> } }>(
      cpiToken,
      'referFromRankingList',
      `${key}-${act}`,
      operations.refer,
      { input: { requestId, referenceDate, idempotencyKey: `${key}-${act}` } },
    );
  const first = (await refer('act-1')).referFromRankingList.referrals[0];
  if (!first) return;
  await request(cpiToken, 'recordReferralOutcome', `${key}-outcome-1`, operations.outcome, {
    input: { referralId: first.id, outcome: 'NOT_HIRED', reason: 'PERSON_DECLINED_WITHOUT_REASON' },
  });
  await refer('act-2');
}
