import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { supergraphPath } from '../../gateway/src/subgraphs.ts';

/**
 * `@apollo/gateway` (with @apollo/server) on the same supergraph SDL, for `pnpm bench:gateways`: the subgraph URLs
 * of the supergraph replaced by the ones of this run, the caller's Authorization header passed on. Nothing else.
 */
interface Context {
  authorization: string;
}
const port = Number(process.env['PORT']);
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
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
