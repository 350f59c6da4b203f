import { describe, expect, it } from 'vitest';
import { trentoCatalogue2013 } from '../../../catalogue/src/reference/index.ts';
import { deliveryCatalogueProblems, deliveryShapeProblems, type StandardFacts } from './delivery-check.ts';

const standard = (code: string): StandardFacts => {
  const found = trentoCatalogue2013.standards.find((s) => s.code === code);
  if (!found) throw new Error(code);
  return found;
};
const protectedPerson = { protectedCategory: true };
const otherPerson = { protectedCategory: false };
const rules = (code: string, report: { minutes: number; sessions: number; modality: string; outputs?: string[] }, person = protectedPerson) =>
  deliveryCatalogueProblems(standard(code), { outputs: [], ...report }, person).map((p) => (p.kind === 'rule' ? p.rule : p.field));

describe('delivery checks against the catalogue (seed 003)', () => {
  it('3A: an individual session of 60 minutes is within the bound, 61 is not', () => {
    expect(rules('3A', { minutes: 60, sessions: 1, modality: 'INDIVIDUAL_INTERVIEW' })).toEqual([]);
    expect(rules('3A', { minutes: 61, sessions: 1, modality: 'INDIVIDUAL_INTERVIEW' })).toEqual(['SESSION_MAX_MINUTES']);
  });

  it('3A: at most 4 individual sessions', () => {
    expect(rules('3A', { minutes: 200, sessions: 4, modality: 'INDIVIDUAL_INTERVIEW' })).toEqual([]);
    expect(rules('3A', { minutes: 250, sessions: 5, modality: 'INDIVIDUAL_INTERVIEW' })).toEqual(['MAX_SESSIONS']);
  });

  it('3Bc: at most 50 hours in all', () => {
    const modality = standard('3Bc').modalities[0]!.code;
    expect(rules('3Bc', { minutes: 3000, sessions: 10, modality })).toEqual([]);
    expect(rules('3Bc', { minutes: 3001, sessions: 10, modality })).toEqual(['PATH_MAX_MINUTES']);
  });

  it('area 3 only for people with a certified disability or disadvantage; 2Cb only for the others', () => {
    expect(rules('3A', { minutes: 50, sessions: 1, modality: 'INDIVIDUAL_INTERVIEW' }, otherPerson)).toEqual(['TARGET_GROUP']);
    const tutoring = standard('2Cb').modalities[0]!.code;
    expect(rules('2Cb', { minutes: 60, sessions: 1, modality: tutoring }, protectedPerson)).toContain('TARGET_GROUP');
    expect(rules('2Cb', { minutes: 60, sessions: 1, modality: tutoring }, otherPerson)).not.toContain('TARGET_GROUP');
  });

  it('area 4 services are for employers, never reported for a person', () => {
    const modality = standard('4C').modalities[0]!.code;
    expect(rules('4C', { minutes: 240, sessions: 1, modality })).toContain('TARGET_GROUP');
  });

  it('a modality or an output the service does not have is bad input', () => {
    expect(rules('3A', { minutes: 50, sessions: 1, modality: 'TELEPATHY' })).toEqual(['modality']);
    expect(rules('3A', { minutes: 50, sessions: 1, modality: 'INDIVIDUAL_INTERVIEW', outputs: ['INTERNSHIP_CERTIFICATE_OF_NOTHING'] })).toEqual(['outputs']);
  });

  it('minutes and sessions are positive whole numbers, dates not in the future', () => {
    const shape = (minutes: number, sessions: number, on = '2025-01-01') => deliveryShapeProblems({ minutes, sessions, modality: 'X', outputs: [] }, on, '2026-11-23').map((p) => (p.kind === 'input' ? p.field : p.rule));
    expect(shape(-5, 1)).toEqual(['minutes']);
    expect(shape(0, 1)).toEqual(['minutes']);
    expect(shape(30, 0)).toEqual(['sessions']);
    expect(shape(30, 1, '2026-11-24')).toEqual(['deliveredOn']);
  });
});
