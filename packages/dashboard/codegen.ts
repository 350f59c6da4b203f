import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { publicSchema } from '@reg/gateway/schema-policy';
import { printSchema } from 'graphql';

/**
 * Typed documents for the dashboard, as a partner front end would generate them (README "For partner
 * developers"): the client preset reads the public schema of the checked-in supergraph and every `graphql(...)`
 * document under src/, and writes src/generated/. A partner can point `schema` at the gateway's URL instead.
 */
const root = resolve(import.meta.dirname, '../..');

export function dashboardCodegenConfig(): CodegenConfig {
  return {
    overwrite: true,
    silent: true,
    schema: printSchema(publicSchema(readFileSync(resolve(root, 'schema/supergraph.graphql'), 'utf8'))),
    documents: [resolve(import.meta.dirname, 'src/**/*.ts'), `!${resolve(import.meta.dirname, 'src/generated/**')}`],
    generates: {
      [`${resolve(import.meta.dirname, 'src/generated')}/`]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { Date: 'string', DateTime: 'string' },
        },
      },
    },
  };
}
