import { addDays, addMonths } from '@reg/calendar';
import { type SQL, sql } from 'drizzle-orm';
import { unemploymentFacts } from '../use-cases/unemployment.ts';
import { targetGroupsOfDay, targetGroupsOn, type TargetGroupsOfDay } from '../rules/target-groups.ts';
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

/** One counted event (an acceptance, a take-in-charge) before its person's target groups are known. */
interface EventRow {
  person_id: string;
  event_on: string;
  province: string;
  provider_kind: string | null;
  provider_id: string | null;
  /** On the L. 68/1999 art. 1 list that day; postgres.js answers a boolean, PGlite may too. */
  disabled: boolean | string | null;
}

/**
 * The reference days of the stock over the lattice's whole years: each month's last day (today for the month
 * under way), labelled with the month and with the quarter and year it closes (or that are under way today).
 */
export function stockReferenceDays(from: string, to: string, today: string): Array<{ ref: string; periods: string[] }> {
  const { start, end } = latticeBounds(from, to);
  const days: Array<{ ref: string; periods: string[] }> = [];
  for (let year = Number(start.slice(0, 4)); year < Number(end.slice(0, 4)); year++)
    for (let month = 1; month <= 12; month++) {
      const first = `${year}-${String(month).padStart(2, '0')}-01`;
      if (first > today) return days;
      const last = addDays(addMonths(first, 1), -1);
      const current = last >= today;
      const periods = [first.slice(0, 7)];
      if (month % 3 === 0 || current) periods.push(`${year}-Q${Math.ceil(month / 3)}`);
      if (month === 12 || current) periods.push(String(year));
      days.push({ ref: current ? today : last, periods });
    }
  return days;
}

/** The legal date of an enrolment act, else the day it was recorded in Europe/Rome. */
const decidedOn = (t: SQL) => sql`coalesce(${t}.on, (${t}.at at time zone 'Europe/Rome')::date)`;

/**
 * Whether the person is on a list on the day: the enrolment's latest act on or before it (by legal date, then
 * order of recording) is its acceptance. A cancellation, a rejection or a transfer away ends it.
 */
export const enrolledOn = (personId: SQL, on: SQL, list: 'DISABILITY' | 'ART18') => sql`exists (
  select 1 from ${enrolments} le
  where le.person_id = ${personId} and le.list = ${list}
    and (select lt.to_status from ${enrolmentTransitions} lt
         where lt.enrolment_id = le.id and ${decidedOn(sql`lt`)} <= ${on}
         order by ${decidedOn(sql`lt`)} desc, lt.id desc limit 1) = 'ACCEPTED')`;

/** A person and a day whose target groups are asked. */
export interface TargetGroupAsk {
  personId: string;
  on: string;
}
export const targetGroupAsk = (a: TargetGroupAsk) => `${a.personId}|${a.on}`;

/** postgres.js answers a boolean, PGlite may answer 't'. */
const isTrue = (v: boolean | string | null) => v === true || v === 't';

/** One SQL statement per family computing its whole lattice (see @reg/indicators latticeGroupBy). */
export function createIndicatorStore(db: Database<typeof tables>) {
  /** Sex, birth date and unemployment facts of each person: what the target-group rules read besides the lists. */
  async function personFacts(personIds: readonly string[]) {
    const ids = JSON.stringify([...new Set(personIds)]);
    const [people, unemployment] = await Promise.all([
      db
        .select({ id: persons.id, sex: persons.sex, birthDate: persons.birthDate })
        .from(persons)
        .where(sql`${persons.id} in (select jsonb_array_elements_text(${ids}::jsonb))`),
      db
        .select()
        .from(unemploymentEvents)
        .where(sql`${unemploymentEvents.personId} in (select jsonb_array_elements_text(${ids}::jsonb))`),
    ]);
    const eventsOf = new Map<string, typeof unemployment>();
    for (const u of unemployment) {
      const list = eventsOf.get(u.personId);
      if (list) list.push(u);
      else eventsOf.set(u.personId, [u]);
    }
    // The facts once per person: the stock has a row per person and month.
    return new Map(
      people.map((p) => [
        p.id,
        { sex: p.sex, birthDate: p.birthDate, unemployment: unemploymentFacts(eventsOf.get(p.id) ?? []) },
      ]),
    );
  }

  /**
   * The target groups of each event's person on the event's day (rules/target-groups.ts: the rule is TypeScript,
   * so the facts come to Node, one row per person), then the whole lattice in one statement over the events: every
   * event counts in the total (target group null) and in its group on each target dimension.
   */
  async function classify<E extends EventRow>(
    events: readonly E[],
    withTargets: boolean,
  ): Promise<Array<E & { groups: string[] }>> {
    // The base lattice (an unsplit request) counts every event in the total only: no facts fetched, no rule run.
    if (!withTargets) return events.map((e) => ({ ...e, groups: [] }));
    const factsOf = await personFacts(events.map((e) => e.person_id));
    return events.map((e) => {
      const person = factsOf.get(e.person_id)!;
      return { ...e, groups: targetGroupsOn({ ...person, disabled: isTrue(e.disabled) }, e.event_on) };
    });
  }

  async function latticeOfEvents(
    events: readonly EventRow[],
    withProvider: boolean,
    withTargets: boolean,
  ): Promise<Row[]> {
    if (events.length === 0) return [];
    const classified = await classify(events, withTargets);
    return rowsOf<Row>(
      await db.execute(sql`
      select ${latticeColumns(false)}, target_group, count(distinct person_id) as people, count(*) as events
      from (
        select ${periodColumns(sql`e.event_on`)}, e.province, e.provider_kind, e.provider_id, e.person_id, g.target_group
        from jsonb_to_recordset(${JSON.stringify(classified)}::jsonb)
          as e(person_id text, event_on date, province text, provider_kind text, provider_id text, groups jsonb)
        cross join lateral (
          select null::text as target_group union all select jsonb_array_elements_text(e.groups)) g
      ) s
      group by y, rollup(q, m), rollup(province), ${sql.raw(withProvider ? 'rollup(provider_kind, provider_id)' : 'provider_kind, provider_id')}, target_group`),
    );
  }

  return {
    /**
     * The target groups of people on days, as the families above classify their events (the same rules, the same
     * list test as takenInCharge): for the outcomes subgraph to classify the services, paths and placements it
     * reports (Person.targetGroupsOn). Keyed by targetGroupAsk; people not on record are absent.
     */
    async targetGroupsOf(asks: readonly TargetGroupAsk[]): Promise<Map<string, TargetGroupsOfDay>> {
      if (asks.length === 0) return new Map();
      const [factsOf, listed] = await Promise.all([
        personFacts(asks.map((a) => a.personId)),
        db.execute(sql`
          select a.person_id, a.day::text as day, ${enrolledOn(sql`a.person_id`, sql`a.day`, 'DISABILITY')} as disabled
          from jsonb_to_recordset(${JSON.stringify(asks.map((a) => ({ person_id: a.personId, day: a.on })))}::jsonb)
            as a(person_id text, day date)`),
      ]);
      const answers = new Map<string, TargetGroupsOfDay>();
      for (const row of rowsOf<{ person_id: string; day: string; disabled: boolean | string | null }>(listed)) {
        const person = factsOf.get(row.person_id);
        if (person)
          answers.set(
            targetGroupAsk({ personId: row.person_id, on: row.day }),
            targetGroupsOfDay({ ...person, disabled: isTrue(row.disabled) }, row.day),
          );
      }
      return answers;
    },

    /**
     * People on the L. 68/1999 lists (either list) at the period's reference day: its last day, or today for the
     * period under way (periods starting after today have no stock), in the enrolment's province; target groups
     * on that day. A quarter's and a year's stock are those of their last month, so one reference day per month
     * is computed and labelled with every period it closes. Disabled: on the art. 1 list (else art. 18).
     */
    async enrolledStock(
      { from, to, scope, withTargets = false }: LatticeInput,
      today: string,
    ): Promise<MeasuredCell[]> {
      const refs = stockReferenceDays(from, to, today);
      if (refs.length === 0) return [];
      const stock = rowsOf<EventRow & { periods: string[] }>(
        await db.execute(sql`
        select e.person_id, r.ref::text as event_on, r.periods, e.province, null::text as provider_kind,
          null::text as provider_id, bool_or(e.list = 'DISABILITY') as disabled
        from jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) as r(ref date, periods jsonb)
        join ${enrolments} e on ${scope.province === null ? sql`true` : sql`e.province = ${scope.province}`}
        where (select lt.to_status from ${enrolmentTransitions} lt
               where lt.enrolment_id = e.id and ${decidedOn(sql`lt`)} <= r.ref
               order by ${decidedOn(sql`lt`)} desc, lt.id desc limit 1) = 'ACCEPTED'
        group by e.person_id, r.ref, r.periods, e.province`),
      );
      if (stock.length === 0) return [];
      const classified = await classify(stock, withTargets);
      const rows = rowsOf<Row>(
        await db.execute(sql`
        select p.period, province, null::text as provider_kind, null::text as provider_id, null::text as service_code,
          target_group, count(distinct person_id) as people
        from jsonb_to_recordset(${JSON.stringify(classified)}::jsonb)
          as e(person_id text, province text, periods jsonb, groups jsonb)
        cross join lateral jsonb_array_elements_text(e.periods) p(period)
        cross join lateral (select null::text as target_group union all select jsonb_array_elements_text(e.groups)) g
        group by p.period, rollup(province), target_group`),
      );
      return rows.map((r) => ({
        ...keyOfRow(r),
        people: num(r['people'])!,
        personCounts: [num(r['people'])!],
        measures: { enrolled: num(r['people']) },
      }));
    },

    /**
     * Enrolments accepted in the period (the legal date of the acceptance act, else the day it was recorded in
     * Europe/Rome), in the enrolment's province. No provider: the provider columns are the constant total.
     */
    async enrolments({ from, to, scope, withTargets = false }: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end } = latticeBounds(from, to);
      const events = rowsOf<EventRow>(
        await db.execute(sql`
        select person_id, accepted_on::text as event_on, province, null::text as provider_kind, null::text as provider_id,
          list = 'DISABILITY' as disabled
        from (
          select e.person_id, e.province, e.list, ${decidedOn(sql`t`)} as accepted_on
          from ${enrolmentTransitions} t join ${enrolments} e on e.id = t.enrolment_id
          where t.to_status = 'ACCEPTED' and ${scope.province === null ? sql`true` : sql`e.province = ${scope.province}`}
        ) accepted
        where accepted_on >= ${start} and accepted_on < ${end}`),
      );
      const rows = await latticeOfEvents(events, false, withTargets);
      return rows.map((r) => ({
        ...keyOfRow(r),
        people: num(r['people'])!,
        personCounts: [num(r['people'])!],
        measures: { enrolments: num(r['events']) },
      }));
    },

    /**
     * Take-in-charges in the period, in the person's province of residence, at the provider, counted only once the
     * definition of the national monitoring holds (DOMAIN.md Monitoring): DID (the person's first declaration of
     * immediate availability on record, D.Lgs. 150/2015 art. 19), assessment (a quantitative profiling), basic orientation (a qualitative profiling, its
     * output) and a signed pact. It counts on the day the last of them and the start are all there, if the
     * take-in-charge had not ended before that day; one missing element keeps it out. Disabled: on the L. 68/1999
     * art. 1 list that day.
     */
    async takenInCharge({ from, to, scope, withTargets = false }: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end } = latticeBounds(from, to);
      const events = rowsOf<EventRow>(
        await db.execute(sql`
        select person_id, completed_on::text as event_on, province, provider_kind, provider_id,
          ${withTargets ? enrolledOn(sql`candidate.person_id`, sql`completed_on`, 'DISABILITY') : sql`null::boolean`} as disabled
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
          and completed_on >= ${start} and completed_on < ${end}`),
      );
      const rows = await latticeOfEvents(events, true, withTargets);
      return rows.map((r) => ({
        ...keyOfRow(r),
        people: num(r['people'])!,
        personCounts: [num(r['people'])!],
        measures: { takeInCharges: num(r['events']) },
      }));
    },
  };
}

export type IndicatorStore = ReturnType<typeof createIndicatorStore>;
