import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { gql } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { importDeliveries } from '../scripts/delivery-import/import-deliveries.ts';
import { writeDeliveryCsv, type CsvPerson } from './support/delivery-csv.ts';
import { seedJourney } from './support/fixtures.ts';

let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let dir: string;
const people: CsvPerson[] = [];

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  dir = mkdtempSync(join(tmpdir(), 'import-'));
  people.push({ id: world.personId, fiscalCode: world.personInput.fiscalCode });
  for (const [i, familyName] of ['Rossi', 'Bianchi', 'Galli', 'Moretti'].entries()) {
    const birthDate = `198${i}-06-1${i}`;
    const fiscalCode = encodePersonFiscalCode({
      givenName: 'Luca',
      familyName,
      birthDate,
      sex: 'M',
      birthPlaceCode: 'F205',
    });
    const { registerPerson } = await world.must(
      world.cpi,
      'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      {
        input: {
          fiscalCode,
          givenName: 'Luca',
          familyName,
          birthDate,
          sex: 'M',
          residenceProvince: 'MI',
          residenceMunicipality: 'F205',
        },
      },
    );
    people.push({ id: registerPerson.id, fiscalCode });
  }
});

afterAll(async () => {
  await graph?.[Symbol.asyncDispose]();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const deliveriesOfCpi = async () => {
  const { data } = await gql(
    graph.gatewayUrl,
    world.cpi,
    'query ($id: ID!) { provider(id: $id) { deliveries { id } } }',
    { id: world.cpiId },
  );
  return data!['provider'].deliveries.length as number;
};

describe('CSV import of deliveries through the gateway', () => {
  it('1,000 rows with Italian headers: accepted rows created, refused rows in the rejection report; a second run creates nothing', async () => {
    const csvPath = join(dir, 'erogazioni.csv');
    const rejectionsPath = join(dir, 'erogazioni.rejections.csv');
    const expected = writeDeliveryCsv(csvPath, 1_000, people);
    const progress: number[] = [];
    const summary = await importDeliveries({
      csvPath,
      gatewayUrl: graph.gatewayUrl,
      token: world.cpi,
      batchSize: 250,
      rejectionsPath,
      onProgress: (done) => progress.push(done),
    });
    const rejected = expected.expectedLocalRejections + expected.expectedGraphRejections;
    expect(summary).toMatchObject({ rows: 1_000, created: 1_000 - rejected, duplicate: 0, rejected });
    expect(progress.at(-1)).toBe(1_000);
    expect(await deliveriesOfCpi()).toBe(1_000 - rejected);

    const report = parse(readFileSync(rejectionsPath), { columns: true }) as Array<Record<string, string>>;
    expect(report).toHaveLength(rejected);
    expect(report.find((r) => r['key'] === 'imp-100')).toMatchObject({
      row: '101',
      code: 'RULE_VIOLATION',
      rule: 'SESSION_MAX_MINUTES',
    });
    expect(report.find((r) => r['key'] === 'imp-250')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modality' });
    expect(report.find((r) => r['key'] === 'imp-333')).toMatchObject({
      row: '334',
      code: 'BAD_USER_INPUT',
      field: 'deliveredOn',
    });

    const again = await importDeliveries({ csvPath, gatewayUrl: graph.gatewayUrl, token: world.cpi, rejectionsPath });
    expect(again).toMatchObject({ created: 0, duplicate: 1_000 - rejected, rejected });
    expect(await deliveriesOfCpi()).toBe(1_000 - rejected);

    // The import records each row's target groups as a single report does (one projection): every delivery is in a
    // sex group, none NOT_RECORDED, and the groups add up to the total.
    const deliveriesBy = async (groupBy: string[]) => {
      const { data, errors } = await gql(
        graph.gatewayUrl,
        world.cpi,
        'query ($q: IndicatorQuery!) { indicators(query: $q) { services { cells { targetGroup measures { name value } } } } }',
        { q: { from: '2020-01-01', to: '2029-12-31', granularity: 'YEAR', groupBy } },
      );
      expect(errors).toBeUndefined();
      const sums = new Map<string | null, number>();
      for (const c of data!['indicators'].services.cells as Array<{
        targetGroup: string | null;
        measures: Array<{ name: string; value: number }>;
      }>)
        sums.set(
          c.targetGroup,
          (sums.get(c.targetGroup) ?? 0) + c.measures.find((m) => m.name === 'deliveries')!.value,
        );
      return sums;
    };
    const bySex = await deliveriesBy(['SEX']);
    expect(bySex.has('NOT_RECORDED')).toBe(false);
    expect([...bySex.values()].reduce((a, b) => a + b, 0)).toBe((await deliveriesBy([])).get(null));
    expect((await deliveriesBy([])).get(null)).toBeGreaterThanOrEqual(1_000 - rejected);
  });

  it('the command line: progress bar, summary, exit code 1 and a report when rows are refused', async () => {
    const csvPath = join(dir, 'small.csv');
    writeDeliveryCsv(csvPath, 120, people, 'cli');
    const run = promisify(execFile)(
      'node',
      ['--import', 'tsx', 'scripts/import-deliveries.ts', csvPath, '--gateway', graph.gatewayUrl, '--batch-size', '50'],
      {
        env: { ...process.env, TOKEN: world.cpi },
      },
    );
    const failure = await run.then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('120 rows');
    expect(failure?.stdout).toContain('119 created');
    expect(failure?.stderr + failure!.stdout).toContain('deliveries [');
    expect(readFileSync(join(dir, 'small.rejections.csv'), 'utf8')).toContain('cli-100');
  });

  it('a file without the required columns is refused before anything is sent', async () => {
    const csvPath = join(dir, 'wrong.csv');
    writeFileSync(csvPath, 'nome;cognome\nMario;Rossi\n');
    await expect(
      importDeliveries({
        csvPath,
        gatewayUrl: graph.gatewayUrl,
        token: world.cpi,
        rejectionsPath: join(dir, 'wrong.rejections.csv'),
      }),
    ).rejects.toThrow(/chiave/);
  });
});
