export * from './disadvantage.ts';
