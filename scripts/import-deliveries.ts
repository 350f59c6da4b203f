import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { DEFAULT_BATCH_SIZE, ImportRefused, importDeliveries } from './delivery-import/import-deliveries.ts';

/**
 * `pnpm import:deliveries <file.csv> [--gateway URL] [--token JWT] [--batch-size 100] [--rejections FILE]`:
 * sends an accredited body's delivery export to the graph (columns in README) and writes the rows it
 * refused, with the reasons, to a CSV beside the file.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gateway: { type: 'string', default: process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql' },
    token: { type: 'string', default: process.env['TOKEN'] },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    rejections: { type: 'string' },
  },
});
const csvPath = positionals[0];
if (!csvPath || !values.token) {
  console.error('usage: pnpm import:deliveries <file.csv> [--gateway URL] [--token JWT | TOKEN=...] [--batch-size 100] [--rejections FILE]');
  process.exit(2);
}
const rejectionsPath = values.rejections ?? csvPath.replace(/(\.csv)?$/i, '.rejections.csv');
const bar = new SingleBar({ format: 'deliveries [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 }, Presets.shades_classic);
let started = false;
try {
  const summary = await importDeliveries({
    csvPath,
    gatewayUrl: values.gateway,
    token: values.token,
    batchSize: Number(values['batch-size']),
    rejectionsPath,
    onProgress: (done, total) => {
      if (!started) { bar.start(total, 0); started = true; }
      bar.update(done);
    },
  });
  bar.stop();
  console.log(`${summary.rows} rows in ${summary.seconds.toFixed(1)} s (${Math.round(summary.rowsPerSecond)} rows/s): ${summary.created} created, ${summary.duplicate} already there, ${summary.rejected} rejected`);
  if (summary.rejected > 0) console.log(`Rejected rows and their reasons: ${rejectionsPath}`);
  process.exit(summary.rejected > 0 ? 1 : 0);
} catch (error) {
  bar.stop();
  console.error(error instanceof ImportRefused ? `Import refused: ${error.message}` : error);
  process.exit(error instanceof ImportRefused ? 2 : 3);
}
