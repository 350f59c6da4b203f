import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { createTestDatabase } from '@reg/testkit';
import { DEFAULT_BATCH_SIZE, importDeliveries } from '../scripts/delivery-import/import-deliveries.ts';
import { startGraph } from '../scripts/graph.ts';
import { writeDeliveryCsv, type CsvPerson } from '../test/support/delivery-csv.ts';
import { seedJourney } from '../test/support/fixtures.ts';

/**
 * `pnpm bench:import`: a generated CSV export of BENCH_ROWS deliveries (default 10,000) imported through
 * the gateway of an in-process graph, as `pnpm import:deliveries` does, in batches of BENCH_BATCH (default
 * DEFAULT_BATCH_SIZE, 100). Prints rows/s for the first run and for a retry of the same file (every row a DUPLICATE). PGlite in
 * memory by default; on a PostgreSQL server with DATABASE_URL (a fresh database, dropped afterwards).
 */
const rows = Number(process.env['BENCH_ROWS'] ?? 10_000);
const batchSize = Number(process.env['BENCH_BATCH'] ?? DEFAULT_BATCH_SIZE);

const database = await createTestDatabase();
const graph = await startGraph({ location: database.location, quiet: true });
const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
  const world = await seedJourney(graph.gatewayUrl);
  const people: CsvPerson[] = [{ id: world.personId, fiscalCode: world.personInput.fiscalCode }];
  for (let i = 0; i < 49; i++) {
    const familyName = `Bench${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
    const birthDate = `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`;
    const fiscalCode = encodePersonFiscalCode({
      givenName: 'Anna',
      familyName,
      birthDate,
      sex: 'F',
      birthPlaceCode: 'F205',
    });
    const { registerPerson } = await world.must(
      world.cpi,
      'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      {
        input: {
          fiscalCode,
          givenName: 'Anna',
          familyName,
          birthDate,
          sex: 'F',
          residenceProvince: 'MI',
          residenceMunicipality: 'F205',
        },
      },
    );
    people.push({ id: registerPerson.id, fiscalCode });
  }
  const csvPath = join(dir, 'erogazioni.csv');
  const expected = writeDeliveryCsv(csvPath, rows, people);
  console.log(
    `${rows} rows generated (${expected.expectedLocalRejections + expected.expectedGraphRejections} meant to be rejected), ${people.length} people, database ${database.driver}`,
  );

  for (const run of ['first run', 'retry (all duplicates)']) {
    const bar = new SingleBar(
      { format: `${run} [{bar}] {value}/{total} rows`, noTTYOutput: true, notTTYSchedule: 5_000 },
      Presets.shades_classic,
    );
    bar.start(rows, 0);
    const summary = await importDeliveries({
      csvPath,
      gatewayUrl: graph.gatewayUrl,
      token: world.cpi,
      batchSize,
      rejectionsPath: join(dir, 'rejections.csv'),
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    console.log(
      `${run}: ${summary.rows} rows in ${summary.seconds.toFixed(1)} s = ${Math.round(summary.rowsPerSecond)} rows/s (created ${summary.created}, duplicate ${summary.duplicate}, rejected ${summary.rejected})`,
    );
  }
} finally {
  await graph.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
