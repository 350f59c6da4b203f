import { sql } from 'drizzle-orm';
import {
  keyOfRow,
  latticeBounds,
  latticeColumns,
  num,
  periodColumns,
  rowsOf,
  type LatticeInput,
  type LatticeRow,
  type MeasuredCell,
} from '@reg/indicators';
import type { Database } from '@reg/db';
import { agreements, exemptions, referralRequests, referrals, suspensions, type tables } from './tables.ts';

type Row = LatticeRow & Record<string, unknown>;

/** The measures of the L. 68/1999 family, in their published order. */
export const L68_MEASURES = [
  'requestsNominative',
  'requestsNumeric',
  'referredPeople',
  'referralsNominative',
  'referralsNumeric',
  'hiredPeople',
  'hiresNominative',
  'hiresNumeric',
  'exemptions',
  'agreements',
  'suspensions',
] as const;

/** The measures that count people (referrals and hires): each is suppressed when small (health data, threshold 5). */
export const L68_PERSON_MEASURES = [
  'referredPeople',
  'referralsNominative',
  'referralsNumeric',
  'hiredPeople',
  'hiresNominative',
  'hiresNumeric',
] as const;

/**
 * The L. 68/1999 acts a Region reports (INAPP report to Parliament; DOMAIN.md "Monitoring"), one statement over
 * one row per act: requests by filing day, referrals (avviamenti) by the referral day and hires by the outcome's day,
 * nominative or numeric as the request was; partial exemptions (art. 5 c.3), suspensions (art. 3 c.5) and
 * agreements (art. 11) by the day they start. All in the province of the act, by year, quarter, month and province.
 */
export function createIndicatorStore(db: Database<typeof tables>) {
  return {
    async l68({ from, to, scope }: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end } = latticeBounds(from, to);
      const inScope = (province: unknown) =>
        scope.province === null ? sql`true` : sql`${province} = ${scope.province}`;
      const rows = rowsOf<Row>(
        await db.execute(sql`
        select ${latticeColumns(false)},
          count(distinct person_id) as people,
          count(*) filter (where act = 'REQUEST' and kind = 'NOMINATIVE') as requests_nominative,
          count(*) filter (where act = 'REQUEST' and kind = 'NUMERIC') as requests_numeric,
          count(distinct person_id) filter (where act = 'REFERRAL') as referred_people,
          count(*) filter (where act = 'REFERRAL' and kind = 'NOMINATIVE') as referrals_nominative,
          count(*) filter (where act = 'REFERRAL' and kind = 'NUMERIC') as referrals_numeric,
          count(distinct person_id) filter (where act = 'HIRE') as hired_people,
          count(*) filter (where act = 'HIRE' and kind = 'NOMINATIVE') as hires_nominative,
          count(*) filter (where act = 'HIRE' and kind = 'NUMERIC') as hires_numeric,
          count(*) filter (where act = 'EXEMPTION') as exemptions,
          count(*) filter (where act = 'AGREEMENT') as agreements,
          count(*) filter (where act = 'SUSPENSION') as suspensions
        from (
          select ${periodColumns(sql`on_day`)}, province, null::text as provider_kind, null::text as provider_id,
            act, kind, person_id
          from (
            select 'REQUEST' as act, q.kind, null::text as person_id, q.filed_on as on_day, q.province
            from ${referralRequests} q where ${inScope(sql`q.province`)}
            union all
            select 'REFERRAL', q.kind, r.person_id, r.referred_on, q.province
            from ${referrals} r join ${referralRequests} q on q.id = r.request_id where ${inScope(sql`q.province`)}
            union all
            select 'HIRE', q.kind, r.person_id, r.outcome_on, q.province
            from ${referrals} r join ${referralRequests} q on q.id = r.request_id
            where r.outcome = 'HIRED' and r.outcome_on is not null and ${inScope(sql`q.province`)}
            union all
            select 'EXEMPTION', null, null, x.valid_from, x.province from ${exemptions} x where ${inScope(sql`x.province`)}
            union all
            select 'AGREEMENT', null, null, a.starts_on, a.province from ${agreements} a where ${inScope(sql`a.province`)}
            union all
            select 'SUSPENSION', null, null, s.valid_from, s.province from ${suspensions} s where ${inScope(sql`s.province`)}
          ) acts
          where on_day >= ${start} and on_day < ${end}
        ) s
        group by y, rollup(q, m), rollup(province), provider_kind, provider_id`),
      );
      return rows.map((r) => {
        const measures = {
          requestsNominative: num(r['requests_nominative']),
          requestsNumeric: num(r['requests_numeric']),
          referredPeople: num(r['referred_people']),
          referralsNominative: num(r['referrals_nominative']),
          referralsNumeric: num(r['referrals_numeric']),
          hiredPeople: num(r['hired_people']),
          hiresNominative: num(r['hires_nominative']),
          hiresNumeric: num(r['hires_numeric']),
          exemptions: num(r['exemptions']),
          agreements: num(r['agreements']),
          suspensions: num(r['suspensions']),
        } satisfies Record<(typeof L68_MEASURES)[number], number | null>;
        return {
          ...keyOfRow(r),
          people: num(r['people'])!,
          // Counts of acts of employers (requests, exemptions, agreements, suspensions) are not about people.
          personCounts: L68_PERSON_MEASURES.map((m) => measures[m] ?? 0),
          measures,
        };
      });
    },
  };
}

export type IndicatorStore = ReturnType<typeof createIndicatorStore>;
