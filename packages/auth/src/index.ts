export * from './identity.ts';
export * from './config.ts';
export * from './verify.ts';
export * from './dev-tokens.ts';
export * from './scopes.ts';
