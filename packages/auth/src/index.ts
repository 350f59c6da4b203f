export * from './identity.ts';
export * from './config.ts';
export * from './verify.ts';
export * from './dev-tokens.ts';
export * from './scopes.ts';
export * from './internal-secret.ts';
export * from './service-tokens.ts';
export * from './request-ids.ts';
