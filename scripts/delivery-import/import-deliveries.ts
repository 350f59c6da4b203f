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
  /** Attempts per batch when the gateway cannot be reached or fails as a whole: safe, keys make a retry harmless. */
  attempts?: number;
}

export interface ImportSummary {
  rows: number;
  created: number;
  duplicate: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
}

interface Rejection { row: number; key: string; code: string; message: string; field: string | null; rule: string | null }

interface SourceRow { row: number; parsed: ParsedRow }

const batchMutation = `mutation ($rows: [ReportServiceDeliveryInput!]!) {
  reportServiceDeliveries(rows: $rows) { index status errors { code message field rule } }
}`;

/** Reads the whole export: delimiter ',' or ';' (Italian spreadsheets), a BOM tolerated, quoted cells as CSV says. */
async function readCsv(path: string): Promise<{ headers: string[]; records: string[][] }> {
  const parser = createReadStream(path).pipe(parse({ delimiter: [',', ';'], bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }));
  const records: string[][] = [];
  for await (const record of parser) records.push(record as string[]);
  const [headers = [], ...rows] = records;
  return { headers, records: rows };
}

async function post<T>(options: ImportOptions, query: string, variables: Record<string, unknown>): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(120_000),
      });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const first = body.errors?.[0];
      // A refusal of the whole request (bad token, too many rows) will not pass on a second try.
      if (first && first.extensions?.code !== 'INTERNAL_SERVER_ERROR') throw new ImportRefused(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
      if (!body.data) throw new Error(`The gateway answered HTTP ${response.status}${first ? `: ${first.message}` : ''}`);
      return body.data;
    } catch (error) {
      if (error instanceof ImportRefused || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

export class ImportRefused extends Error {}

/** People given by fiscal code are looked up once per batch, in one query, under the caller's own visibility. */
async function resolveFiscalCodes(options: ImportOptions, codes: readonly string[]): Promise<Map<string, string | null>> {
  const distinct = [...new Set(codes)];
  const ids = new Map<string, string | null>();
  if (distinct.length === 0) return ids;
  const query = `query (${distinct.map((_, i) => `$f${i}: String!`).join(', ')}) { ${distinct.map((_, i) => `f${i}: personByFiscalCode(fiscalCode: $f${i}) { id }`).join(' ')} }`;
  const data = await post<Record<string, { id: string } | null>>(options, query, Object.fromEntries(distinct.map((code, i) => [`f${i}`, code])));
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
 * Rows per call when the caller does not say: one call stays well inside the gateway's 10-second upstream
 * time-out (README "Importing a CSV export").
 */
export const DEFAULT_BATCH_SIZE = 100;

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
      reject({ row, key: parsed.key, code: 'BAD_USER_INPUT', message: parsed.message, field: parsed.field, rule: null });
    }
  });
  let done = summary.rejected;
  options.onProgress?.(done, summary.rows);

  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    const byFiscalCode = await resolveFiscalCodes(options, batch.filter((r) => !r.parsed.personId && r.parsed.fiscalCode).map((r) => r.parsed.fiscalCode!));
    const sendable: SourceRow[] = [];
    const inputs = [];
    for (const source of batch) {
      const personId = source.parsed.personId ?? byFiscalCode.get(source.parsed.fiscalCode!) ?? null;
      if (!personId) {
        summary.rejected++;
        reject({ row: source.row, key: source.parsed.idempotencyKey, code: 'NOT_FOUND', message: `No person with fiscal code ${source.parsed.fiscalCode} that this caller may see`, field: 'fiscalCode', rule: null });
        continue;
      }
      sendable.push(source);
      inputs.push(toInput(source.parsed, personId));
    }
    if (inputs.length > 0) {
      const data = await post<{ reportServiceDeliveries: Array<{ index: number; status: 'CREATED' | 'DUPLICATE' | 'REJECTED'; errors: Array<{ code: string; message: string; field: string | null; rule: string | null }> }> }>(options, batchMutation, { rows: inputs });
      for (const result of data.reportServiceDeliveries) {
        const source = sendable[result.index]!;
        if (result.status === 'CREATED') summary.created++;
        else if (result.status === 'DUPLICATE') summary.duplicate++;
        else {
          summary.rejected++;
          for (const error of result.errors) reject({ row: source.row, key: source.parsed.idempotencyKey, ...error });
        }
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
