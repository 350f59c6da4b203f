import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { mapHeaders, parseRow, type ParsedRow } from './columns.ts';

export interface ImportOptions {
  csvPath: string;
  gatewayUrl: string;
  token: string;
  /** Rows per call; the mutation takes at most 500. */
  batchSize?: number;
  /** Where the rejected rows are written (row, key, code, message, field, rule). */
  rejectionsPath: string;
  /** Called after each batch with the rows done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** How long an outage of the gateway or a subgraph is waited out before giving up (seconds, default 60). */
  retryForSeconds?: number;
  /** Time-out of one call (default 120 s). */
  requestTimeoutMs?: number;
  /** Called before each wait: what failed, how long the next wait is, how long the outage has lasted (ms). */
  onRetry?: (reason: string, delayMs: number, waitedMs: number) => void;
}

export interface ImportSummary {
  rows: number;
  created: number;
  duplicate: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
}

interface Rejection {
  row: number;
  key: string;
  code: string;
  message: string;
  field: string | null;
  rule: string | null;
}

interface SourceRow {
  row: number;
  parsed: ParsedRow;
}

const batchMutation = `mutation ($rows: [ReportServiceDeliveryInput!]!) {
  reportServiceDeliveries(rows: $rows) { index status errors { code message field rule } }
}`;

/** Reads the whole export: delimiter ',' or ';' (Italian spreadsheets), a BOM tolerated, quoted cells as CSV says. */
async function readCsv(path: string): Promise<{ headers: string[]; records: string[][] }> {
  const source = createReadStream(path);
  const parser = source.pipe(
    parse({ delimiter: [',', ';'], bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  // pipe() does not pass on the file's own errors (no such file, no permission): the reader below must see them.
  source.on('error', (error: NodeJS.ErrnoException) =>
    parser.destroy(error.code === 'ENOENT' ? new ImportRefused(`no such file: ${path}`) : error),
  );
  const records: string[][] = [];
  for await (const record of parser) records.push(record as string[]);
  const [headers = [], ...rows] = records;
  return { headers, records: rows };
}

/** Codes that say "try again later", not "this request is wrong": the graph or one of its subgraphs is unwell. */
const retryableCodes = new Set([
  'INTERNAL_SERVER_ERROR',
  'SUBGRAPH_UNAVAILABLE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

/** Why a call failed in a way that waiting may cure, in words for the user. */
export class GraphUnavailable extends Error {}

function describeFetchFailure(error: unknown, url: string): string {
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  if ((error as Error).name === 'TimeoutError') return `${url} did not answer in time`;
  if (cause === 'ECONNREFUSED') return `${url} refused the connection`;
  if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') return `${url}: host not found`;
  return `${url} could not be reached (${cause ?? (error as Error).message})`;
}

/** One call; a GraphUnavailable for what waiting may cure, an ImportRefused for what it will not. */
async function postOnce<T>(options: ImportOptions, query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.requestTimeoutMs ?? 120_000),
    });
  } catch (error) {
    throw new GraphUnavailable(describeFetchFailure(error, options.gatewayUrl));
  }
  const text = await response.text().catch(() => '');
  let body: {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string; serviceName?: string } }>;
  } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* a proxy's HTML page: judged by the status below */
  }
  const errors = body.errors ?? [];
  const retryable = errors.find((e) => !e.extensions?.code || retryableCodes.has(e.extensions.code));
  if (response.status >= 500 || response.status === 429 || retryable) {
    const what = retryable
      ? `${retryable.extensions?.code ?? 'ERROR'}${retryable.extensions?.serviceName ? ` from ${retryable.extensions.serviceName}` : ''}`
      : `HTTP ${response.status}`;
    throw new GraphUnavailable(`the graph answered ${what}`);
  }
  // A refusal of the whole request (bad token, too many rows) will not pass on a second try.
  const first = errors[0];
  if (first && !body.data) throw new ImportRefused(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  if (!body.data) throw new ImportRefused(`the gateway answered HTTP ${response.status} without data: check --gateway`);
  return body.data;
}

/**
 * A call that waits out an outage of the gateway or a subgraph: retried with exponential backoff (0.5 s doubling
 * to 10 s, with jitter) until the outage has lasted retryForSeconds (default 60). Retrying is safe: every row
 * carries its idempotency key, so a batch that was written before the answer was lost comes back DUPLICATE.
 */
async function post<T>(
  options: ImportOptions,
  query: string,
  variables: Record<string, unknown>,
  tried?: { again: boolean },
): Promise<T> {
  const budgetMs = (options.retryForSeconds ?? 60) * 1000;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await postOnce<T>(options, query, variables);
    } catch (error) {
      if (!(error instanceof GraphUnavailable)) throw error;
      if (tried) tried.again = true;
      const waited = Date.now() - started;
      if (waited >= budgetMs)
        throw new GraphUnavailable(`${error.message}, and still so after ${Math.round(waited / 1000)} s of retries`);
      const delay = Math.min(Math.min(10_000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5), budgetMs - waited);
      options.onRetry?.(error.message, delay, waited);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export class ImportRefused extends Error {}

/** People given by fiscal code are looked up once per batch, in one query, under the caller's own visibility. */
async function resolveFiscalCodes(
  options: ImportOptions,
  codes: readonly string[],
): Promise<Map<string, string | null>> {
  const distinct = [...new Set(codes)];
  const ids = new Map<string, string | null>();
  if (distinct.length === 0) return ids;
  const query = `query (${distinct.map((_, i) => `$f${i}: String!`).join(', ')}) { ${distinct.map((_, i) => `f${i}: personByFiscalCode(fiscalCode: $f${i}) { id }`).join(' ')} }`;
  const data = await post<Record<string, { id: string } | null>>(
    options,
    query,
    Object.fromEntries(distinct.map((code, i) => [`f${i}`, code])),
  );
  distinct.forEach((code, i) => ids.set(code, data[`f${i}`]?.id ?? null));
  return ids;
}

const toInput = (row: ParsedRow, personId: string) => ({
  idempotencyKey: row.idempotencyKey,
  personId,
  serviceCode: row.serviceCode,
  deliveredOn: row.deliveredOn,
  modality: row.modality,
  outputs: row.outputs,
  ...(row.minutes !== null ? { minutes: row.minutes } : {}),
  ...(row.sessions !== null ? { sessions: row.sessions } : {}),
  ...(row.sessionMinutes !== null ? { sessionMinutes: row.sessionMinutes } : {}),
  ...(row.operator !== null ? { operator: row.operator } : {}),
  ...(row.overrideReason !== null ? { override: { reason: row.overrideReason } } : {}),
});

/**
 * Rows per call when the caller does not say: the most a call takes (reportServiceDeliveries' 500), since a
 * batch costs the same few SQL statements and one ask to people and to catalogue whatever its rows; 500 rows
 * are about 130 KB of request (the body limit is 256 KB) and stay well inside the gateway's 10-second upstream
 * time-out (README "Importing a CSV export").
 */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Sends a delivery export to the graph in batches and writes every row it refused, with the reason, to a
 * CSV the provider can fix and send again (keys make the accepted rows of a second run DUPLICATE, not new).
 */
export async function importDeliveries(options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = Math.min(Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE), 500);
  const { headers, records } = await readCsv(options.csvPath);
  const { columns, missing } = mapHeaders(headers);
  if (missing.length > 0) throw new ImportRefused(`The file lacks the columns: ${missing.join(', ')}`);

  const out = stringify({ header: true, columns: ['row', 'key', 'code', 'message', 'field', 'rule'] });
  const file = createWriteStream(options.rejectionsPath);
  out.pipe(file);
  const reject = (r: Rejection) => out.write([r.row, r.key, r.code, r.message, r.field ?? '', r.rule ?? '']);

  const summary = { rows: records.length, created: 0, duplicate: 0, rejected: 0 };
  const valid: SourceRow[] = [];
  records.forEach((cells, i) => {
    // Spreadsheet numbering: the header is row 1.
    const row = i + 2;
    const parsed = parseRow(columns, cells);
    if (parsed.ok) valid.push({ row, parsed: parsed.row });
    else {
      summary.rejected++;
      reject({
        row,
        key: parsed.key,
        code: 'BAD_USER_INPUT',
        message: parsed.message,
        field: parsed.field,
        rule: null,
      });
    }
  });
  let done = summary.rejected;
  options.onProgress?.(done, summary.rows);

  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    const byFiscalCode = await resolveFiscalCodes(
      options,
      batch.filter((r) => !r.parsed.personId && r.parsed.fiscalCode).map((r) => r.parsed.fiscalCode!),
    );
    const sendable: SourceRow[] = [];
    const inputs: Array<ReturnType<typeof toInput>> = [];
    for (const source of batch) {
      const personId = source.parsed.personId ?? byFiscalCode.get(source.parsed.fiscalCode!) ?? null;
      if (!personId) {
        summary.rejected++;
        reject({
          row: source.row,
          key: source.parsed.idempotencyKey,
          code: 'NOT_FOUND',
          message: `No person with fiscal code ${source.parsed.fiscalCode} that this caller may see`,
          field: 'fiscalCode',
          rule: null,
        });
        continue;
      }
      sendable.push(source);
      inputs.push(toInput(source.parsed, personId));
    }
    // Rows refused only because something was unwell while they were written (their own code says so) are
    // sent again, a few times; their keys make that harmless.
    let pending = sendable.map((source, i) => ({ source, input: inputs[i]! }));
    for (let round = 1; pending.length > 0; round++) {
      // A batch sent again after a lost answer (the gateway's time-out, say) may find its rows written by the
      // earlier attempt: those were created by this run, not found from an earlier one.
      const tried = { again: round > 1 };
      const data = await post<{
        reportServiceDeliveries: Array<{
          index: number;
          status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
          errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
        }>;
      }>(options, batchMutation, { rows: pending.map((p) => p.input) }, tried);
      const again: typeof pending = [];
      for (const result of data.reportServiceDeliveries) {
        const { source } = pending[result.index]!;
        if (result.status === 'CREATED') summary.created++;
        else if (result.status === 'DUPLICATE') {
          if (tried.again) summary.created++;
          else summary.duplicate++;
        } else if (round < 4 && result.errors.length > 0 && result.errors.every((e) => retryableCodes.has(e.code)))
          again.push(pending[result.index]!);
        else {
          summary.rejected++;
          for (const error of result.errors) reject({ row: source.row, key: source.parsed.idempotencyKey, ...error });
        }
      }
      pending = again;
      if (pending.length > 0) {
        options.onRetry?.(`${pending.length} rows could not be written for now`, 1_000 * round, 0);
        await new Promise((resolve) => setTimeout(resolve, 1_000 * round));
      }
    }
    done += batch.length;
    options.onProgress?.(done, summary.rows);
  }

  out.end();
  await once(file, 'finish');
  const seconds = (performance.now() - started) / 1000;
  return { ...summary, seconds, rowsPerSecond: summary.rows / Math.max(seconds, 0.001) };
}
