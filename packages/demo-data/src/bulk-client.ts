import { DemoLoadError, type GatewayRequest, type GraphQLErrorBody } from './gateway-client.ts';
import { runPool } from './promise-pool.ts';

/**
 * The bulk path through the gateway, one module for the demo loader and `pnpm load:bulk`: people's files with
 * importPeople, employers and vacancies with importEmployers and importVacancies, deliveries with
 * reportServiceDeliveries, in batches no larger than the subgraphs accept (200 people, employers or vacancies:
 * MAX_IMPORT_ROWS in people, MAX_*_IMPORT_ROWS in employers; 500 deliveries: MAX_BATCH_ROWS in outcomes) and whose body stays under the gateway's
 * 256 KB limit (BATCH_MAX_BYTES, with room for the query). Every row gets its outcome; a rejected row stops nothing.
 */
export const BULK_BATCH_ROWS = 200;
export const BATCH_MAX_BYTES = 240 * 1024;
/**
 * Deliveries go 200 a call: the outcomes subgraph writes a batch with the same few statements whatever its rows and
 * asks people and catalogue once per batch, so fewer, larger calls cost less; but a call must stay inside the
 * gateway's 10-second upstream time-out on a busy machine while other phases load beside it (at load average 20 on
 * 2 cores, four providers' 450-row calls at once timed out). At most 450 with the delivery's id in the answer, which
 * the loader keeps: the gateway's cost limit (maxCost 20,000 in packages/limits) counts the answer's selection per
 * row, about 41 a row. The importer, which selects no id and runs alone, sends 500.
 */
export const DELIVERY_BATCH_ROWS = 200;

/** A batch the graph could not answer (a subgraph timed out or was down), as opposed to one it refused. */
const unanswered = (error: unknown): boolean =>
  error instanceof DemoLoadError &&
  (error.status >= 500 || error.errors.some((e) => e.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE'));

/**
 * Sends a call again when the graph could not answer it, waiting 1, 2, 4 then 8 s: only for calls an idempotency
 * key makes harmless to repeat (a delivery batch: what was stored before the time-out answers DUPLICATE, with its
 * delivery; a placement).
 */
export async function withRetries<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 4 || !unanswered(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
    }
  }
}

export const bulkOperations = {
  importPeople:
    'mutation ImportPeople($rows: [PersonImportInput!]!) { importPeople(rows: $rows) { index status person { id } enrolment { id } takeInCharges { id } errors { code message field rule } } }',
  importEmployers:
    'mutation ImportEmployers($rows: [RegisterEmployerInput!]!) { importEmployers(rows: $rows) { index status employer { id sites { id name } } errors { code message field rule } } }',
  importVacancies:
    'mutation ImportVacancies($rows: [OpenVacancyInput!]!) { importVacancies(rows: $rows) { index status vacancy { id } errors { code message field rule } } }',
  importServicePacts:
    'mutation ImportServicePacts($rows: [ServicePactImportInput!]!) { importServicePacts(rows: $rows) { index status pact { id } errors { code message field rule } } }',
  recordPlacements:
    'mutation RecordPlacements($rows: [RecordPlacementInput!]!) { recordPlacements(rows: $rows) { index status placement { id quotaStatus } errors { code message field rule } } }',
  importWorkforceReports:
    'mutation ImportWorkforceReports($rows: [SubmitWorkforceReportInput!]!) { importWorkforceReports(rows: $rows) { index status report { id } errors { code message field rule } } }',
  reportEmployerServiceDeliveries:
    'mutation ReportEmployerServiceDeliveries($rows: [ReportEmployerServiceDeliveryInput!]!) { reportEmployerServiceDeliveries(rows: $rows) { index status delivery { id } errors { code message field rule } } }',
  reportServiceDeliveries:
    'mutation ReportServiceDeliveries($rows: [ReportServiceDeliveryInput!]!) { reportServiceDeliveries(rows: $rows) { index status delivery { id } errors { code message field rule } } }',
} as const;

export interface RowError {
  code: string;
  message: string;
  field: string | null;
  rule: string | null;
}

export interface ImportedPerson {
  status: 'CREATED' | 'REJECTED';
  personId: string | null;
  enrolmentId: string | null;
  takeInChargeIds: string[];
  errors: RowError[];
}

export interface ReportedDelivery {
  status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
  deliveryId: string | null;
  errors: RowError[];
}

/** Consecutive batches of at most `size` rows and BATCH_MAX_BYTES of JSON each. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const length = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (batch.length > 0 && (batch.length >= size || bytes + length > BATCH_MAX_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The rows in batches, `concurrency` batches in flight; results in the rows' order. */
async function inBatches<Row, Result>(
  rows: readonly Row[],
  options: { batchSize?: number; concurrency?: number },
  send: (batch: Row[]) => Promise<Result[]>,
): Promise<Result[]> {
  const size = Math.max(1, options.batchSize ?? BULK_BATCH_ROWS);
  const batches = chunks(rows, size);
  const results: Result[][] = new Array(batches.length);
  await runPool(batches, options.concurrency ?? 1, async (batch, i) => {
    results[i] = await send(batch);
  });
  return results.flat();
}

/** importPeople for the rows, all of one CPI (the token's province); `label` names the rows in errors. */
export async function importPeopleInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; concurrency?: number; label?: string } = {},
): Promise<ImportedPerson[]> {
  return inBatches(rows, options, async (batch) => {
    const data = await request<{
      importPeople: Array<{
        status: 'CREATED' | 'REJECTED';
        person: { id: string } | null;
        enrolment: { id: string } | null;
        takeInCharges: Array<{ id: string }>;
        errors: RowError[];
      }>;
    }>(token, 'importPeople', options.label ?? 'people', bulkOperations.importPeople, { rows: batch });
    return data.importPeople.map((r) => ({
      status: r.status,
      personId: r.person?.id ?? null,
      enrolmentId: r.enrolment?.id ?? null,
      takeInChargeIds: r.takeInCharges.map((t) => t.id),
      errors: r.errors,
    }));
  });
}

export interface ImportedEmployer {
  status: 'CREATED' | 'REJECTED';
  employerId: string | null;
  sites: Array<{ id: string; name: string }>;
  errors: RowError[];
}

/** importEmployers for the rows (a CPI's: employers present in its province; or the Region's). */
export async function importEmployersInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<ImportedEmployer[]> {
  return inBatches(rows, options, async (batch) => {
    const data = await request<{
      importEmployers: Array<{
        status: 'CREATED' | 'REJECTED';
        employer: { id: string; sites: Array<{ id: string; name: string }> } | null;
        errors: RowError[];
      }>;
    }>(token, 'importEmployers', options.label ?? 'employers', bulkOperations.importEmployers, { rows: batch });
    return data.importEmployers.map((r) => ({
      status: r.status,
      employerId: r.employer?.id ?? null,
      sites: r.employer?.sites ?? [],
      errors: r.errors,
    }));
  });
}

export interface ImportedVacancy {
  status: 'CREATED' | 'REJECTED';
  vacancyId: string | null;
  errors: RowError[];
}

/** importVacancies for the rows (a CPI's: vacancies of its province; or an employer's own). */
export async function importVacanciesInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<ImportedVacancy[]> {
  return inBatches(rows, options, async (batch) => {
    const data = await request<{
      importVacancies: Array<{ status: 'CREATED' | 'REJECTED'; vacancy: { id: string } | null; errors: RowError[] }>;
    }>(token, 'importVacancies', options.label ?? 'vacancies', bulkOperations.importVacancies, { rows: batch });
    return data.importVacancies.map((r) => ({ status: r.status, vacancyId: r.vacancy?.id ?? null, errors: r.errors }));
  });
}

/**
 * reportServiceDeliveries for the rows of one provider (the token's organisation), one batch after the other: a
 * path's running totals are computed in the order of its reports, so the rows go oldest first and never in parallel.
 */
export async function reportDeliveriesInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<ReportedDelivery[]> {
  return inBatches(rows, { batchSize: DELIVERY_BATCH_ROWS, ...options, concurrency: 1 }, async (batch) => {
    const data = await withRetries(() =>
      request<{
        reportServiceDeliveries: Array<{
          status: ReportedDelivery['status'];
          delivery: { id: string } | null;
          errors: RowError[];
        }>;
      }>(token, 'reportServiceDeliveries', options.label ?? 'deliveries', bulkOperations.reportServiceDeliveries, {
        rows: batch,
      }),
    );
    return data.reportServiceDeliveries.map((r) => ({
      status: r.status,
      deliveryId: r.delivery?.id ?? null,
      errors: r.errors,
    }));
  });
}

export interface ImportedPact {
  status: 'CREATED' | 'REJECTED';
  pactId: string | null;
  errors: RowError[];
}

/**
 * importServicePacts for the rows of one CPI (people of its province). Not re-sent after a time-out: each row adds
 * new versions, so a repeated call would add them twice.
 */
export async function importServicePactsInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<ImportedPact[]> {
  return inBatches(rows, options, async (batch) => {
    const data = await request<{
      importServicePacts: Array<{ status: ImportedPact['status']; pact: { id: string } | null; errors: RowError[] }>;
    }>(token, 'importServicePacts', options.label ?? 'pacts', bulkOperations.importServicePacts, { rows: batch });
    return data.importServicePacts.map((r) => ({ status: r.status, pactId: r.pact?.id ?? null, errors: r.errors }));
  });
}

export interface RecordedPlacement {
  status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
  placementId: string | null;
  quotaStatus: string | null;
  errors: RowError[];
}

/** recordPlacements for the rows of one recorder; re-sent when the graph could not answer (the keys make it harmless). */
export async function recordPlacementsInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<RecordedPlacement[]> {
  return inBatches(rows, options, async (batch) => {
    const data = await withRetries(() =>
      request<{
        recordPlacements: Array<{
          status: RecordedPlacement['status'];
          placement: { id: string; quotaStatus: string | null } | null;
          errors: RowError[];
        }>;
      }>(token, 'recordPlacements', options.label ?? 'placements', bulkOperations.recordPlacements, { rows: batch }),
    );
    return data.recordPlacements.map((r) => ({
      status: r.status,
      placementId: r.placement?.id ?? null,
      quotaStatus: r.placement?.quotaStatus ?? null,
      errors: r.errors,
    }));
  });
}

/** importWorkforceReports for the rows of one CPI (employers present in its province); not re-sent (new versions). */
export async function importWorkforceReportsInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<Array<{ status: 'CREATED' | 'REJECTED'; errors: RowError[] }>> {
  return inBatches(rows, options, async (batch) => {
    const data = await request<{
      importWorkforceReports: Array<{ status: 'CREATED' | 'REJECTED'; errors: RowError[] }>;
    }>(token, 'importWorkforceReports', options.label ?? 'reports', bulkOperations.importWorkforceReports, {
      rows: batch,
    });
    return data.importWorkforceReports;
  });
}

/**
 * reportEmployerServiceDeliveries for the rows of one provider (the token's organisation), in batches of
 * BULK_BATCH_ROWS one after the other: the rows of one employer's 4E relocation are checked in order.
 */
export async function reportEmployerServicesInBatches(
  request: GatewayRequest,
  token: string,
  rows: readonly Record<string, unknown>[],
  options: { batchSize?: number; label?: string } = {},
): Promise<ReportedDelivery[]> {
  return inBatches(rows, { ...options, concurrency: 1 }, async (batch) => {
    const data = await withRetries(() =>
      request<{
        reportEmployerServiceDeliveries: Array<{
          status: ReportedDelivery['status'];
          delivery: { id: string } | null;
          errors: RowError[];
        }>;
      }>(
        token,
        'reportEmployerServiceDeliveries',
        options.label ?? 'employer services',
        bulkOperations.reportEmployerServiceDeliveries,
        { rows: batch },
      ),
    );
    return data.reportEmployerServiceDeliveries.map((r) => ({
      status: r.status,
      deliveryId: r.delivery?.id ?? null,
      errors: r.errors,
    }));
  });
}

/** For the demo, where every row is meant to go in: the first rejected row as the loader's error. */
export function requireAccepted(
  operation: string,
  keys: readonly string[],
  results: ReadonlyArray<{ status: string; errors: RowError[] }>,
): void {
  const index = results.findIndex((r) => r.status === 'REJECTED');
  if (index < 0) return;
  const errors: GraphQLErrorBody[] = results[index]!.errors.map((e) => ({
    message: e.message,
    extensions: { code: e.code, field: e.field, rule: e.rule },
  }));
  throw new DemoLoadError(operation, keys[index] ?? String(index), errors, 200);
}
