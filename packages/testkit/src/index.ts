export * from './test-database.ts';
export * from './tokens.ts';
export * from './graphql-client.ts';
