import type { RowProblem } from '@reg/errors';
import { rowChecked, rowsChecked } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { RecordPlacementInput } from '../generated/graphql.ts';
import { placementFactsKey } from '../remote/index.ts';
import type { NewPlacement, PlacementRecord } from '../store/placement-store.ts';
import { checkedPlacementInput, placementToRecord, requireSamePlacement } from './record-placement.ts';

/** Rows per call: a placement is about 0.4 KB, and one call stays well inside the gateway's time-out. */
export const MAX_PLACEMENT_BATCH_ROWS = 200;

export type PlacementRowOutcome =
  | { status: 'CREATED' | 'DUPLICATE'; row: PlacementRecord }
  | { status: 'REJECTED'; problems: RowProblem[] };

/**
 * recordPlacements: each row checked and projected by recordPlacement's own steps (record-placement.ts) against
 * facts asked once per call (people and employers one merged request each, the internships through the loader),
 * then the accepted rows written in one multi-row INSERT where the idempotency keys decide the duplicates (a key
 * already used for the same content answers DUPLICATE with the stored placement, for another content CONFLICT), so a
 * call sent again is harmless. A rejected row stops nothing. Each placement written gets its WRITE audit row.
 */
export async function recordPlacements(ctx: Context, rows: readonly RecordPlacementInput[], today: string) {
  const { identity } = ctx;
  const checked = rowsChecked(rows, (input) => checkedPlacementInput(input, today));
  const asked = rows.filter((_, i) => checked[i]!.ok);
  const internshipIds = [...new Set(asked.flatMap((r) => (r.internshipId ? [r.internshipId] : [])))];
  const [facts, internships] = await Promise.all([
    ctx.remote.placementFacts(
      identity,
      asked.map((r) => ({
        personId: r.personId,
        startedOn: r.startedOn,
        employerId: r.employerId,
        vacancyId: r.vacancyId ?? null,
      })),
    ),
    ctx.loaders.internshipById.loadMany(internshipIds),
  ]);
  const internshipById = new Map(
    internships.flatMap((i) => {
      if (i instanceof Error) throw i;
      return i ? [[i.id, i] as const] : [];
    }),
  );

  const outcomes: PlacementRowOutcome[] = new Array(rows.length);
  const accepted: Array<{ index: number; placement: NewPlacement; hash: string }> = [];
  checked.forEach((check, index) => {
    if (!check.ok) {
      outcomes[index] = { status: 'REJECTED', problems: [check.problem] };
      return;
    }
    const input = check.value.input;
    const pair = facts.employers.get(
      placementFactsKey({ employerId: input.employerId, vacancyId: input.vacancyId ?? null }),
    );
    const projected = rowChecked(() =>
      placementToRecord(identity, check.value, {
        person: facts.persons.get(input.personId) ?? null,
        employer: pair?.employer ?? null,
        vacancy: pair?.vacancy ?? null,
        internship: input.internshipId ? (internshipById.get(input.internshipId) ?? null) : null,
      }),
    );
    if (projected.ok) accepted.push({ index, placement: projected.value, hash: check.value.hash });
    else outcomes[index] = { status: 'REJECTED', problems: [projected.problem] };
  });

  const written = await ctx.stores.placements.insertManyOnce(accepted.map((a) => a.placement));
  accepted.forEach(({ index, hash }, i) => {
    const { row, created } = written[i]!;
    if (created) {
      ctx.audit.write('Placement', row.id, ['recordPlacements'], row.personId);
      outcomes[index] = { status: 'CREATED', row };
      return;
    }
    const same = rowChecked(() => requireSamePlacement(row, hash));
    outcomes[index] = same.ok
      ? { status: 'DUPLICATE', row: same.value }
      : { status: 'REJECTED', problems: [same.problem] };
  });
  return outcomes;
}
