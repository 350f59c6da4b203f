import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { supergraphPath } from '../../gateway/src/subgraphs.ts';

/**
 * `@apollo/gateway` (with @apollo/server) on the same supergraph SDL, for `pnpm bench:gateways`: the subgraph URLs
 * of the supergraph replaced by the ones of this run, the caller's Authorization header passed on. Nothing else.
 */
// @apollo/gateway refuses a supergraph whose @requiresScopes link is `for: SECURITY` (it cannot enforce it); without
// that marker it plans and ignores the directive, like the bare Hive runtime. The subgraphs enforce the scopes.
const supergraphSdl = readFileSync(supergraphPath, 'utf8').replace(
  '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
  '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")',
);
interface Context {
  authorization: string;
}
const port = Number(process.env['PORT']);
const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name }) =>
    new RemoteGraphQLDataSource<Context>({
      url: process.env[`${name.toUpperCase()}_URL`]!,
      willSendRequest({ request, context }) {
        if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      },
    }),
});
const server = new ApolloServer<Context>({ gateway, introspection: false });
await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization ?? '' }),
});
console.log(`apollo gateway on ${port}`);

// Stopped by the benchmark with SIGTERM; nothing to drain.
process.on('SIGTERM', () => process.exit(0));
