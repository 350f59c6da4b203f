import { rowProblemOf, type RowProblem } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { ReportEmployerServiceDeliveryInput } from '../generated/graphql.ts';
import { standardKey } from '../remote/index.ts';
import { PER_WORKER_SERVICE } from '../rules/employer-service-check.ts';
import type { EmployerServiceRecord, NewEmployerService } from '../store/employer-service-store.ts';
import {
  checkedEmployerServiceInput,
  employerServiceToRecord,
  requireSameEmployerService,
  workerAlreadyServed,
} from './report-employer-service.ts';

/** Rows per call: a report is about 0.3 KB; one call stays well inside the gateway's time-out. */
export const MAX_EMPLOYER_SERVICE_BATCH_ROWS = 200;

export type EmployerServiceRowOutcome =
  | { status: 'CREATED' | 'DUPLICATE'; row: EmployerServiceRecord }
  | { status: 'REJECTED'; problems: RowProblem[] };

/**
 * reportEmployerServiceDeliveries: each row checked by reportEmployerServiceDelivery's own steps
 * (report-employer-service.ts) in the same order: the input, a retry answered from what was stored (one statement
 * for the batch's keys), the facts of employers and catalogue asked once per batch, then one transaction that locks
 * the batch's employers (one statement), reads the redundant workers already served (one statement; the rows of the
 * batch count too, in order) and writes the accepted rows in one multi-row INSERT, the keys deciding duplicates. A
 * rejected row stops nothing; each report written gets its WRITE audit row.
 */
export async function reportEmployerServices(ctx: Context, rows: readonly ReportEmployerServiceDeliveryInput[]) {
  const { identity, stores, remote } = ctx;
  const providerId = identity.organisation!;
  const today = todayInRome();
  const outcomes: EmployerServiceRowOutcome[] = new Array(rows.length);
  const reject = (index: number, error: unknown) => {
    outcomes[index] = { status: 'REJECTED', problems: [rowProblemOf(error)] };
  };
  const checked = rows.map((input, index) => {
    try {
      return checkedEmployerServiceInput(input);
    } catch (error) {
      reject(index, error);
      return null;
    }
  });
  const previous = new Map(
    (
      await stores.employerServices.byKeys(
        providerId,
        checked.flatMap((c) => (c ? [c.key] : [])),
      )
    ).map((r) => [r.idempotencyKey, r]),
  );
  const fresh: Array<{ index: number; checked: NonNullable<(typeof checked)[number]> }> = [];
  checked.forEach((c, index) => {
    if (!c) return;
    const stored = previous.get(c.key);
    if (!stored) return fresh.push({ index, checked: c });
    try {
      outcomes[index] = { status: 'DUPLICATE', row: requireSameEmployerService(stored, c.hash) };
    } catch (error) {
      reject(index, error);
    }
  });

  const facts = await remote.employerServicesFacts(
    identity,
    providerId,
    fresh.map((f) => f.checked.input.employerId),
    fresh.map((f) => ({ code: f.checked.input.serviceCode, on: f.checked.input.deliveredOn })),
  );
  const accepted: Array<{ index: number; row: NewEmployerService; hash: string }> = [];
  for (const { index, checked: c } of fresh) {
    const standard = facts.standards.get(standardKey({ code: c.input.serviceCode, on: c.input.deliveredOn }));
    try {
      const row = employerServiceToRecord(
        identity,
        c,
        {
          employer: facts.employers.get(c.input.employerId) ?? null,
          standard: standard?.standard ?? null,
          accredited: standard?.accredited ?? false,
        },
        today,
      );
      accepted.push({ index, row, hash: c.hash });
    } catch (error) {
      reject(index, error);
    }
  }

  const written = await stores.employerServices.transaction(async (tx) => {
    await tx.lockEmployers(accepted.map((a) => a.row.employerId));
    const perWorker = accepted.filter((a) => a.row.serviceCode === PER_WORKER_SERVICE);
    const stored = await tx.reportsNamingWorkers(
      perWorker.map((a) => a.row.employerId),
      PER_WORKER_SERVICE,
      perWorker.flatMap((a) => a.row.redundantWorkers),
    );
    // Who was served, by employer and modality: the stored reports, then each accepted row of the batch in turn.
    const served = new Map<string, Set<string>>();
    const servedBy = (employerId: string, modality: string) => {
      const key = `${employerId}|${modality}`;
      const set = served.get(key) ?? new Set<string>();
      served.set(key, set);
      return set;
    };
    for (const r of stored) for (const w of r.redundantWorkers) servedBy(r.employerId, r.modality).add(w);
    const toWrite = accepted.filter(({ index, row }) => {
      if (row.serviceCode !== PER_WORKER_SERVICE) return true;
      const set = servedBy(row.employerId, row.modality);
      const already = row.redundantWorkers.filter((w) => set.has(w));
      if (already.length > 0) {
        reject(index, workerAlreadyServed(row, already));
        return false;
      }
      for (const w of row.redundantWorkers) set.add(w);
      return true;
    });
    const results = await tx.insertManyOnce(toWrite.map((a) => a.row));
    return toWrite.map((a, i) => ({ ...a, ...results[i]! }));
  });
  for (const { index, hash, row, created } of written) {
    if (created) {
      ctx.audit.write('EmployerServiceDelivery', row.id, ['reportEmployerServiceDeliveries'], null);
      outcomes[index] = { status: 'CREATED', row };
      continue;
    }
    try {
      outcomes[index] = { status: 'DUPLICATE', row: requireSameEmployerService(row, hash) };
    } catch (error) {
      reject(index, error);
    }
  }
  return outcomes;
}
