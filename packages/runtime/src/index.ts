export * from './config.ts';
export * from './lifecycle.ts';
export * from './app-root.ts';
