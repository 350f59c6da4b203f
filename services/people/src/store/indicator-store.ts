import { sql } from 'drizzle-orm';
import {
  keyOfRow,
  latticeBounds,
  latticeColumns,
  latticeGroupBy,
  num,
  periodColumns,
  rowsOf,
  type LatticeInput,
  type LatticeRow,
  type MeasuredCell,
} from '@reg/indicators';
import type { Database } from '@reg/db';
import {
  enrolments,
  enrolmentTransitions,
  persons,
  profilings,
  servicePacts,
  takeInCharges,
  type tables,
  unemploymentEvents,
} from './tables.ts';

type Row = LatticeRow & Record<string, unknown>;

/** One SQL statement per family computing its whole lattice (see @reg/indicators latticeGroupBy). */
export function createIndicatorStore(db: Database<typeof tables>) {
  return {
    /**
     * Enrolments accepted in the period (the legal date of the acceptance act, else the day it was recorded in
     * Europe/Rome), in the enrolment's province. No provider: the provider columns are the constant total.
     */
    async enrolments({ from, to, scope }: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end } = latticeBounds(from, to);
      const rows = rowsOf<Row>(
        await db.execute(sql`
        select ${latticeColumns(false)}, count(distinct person_id) as people, count(*) as enrolments
        from (
          select ${periodColumns(sql`accepted_on`)}, province, null::text as provider_kind, null::text as provider_id, person_id
          from (
            select e.person_id, e.province, coalesce(t.on, (t.at at time zone 'Europe/Rome')::date) as accepted_on
            from ${enrolmentTransitions} t join ${enrolments} e on e.id = t.enrolment_id
            where t.to_status = 'ACCEPTED' and ${scope.province === null ? sql`true` : sql`e.province = ${scope.province}`}
          ) accepted
          where accepted_on >= ${start} and accepted_on < ${end}
        ) s
        group by y, rollup(q, m), rollup(province), provider_kind, provider_id`),
      );
      return rows.map((r) => ({
        ...keyOfRow(r),
        people: num(r['people'])!,
        personCounts: [num(r['people'])!],
        measures: { enrolments: num(r['enrolments']) },
      }));
    },

    /**
     * Take-in-charges in the period, in the person's province of residence, at the provider, counted only once the
     * definition of the national monitoring holds (DOMAIN.md Monitoring): DID (the person's first declaration of
     * immediate availability on record, D.Lgs. 150/2015 art. 19), assessment (a quantitative profiling), basic orientation (a qualitative profiling, its
     * output) and a signed pact. It counts on the day the last of them and the start are all there, if the
     * take-in-charge had not ended before that day; one missing element keeps it out.
     */
    async takenInCharge({ from, to, scope }: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end } = latticeBounds(from, to);
      const rows = rowsOf<Row>(
        await db.execute(sql`
        select ${latticeColumns(false)}, count(distinct person_id) as people, count(*) as take_in_charges
        from (
          select ${periodColumns(sql`completed_on`)}, province, provider_kind, provider_id, person_id
          from (
            select p.residence_province as province, coalesce(t.provider_kind, 'UNKNOWN') as provider_kind, t.provider_id, t.person_id, t.ended_on,
              did.on as did_on, qa.on as assessed_on, ql.on as oriented_on, pact.on as pact_on,
              greatest(t.started_on, did.on, qa.on, ql.on, pact.on) as completed_on
            from ${takeInCharges} t
            join ${persons} p on p.id = t.person_id
            cross join lateral (
              select min(u.on) as on from ${unemploymentEvents} u
              where u.person_id = t.person_id and u.kind = 'DECLARATION') did
            cross join lateral (select min(f.on) as on from ${profilings} f where f.person_id = t.person_id and f.kind = 'QUANTITATIVE') qa
            cross join lateral (select min(f.on) as on from ${profilings} f where f.person_id = t.person_id and f.kind = 'QUALITATIVE') ql
            cross join lateral (select min(sp.signed_on) as on from ${servicePacts} sp where sp.person_id = t.person_id and sp.status = 'SIGNED') pact
            where ${scope.province === null ? sql`true` : sql`p.residence_province = ${scope.province}`}
              and ${scope.provider === null ? sql`true` : sql`t.provider_id = ${scope.provider}`}
          ) candidate
          where did_on is not null and assessed_on is not null and oriented_on is not null and pact_on is not null
            and (ended_on is null or completed_on <= ended_on)
            and completed_on >= ${start} and completed_on < ${end}
        ) s
        ${latticeGroupBy(false)}`),
      );
      return rows.map((r) => ({
        ...keyOfRow(r),
        people: num(r['people'])!,
        personCounts: [num(r['people'])!],
        measures: { takeInCharges: num(r['take_in_charges']) },
      }));
    },
  };
}

export type IndicatorStore = ReturnType<typeof createIndicatorStore>;
