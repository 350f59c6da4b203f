import type { GatewayRequest } from './gateway-client.ts';
import type { DemoEmployer, DemoEnrolment, DemoPerson, DemoPlacement, DemoVacancy } from './types.ts';
import type { DemoWorkforceReport } from './workforce-reports.ts';

/**
 * A referral (avviamento, L. 68/1999 arts. 7 and 9) in the demo region, so a CPI sees the act it is there for: the
 * CPI of Milan files the numeric request itself for the private employer of its province with the largest reported
 * quota (its 60-day term ran out on 1 March, art. 9 c.1), refers the first of its ranking list, records that the
 * person refused without a justified reason on the employer's behalf, and refers the next one, whose outcome waits.
 * Then the same employer asks by name (art. 7 c.1, nominative, for its reserved vacancy when it has one) for a person
 * of the list, the CPI refers them and the employer records the hire (nominativeReferral below).
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
    'mutation DemoReferFromRankingList($input: ReferFromRankingListInput!) { referFromRankingList(input: $input) { referrals { id outcome referredOn person { id } } } }',
  placement:
    'mutation DemoReferralPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id quotaStatus } }',
  confirm: 'mutation DemoConfirmReferralHire($id: ID!) { confirmQuotaPlacement(placementId: $id) { id } }',
  outcome:
    'mutation DemoRecordReferralOutcome($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id } }',
};

type Referred = { id: string; outcome: string | null; referredOn: string; person: { id: string } | null };

/** Five requests in all, by the CPI of the province; answers the people referred (their ids). */
export async function loadReferrals(
  request: GatewayRequest,
  cpiToken: string,
  employer: DemoEmployer,
  employerId: string,
  referenceDate: string,
): Promise<string[]> {
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
    request<{ referFromRankingList: { referrals: Referred[] } }>(
      cpiToken,
      'referFromRankingList',
      `${key}-${act}`,
      operations.refer,
      { input: { requestId, referenceDate, idempotencyKey: `${key}-${act}` } },
    );
  const first = (await refer('act-1')).referFromRankingList.referrals[0];
  if (!first) return [];
  await request(cpiToken, 'recordReferralOutcome', `${key}-outcome-1`, operations.outcome, {
    input: { referralId: first.id, outcome: 'NOT_HIRED', reason: 'PERSON_DECLINED_WITHOUT_REASON' },
  });
  const all = (await refer('act-2')).referFromRankingList.referrals;
  return all.flatMap((r) => (r.person ? [r.person.id] : []));
}

/**
 * Whom the employer names: a person of the employer's province on the disability list (accepted), not placed in
 * the dataset (their status is intact), first by key; the loader leaves out those the numeric request referred.
 */
export function nominativeCandidates(
  employer: DemoEmployer,
  facts: { people: readonly DemoPerson[]; enrolments: readonly DemoEnrolment[]; placements: readonly DemoPlacement[] },
): DemoPerson[] {
  const placed = new Set(facts.placements.map((p) => p.personKey));
  const listed = new Set(
    facts.enrolments.filter((e) => e.list === 'DISABILITY' && e.status === 'ACCEPTED').map((e) => e.personKey),
  );
  return facts.people
    .filter((p) => p.residenceProvince === employer.province && listed.has(p.key) && !placed.has(p.key))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The employer's reserved vacancy for the disability quota in its province, when it has one. */
export function reservedVacancyOf(employer: DemoEmployer, vacancies: readonly DemoVacancy[]): DemoVacancy | null {
  return (
    vacancies.find(
      (v) => v.employerKey === employer.key && v.province === employer.province && v.reservedFor === 'DISABLED',
    ) ?? null
  );
}

/**
 * A nominative request ending in a hire (L. 68/1999 art. 7 c.1): the employer files it naming the person, the CPI
 * refers them, the CPI records the placement (permanent, counting toward the quota) and the employer the outcome
 * HIRED. The referral's day is the server's today (referFromRankingList takes no day), and a hire may not start
 * before it nor in the future: the placement starts on the referral's day, so this hire is dated the day of the
 * load, not in the dataset's past.
 */
export async function loadNominativeReferral(
  request: GatewayRequest,
  tokens: { cpi: string; employer: string },
  employer: DemoEmployer,
  ids: { employerId: string; personId: string; fiscalCode: string; vacancyId: string | null },
  referenceDate: string,
): Promise<void> {
  const key = `${employer.key}-nominative`;
  const filed = await request<{ fileReferralRequest: { id: string } }>(
    tokens.employer,
    'fileReferralRequest',
    key,
    operations.file,
    {
      input: {
        employerId: ids.employerId,
        ...(ids.vacancyId
          ? { vacancyId: ids.vacancyId }
          : { province: employer.province, category: 'DISABLED', qualification: 'Impiegato/a amministrativo/a' }),
        kind: 'NOMINATIVE',
        positions: 1,
        nominees: [ids.fiscalCode],
        idempotencyKey: key,
      },
    },
  );
  const referred = await request<{ referFromRankingList: { referrals: Referred[] } }>(
    tokens.cpi,
    'referFromRankingList',
    `${key}-act`,
    operations.refer,
    { input: { requestId: filed.fileReferralRequest.id, referenceDate, idempotencyKey: `${key}-act` } },
  );
  const referral = referred.referFromRankingList.referrals[0];
  if (!referral) throw new Error(`demo load: the nominative request ${key} referred nobody`);
  const placed = await request<{ recordPlacement: { id: string; quotaStatus: string | null } }>(
    tokens.cpi,
    'recordPlacement',
    `${key}-hire`,
    operations.placement,
    {
      input: {
        idempotencyKey: `${key}-hire`,
        personId: ids.personId,
        employerId: ids.employerId,
        vacancyId: ids.vacancyId,
        contract: 'PERMANENT',
        startedOn: referral.referredOn,
        countsTowardQuota: true,
      },
    },
  );
  if (placed.recordPlacement.quotaStatus === 'PENDING')
    await request(tokens.cpi, 'confirmQuotaPlacement', `${key}-hire`, operations.confirm, {
      id: placed.recordPlacement.id,
    });
  await request(tokens.employer, 'recordReferralOutcome', `${key}-outcome`, operations.outcome, {
    input: {
      referralId: referral.id,
      outcome: 'HIRED',
      placementId: placed.recordPlacement.id,
      on: referral.referredOn,
    },
  });
}
