export * from './open-database.ts';
export * from './statement-counter.ts';
export * from './constraint-errors.ts';
export * from './audit-table.ts';
export * from './resilient-client.ts';
export * from './any-of.ts';
export * from './rows-as-select.ts';
export * from './flat-rows.ts';
