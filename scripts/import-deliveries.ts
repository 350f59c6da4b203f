import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import {
  DEFAULT_BATCH_SIZE,
  GraphUnavailable,
  ImportRefused,
  importDeliveries,
} from './delivery-import/import-deliveries.ts';

/**
 * `pnpm import:deliveries <file.csv> [--gateway URL] [--token JWT] [--batch-size 500] [--rejections FILE] [--retry-for 60]`:
 * sends an accredited body's delivery export to the graph (columns in README) and writes the rows it
 * refused, with the reasons, to a CSV beside the file. Exit codes (README "Importer exit codes"): 0 every row
 * in, 1 some rows rejected, 2 the file or the call refused, 3 the graph unavailable for longer than
 * --retry-for, 4 an unexpected failure. Messages are one line, never a stack trace.
 */
export const ExitCode = { ALL_IN: 0, SOME_REJECTED: 1, REFUSED: 2, UNAVAILABLE: 3, UNEXPECTED: 4 } as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gateway: { type: 'string', default: process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql' },
    token: { type: 'string', default: process.env['TOKEN'] },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    rejections: { type: 'string' },
    'retry-for': { type: 'string', default: process.env['IMPORT_RETRY_FOR_SECONDS'] ?? '60' },
  },
});
const csvPath = positionals[0];
if (!csvPath || !values.token) {
  console.error(
    'usage: pnpm import:deliveries <file.csv> [--gateway URL] [--token JWT | TOKEN=...] [--batch-size 500] [--rejections FILE] [--retry-for SECONDS]',
  );
  process.exit(ExitCode.REFUSED);
}
const retryForSeconds = Number(values['retry-for']);
if (!Number.isFinite(retryForSeconds) || retryForSeconds < 0) {
  console.error(
    `--retry-for (or IMPORT_RETRY_FOR_SECONDS) must be a number of seconds >= 0, not ${values['retry-for']}`,
  );
  process.exit(ExitCode.REFUSED);
}
const rejectionsPath = values.rejections ?? csvPath.replace(/(\.csv)?$/i, '.rejections.csv');
const bar = new SingleBar(
  {
    format: 'deliveries [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2_000,
  },
  Presets.shades_classic,
);
let started = false;
try {
  const summary = await importDeliveries({
    csvPath,
    gatewayUrl: values.gateway,
    token: values.token,
    batchSize: Number(values['batch-size']),
    rejectionsPath,
    retryForSeconds,
    onRetry: (reason, delayMs, waitedMs) => {
      process.stderr.write(
        `\n${reason}: trying again in ${(delayMs / 1000).toFixed(1)} s${waitedMs >= 1_000 ? ` (unavailable for ${Math.round(waitedMs / 1000)} of at most ${retryForSeconds} s)` : ''}\n`,
      );
    },
    onProgress: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
  });
  bar.stop();
  console.log(
    `${summary.rows} rows in ${summary.seconds.toFixed(1)} s (${Math.round(summary.rowsPerSecond)} rows/s): ${summary.created} created, ${summary.duplicate} already there, ${summary.rejected} rejected`,
  );
  if (summary.rejected > 0) console.log(`Rejected rows and their reasons: ${rejectionsPath}`);
  process.exit(summary.rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.ALL_IN);
} catch (error) {
  bar.stop();
  if (error instanceof ImportRefused) {
    console.error(`Import refused: ${error.message}`);
    process.exit(ExitCode.REFUSED);
  }
  if (error instanceof GraphUnavailable) {
    console.error(
      `Import stopped: ${error.message}. Rows sent before are in; run the same command again when the graph is back (their keys make it safe).`,
    );
    process.exit(ExitCode.UNAVAILABLE);
  }
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    code === 'ENOENT' ? `Import refused: no such file: ${csvPath}` : `Import failed unexpectedly: ${message}`,
  );
  process.exit(code === 'ENOENT' ? ExitCode.REFUSED : ExitCode.UNEXPECTED);
}
