export * from './test-database.ts';
export * from './tokens.ts';
export * from './graphql-client.ts';
export * from './assertions.ts';
export * from './cleanup.ts';
export * from './subgraph.ts';
