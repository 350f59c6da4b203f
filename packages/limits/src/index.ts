export * from './query-limits.ts';
export * from './rate-limit.ts';
export * from './body.ts';
