import { sql } from 'drizzle-orm';
import { keyOfRow, latticeBounds, latticeColumns, latticeGroupBy, num, periodColumns, rowsOf, type IndicatorScope, type LatticeRow, type MeasuredCell } from '@reg/indicators';
import type { Database } from '@reg/db';
import { enrolments, enrolmentTransitions, persons, takeInCharges, type tables } from './tables.ts';

export interface LatticeInput { from: string; to: string; scope: IndicatorScope }
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
      const rows = rowsOf<Row>(await db.execute(sql`
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
        group by y, rollup(q, m), rollup(province), provider_kind, provider_id`));
      return rows.map((r) => ({ ...keyOfRow(r), people: num(r['people'])!, personCounts: [num(r['people'])!], measures: { enrolments: num(r['enrolments']) } }));
    },

    /** Take-in-charges started in the period, in the person's province of residence, at the provider. */
    async takenInCharge({ from, to, scope }: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end } = latticeBounds(from, to);
      const rows = rowsOf<Row>(await db.execute(sql`
        select ${latticeColumns(false)}, count(distinct person_id) as people, count(*) as take_in_charges
        from (
          select ${periodColumns(sql`t.started_on`)}, p.residence_province as province, coalesce(t.provider_kind, 'UNKNOWN') as provider_kind, t.provider_id, t.person_id
          from ${takeInCharges} t join ${persons} p on p.id = t.person_id
          where t.started_on >= ${start} and t.started_on < ${end}
            and ${scope.province === null ? sql`true` : sql`p.residence_province = ${scope.province}`}
            and ${scope.provider === null ? sql`true` : sql`t.provider_id = ${scope.provider}`}
        ) s
        ${latticeGroupBy(false)}`));
      return rows.map((r) => ({ ...keyOfRow(r), people: num(r['people'])!, personCounts: [num(r['people'])!], measures: { takeInCharges: num(r['take_in_charges']) } }));
    },
  };
}

export type IndicatorStore = ReturnType<typeof createIndicatorStore>;
