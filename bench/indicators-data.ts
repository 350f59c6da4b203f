import { sql } from 'drizzle-orm';
import { openDatabase } from '@reg/db';
import { migrationsFolder } from '@reg/subgraph-kit';

/**
 * A row's target groups (README "Indicators") from its person and row numbers: sex and disability by person, the age
 * band and long-term unemployment moving with the row (a person changes band or status within the years), as the
 * report path records them; one row in 50 without any (reported before they were recorded: NOT_RECORDED).
 */
const targetGroupsOf = (person: string, row: string) => `case when ${row} % 50 = 0 then null else jsonb_build_array(
  'SEX:' || (array['F','M'])[${person} % 2 + 1],
  'AGE_BAND:' || (array['UNDER_30','FROM_30_TO_54','FROM_55'])[(${person} + ${row} / 400000) % 3 + 1],
  'LONG_TERM_UNEMPLOYED:' || (array['NO','YES'])[(${person} / 2 + ${row} / 300000) % 2 + 1],
  'DISABILITY:' || (array['YES','NO'])[(${person} % 5 = 0)::int + 1]) end`;

/**
 * The outcomes rows of the indicator benches, written straight into the outcomes database at `location` (migrated
 * first) before any service starts: `deliveries` deliveries of 20,000 people at 40 providers in 5 provinces over 2024
 * and 2025, 100,000 closed paths, 20,000 placements; the delivery trigger maintains the aggregates as they go in.
 */
export async function loadIndicatorRows(location: string, deliveries: number) {
  const outcomes = await openDatabase({
    service: 'outcomes',
    pgSchema: 'outcomes',
    migrationsFolder: migrationsFolder('outcomes'),
    tables: {},
    location,
    migrate: true,
  });
  const run = (statement: string) => outcomes.db.execute(sql.raw(statement));
  // Person p works with provider p % 40, whose province is (p % 40) % 5 and kind CPI for the first 8.
  await run(`
    insert into outcomes.service_delivery (id, provider_id, idempotency_key, payload_hash, person_id, person_province, service_code, catalogue_version_id,
      delivered_on, minutes, sessions, modality, outputs, reported_by, provider_kind, enrolled_on, taken_in_charge_on, target_groups)
    select 'd' || g, 'prov-' || (p % 40), 'k' || g, 'h', 'person-' || p, (array['MI','TO','BG','BS','VA'])[(p % 40) % 5 + 1],
      (array['1A','1B','1C','2A','2B','3A','3B','4A','4B','4C'])[g % 10 + 1], 'v1', date '2024-01-01' + (g % 731), 30 + g % 60, 1,
      'INDIVIDUAL_INTERVIEW', '["CV"]'::jsonb, 'bench', case when p % 40 < 8 then 'CPI' else 'ACCREDITED' end,
      date '2023-06-01' + (p % 365), case when p % 3 = 0 then date '2024-01-01' + (p % 500) end, ${targetGroupsOf('p', 'g')}
    from (select g, (g::bigint * 7919 % 20000)::int as p from generate_series(1, ${deliveries}) g) s`);
  await run(`
    insert into outcomes.service_path (id, provider_id, person_id, person_province, service_code, modality, status, opened_on, first_delivered_on,
      last_delivered_on, total_minutes, total_sessions, closed_on, provider_kind)
    select 'path' || g, 'prov-' || (p % 40), 'person-' || p, (array['MI','TO','BG','BS','VA'])[(p % 40) % 5 + 1],
      (array['1A','1B','1C','2A','2B','3A','3B','4A','4B','4C'])[g % 10 + 1], 'M' || g, 'CLOSED', date '2024-01-01' + (g % 700),
      date '2024-01-01' + (g % 700), date '2024-01-01' + (g % 700) + 20, 60 + g % 600, 1 + g % 5, date '2024-01-01' + (g % 700) + 30,
      case when p % 40 < 8 then 'CPI' else 'ACCREDITED' end
    from (select g, (g::bigint * 7919 % 20000)::int as p from generate_series(1, 100000) g) s`);
  await run(`
    insert into outcomes.placement (id, reported_by_org, idempotency_key, payload_hash, person_id, person_province, employer_id, contract,
      started_on, counts_toward_quota, created_by, provider_kind, ended_on, target_groups)
    select 'pl' || g, 'prov-' || (g % 40), 'k' || g, 'h', 'person-' || ((g * 13) % 20000), (array['MI','TO','BG','BS','VA'])[(g % 40) % 5 + 1],
      'emp-' || (g % 500), 'PERMANENT', date '2024-01-01' + (g % 700), g % 2 = 0, 'bench',
      case when g % 40 < 8 then 'CPI' else 'ACCREDITED' end, case when g % 4 = 0 then date '2024-01-01' + (g % 700) + 90 end,
      ${targetGroupsOf('((g * 13) % 20000)', 'g')}
    from generate_series(1, 20000) g`);
  await run('analyze');
  await outcomes.close();
}
