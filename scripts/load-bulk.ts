import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DemoLoadError, gatewayClient, importPeopleInBatches, reportDeliveriesInBatches } from '@reg/demo-data';

/**
 * `pnpm load:bulk <folder> [--gateway URL] [--token JWT]`: a province's first migration through the bulk path
 * (README "Bulk loading"). Reads, when present, `people.ndjson` (one PersonImportInput a line: person, enrolment with
 * its decisions, take-in-charges), sent with importPeople, then `deliveries.ndjson` (one ReportServiceDeliveryInput
 * a line; `personFiscalCode` instead of `personId` names a person imported by this run), sent with
 * reportServiceDeliveries, in batches inside the limits (bulk-client.ts). The token is the CPI's of the province (people:write). Rows the graph
 * refused go to `<file>.rejections.ndjson` with their line and errors. Exit codes: 0 every row in, 1 some
 * rows rejected, 2 the folder, a file or the call refused.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gateway: { type: 'string', default: process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql' },
    token: { type: 'string', default: process.env['TOKEN'] },
  },
});
const folder = positionals[0];
if (!folder || !values.token || !existsSync(folder)) {
  console.error(
    'usage: pnpm load:bulk <folder with people.ndjson and/or deliveries.ndjson> [--gateway URL] [--token JWT | TOKEN=...]',
  );
  process.exit(2);
}
const token = values.token;
const request = gatewayClient(values.gateway);

function readNdjson(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`${file}:${number}: not a JSON object`);
      }
    });
}

function writeRejections(file: string, rejected: Array<{ line: number; errors: unknown[] }>): void {
  const out = file.replace(/\.ndjson$/, '.rejections.ndjson');
  writeFileSync(out, rejected.map((r) => JSON.stringify(r)).join('\n') + (rejected.length ? '\n' : ''));
  if (rejected.length) console.log(`  ${rejected.length} rejected: ${out}`);
}

let rejectedRows = 0;
try {
  const imported = new Map<string, string>();
  const peopleFile = join(folder, 'people.ndjson');
  if (existsSync(peopleFile)) {
    const rows = readNdjson(peopleFile);
    const started = performance.now();
    const results = await importPeopleInBatches(request, token, rows, { label: peopleFile });
    const rejected = results.flatMap((r, i) => (r.status === 'REJECTED' ? [{ line: i + 1, errors: r.errors }] : []));
    results.forEach((r, i) => {
      const person = rows[i]!['person'] as { fiscalCode?: string } | undefined;
      if (r.personId && person?.fiscalCode) imported.set(person.fiscalCode.trim().toUpperCase(), r.personId);
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `people: ${rows.length - rejected.length} of ${rows.length} imported in ${seconds.toFixed(1)} s (${Math.round(rows.length / seconds)} rows/s)`,
    );
    writeRejections(peopleFile, rejected);
    rejectedRows += rejected.length;
  }

  const deliveriesFile = join(folder, 'deliveries.ndjson');
  if (existsSync(deliveriesFile)) {
    const rows = readNdjson(deliveriesFile);
    const rejected: Array<{ line: number; errors: unknown[] }> = [];
    const sendable: Array<{ line: number; row: Record<string, unknown> }> = [];
    rows.forEach((row, i) => {
      const { personFiscalCode, ...input } = row as { personFiscalCode?: string } & Record<string, unknown>;
      if (personFiscalCode === undefined) return sendable.push({ line: i + 1, row: input });
      const personId = imported.get(String(personFiscalCode).trim().toUpperCase());
      if (personId) return sendable.push({ line: i + 1, row: { ...input, personId } });
      rejected.push({
        line: i + 1,
        errors: [
          {
            code: 'NOT_FOUND',
            message: 'personFiscalCode names nobody imported by this run',
            field: 'personFiscalCode',
          },
        ],
      });
    });
    const started = performance.now();
    const results = await reportDeliveriesInBatches(
      request,
      token,
      sendable.map((s) => s.row),
      { label: deliveriesFile },
    );
    results.forEach((r, i) => {
      if (r.status === 'REJECTED') rejected.push({ line: sendable[i]!.line, errors: r.errors });
    });
    rejected.sort((a, b) => a.line - b.line);
    const seconds = (performance.now() - started) / 1000;
    const created = results.filter((r) => r.status === 'CREATED').length;
    const duplicate = results.filter((r) => r.status === 'DUPLICATE').length;
    console.log(
      `deliveries: ${created} created, ${duplicate} already in (same idempotency key), ${rejected.length} rejected, of ${rows.length}, in ${seconds.toFixed(1)} s`,
    );
    writeRejections(deliveriesFile, rejected);
    rejectedRows += rejected.length;
  }
} catch (error) {
  console.error(
    `load:bulk refused: ${error instanceof DemoLoadError || error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(2);
}
process.exit(rejectedRows > 0 ? 1 : 0);
