export * from './lattice.ts';
export * from './periods.ts';
export * from './request.ts';
export * from './sql.ts';
export * from './table.ts';
export * from './snapshots.ts';
