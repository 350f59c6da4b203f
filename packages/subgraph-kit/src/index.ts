export * from './logger.ts';
export * from './request-scope.ts';
export * from './subgraph-server.ts';
export * from './graphql-client.ts';
export * from './guards.ts';
export * from './scalars.ts';
export * from './service-runtime.ts';
export * from './audit.ts';
