import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callers, createTestDatabase, gql } from '@reg/testkit';
import { createTestData, startTestGraph } from './support/graph.ts';
import { exited, freePort, startProcess, waitForReady } from './support/processes.ts';

const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'graph-data-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const registerProvider = `mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`;
const providerInput = (name: string) => ({
  name,
  kind: 'ACCREDITED',
  province: 'MI',
  serviceCodes: ['3A'],
  accreditedFrom: '2024-01-01',
});

describe('data survives', () => {
  it('a restart of the whole graph keeps what was written', async () => {
    // PGlite folders on disk by default; the server database when DATABASE_URL is set.
    await using data = await createTestData({ durable: true });
    let id: string;
    {
      await using first = await startTestGraph({ data });
      id = (await first.must(await callers.region(), registerProvider, { input: providerInput('Ente Persistente') }))[
        'registerProvider'
      ].id;
    }
    await using second = await startTestGraph({ data });
    const after = await second.must(await callers.region(), 'query ($id: ID!) { provider(id: $id) { name } }', { id });
    expect(after['provider']).toEqual({ name: 'Ente Persistente' });
  });

  it('kill -9 of a subgraph process loses no committed transaction', async () => {
    const database = await createTestDatabase();
    const env: Record<string, string> =
      database.driver === 'postgres' ? { DATABASE_URL: database.location } : { DATA_DIR: tempFolder() };
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const entry = join(import.meta.dirname, '..', 'services', 'catalogue', 'src', 'index.ts');
    const first = startProcess(entry, { ...env, PORT: String(port) });
    try {
      await waitForReady(base);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const { data } = await gql(`${base}/graphql`, await callers.region(), registerProvider, {
          input: providerInput(`Ente ${i}`),
        });
        ids.push(data!['registerProvider'].id);
      }
      first.kill('SIGKILL');
      await exited(first);
    } finally {
      if (first.exitCode === null && first.signalCode === null) first.kill('SIGKILL');
    }
    const second = startProcess(entry, { ...env, PORT: String(port) });
    try {
      await waitForReady(base);
      const { data } = await gql(`${base}/graphql`, await callers.region(), '{ providers(province: "MI") { name } }');
      expect(data!['providers'].map((p: { name: string }) => p.name).sort()).toEqual([
        'Ente 0',
        'Ente 1',
        'Ente 2',
        'Ente 3',
        'Ente 4',
      ]);
    } finally {
      second.kill('SIGTERM');
      await exited(second);
      await database.drop();
    }
  });
});
