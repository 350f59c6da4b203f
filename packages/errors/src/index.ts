export * from './codes.ts';
export * from './mask.ts';
