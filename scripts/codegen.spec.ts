import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { dashboardCodegenConfig } from '../packages/dashboard/codegen.ts';
import { codegenConfig, remoteCodegenConfig, remoteOperations } from './codegen.ts';

describe('generated resolver types', () => {
  it.each(['people', 'catalogue', 'employers', 'outcomes'] as const)(
    '%s: src/generated/graphql.ts is up to date with its SDL (run `pnpm codegen`)',
    async (service) => {
      const outputs = (await generate(codegenConfig(service), false)) as Array<{ filename: string; content: string }>;
      for (const output of outputs) expect(readFileSync(output.filename, 'utf8')).toBe(output.content);
    },
  );

  it("the dashboard's typed documents (packages/dashboard/src/generated) are up to date with the supergraph and its documents", async () => {
    const outputs = (await generate(dashboardCodegenConfig(), false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8')).toBe(output.content);
  });
});

describe('generated remote operations', () => {
  it.each(remoteOperations.map((r) => [`${r.caller} -> ${r.owner}`, r] as const))(
    "%s: src/remote/generated is up to date with the documents and the owner's SDL (run `pnpm codegen`)",
    async (_, pair) => {
      const outputs = (await generate(remoteCodegenConfig(pair), false)) as Array<{
        filename: string;
        content: string;
      }>;
      expect(outputs).toHaveLength(1);
      for (const output of outputs) expect(readFileSync(output.filename, 'utf8')).toBe(output.content);
    },
  );
});
