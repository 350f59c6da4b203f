import { describe, expect, it } from 'vitest';
import { trentoCatalogue2013 } from '@reg/catalogue/reference';
import {
  deliveryCatalogueProblems,
  deliveryShapeProblems,
  findModality,
  normaliseSessions,
  sessionBreaches,
  type StandardFacts,
} from './delivery-check.ts';

const standard = (code: string): StandardFacts => {
  const found = trentoCatalogue2013.standards.find((s) => s.code === code);
  if (!found) throw new Error(code);
  return found;
};
const protectedPerson = { protectedCategory: true };
const otherPerson = { protectedCategory: false };
const catalogue = (code: string, report: { modality: string; outputs?: string[] }, person = protectedPerson) =>
  deliveryCatalogueProblems(
    standard(code),
    { minutes: 60, sessions: 1, sessionMinutes: null, outputs: [], ...report },
    person,
  ).map((p) => (p.kind === 'rule' ? p.rule : p.field));
const sessions = (
  code: string,
  modality: string,
  report: { minutes: number; sessions: number; sessionMinutes?: number[] },
) => sessionBreaches(code, findModality(standard(code), modality)!, { sessionMinutes: null, ...report });

describe('per-session bounds (seed 003)', () => {
  it('3A: individual sessions of 45 and 60 minutes are the bounds themselves (seed 003)', () => {
    expect(sessions('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 105, sessions: 2, sessionMinutes: [45, 60] })).toEqual([]);
  });

  it('3A: a session of 61 minutes is one minute over the maximum of 60 (seed 003)', () => {
    expect(sessions('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 106, sessions: 2, sessionMinutes: [45, 61] })).toEqual([
      {
        rule: 'SESSION_MAX_MINUTES',
        bound: 60,
        actual: 61,
        serviceCode: '3A',
        modality: 'INDIVIDUAL_INTERVIEW',
        message: expect.stringContaining('60 minutes'),
      },
    ]);
  });

  it('3A: a session of 44 minutes is one minute under the minimum of 45 (seed 003)', () => {
    expect(
      sessions('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 104, sessions: 2, sessionMinutes: [60, 44] }).map((b) => [
        b.rule,
        b.bound,
        b.actual,
      ]),
    ).toEqual([['SESSION_MIN_MINUTES', 45, 44]]);
  });

  it('3A: a total over several sessions without their minutes is checked on the average (seed 003)', () => {
    expect(sessions('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 240, sessions: 4 })).toEqual([]);
    expect(sessions('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 241, sessions: 4 }).map((b) => b.rule)).toEqual([
      'SESSION_MAX_MINUTES',
    ]);
    expect(sessions('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 179, sessions: 4 }).map((b) => b.rule)).toEqual([
      'SESSION_MIN_MINUTES',
    ]);
  });

  it('1A: an individual interview of 10 to 30 minutes (seed 003)', () => {
    expect(sessions('1A', 'INDIVIDUAL_INTERVIEW', { minutes: 30, sessions: 1 })).toEqual([]);
    expect(sessions('1A', 'INDIVIDUAL_INTERVIEW', { minutes: 31, sessions: 1 }).map((b) => b.rule)).toEqual([
      'SESSION_MAX_MINUTES',
    ]);
    expect(sessions('1A', 'INDIVIDUAL_INTERVIEW', { minutes: 9, sessions: 1 }).map((b) => b.rule)).toEqual([
      'SESSION_MIN_MINUTES',
    ]);
  });

  it('2Bb: bounds over the whole path are not per-session bounds (seed 003)', () => {
    expect(sessions('2Bb', 'COMPETENCE_ASSESSMENT_PATH', { minutes: 18 * 60 + 1, sessions: 1 })).toEqual([]);
  });
});

describe('delivery checks against the catalogue (seed 003)', () => {
  it('area 3 only for people with a certified disability or disadvantage; 2Cb only for the others (seed 003)', () => {
    expect(catalogue('3A', { modality: 'INDIVIDUAL_INTERVIEW' }, otherPerson)).toEqual(['TARGET_GROUP']);
    const tutoring = standard('2Cb').modalities[0]!.code;
    expect(catalogue('2Cb', { modality: tutoring }, protectedPerson)).toContain('TARGET_GROUP');
    expect(catalogue('2Cb', { modality: tutoring }, otherPerson)).not.toContain('TARGET_GROUP');
  });

  it('4C: area 4 services are for employers, never reported for a person (seed 003)', () => {
    expect(catalogue('4C', { modality: standard('4C').modalities[0]!.code })).toContain('TARGET_GROUP');
  });

  it('3A: a modality or an output the service does not have is bad input (seed 003)', () => {
    expect(catalogue('3A', { modality: 'TELEPATHY' })).toEqual(['modality']);
    expect(
      catalogue('3A', { modality: 'INDIVIDUAL_INTERVIEW', outputs: ['INTERNSHIP_CERTIFICATE_OF_NOTHING'] }),
    ).toEqual(['outputs']);
    const own = standard('3A').outputs.map((o) => o.code);
    expect(catalogue('3A', { modality: 'INDIVIDUAL_INTERVIEW', outputs: own })).toEqual([]);
  });

  it('minutes and sessions are positive whole numbers, dates not in the future', () => {
    const shape = (minutes: number, sessions: number, on = '2025-01-01') =>
      deliveryShapeProblems(
        { minutes, sessions, sessionMinutes: null, modality: 'X', outputs: [] },
        on,
        '2026-11-23',
      ).map((p) => (p.kind === 'input' ? p.field : p.rule));
    expect(shape(-5, 1)).toEqual(['minutes']);
    expect(shape(0, 1)).toEqual(['minutes']);
    expect(shape(30, 0)).toEqual(['sessions']);
    expect(shape(30, 1, '2026-11-24')).toEqual(['deliveredOn']);
  });
});

describe('minutes, sessions and per-session minutes as a client sends them', () => {
  it('the list of session minutes gives the total and the count', () => {
    expect(normaliseSessions({ sessionMinutes: [45, 60, 50] })).toEqual({
      ok: true,
      minutes: 155,
      sessions: 3,
      sessionMinutes: [45, 60, 50],
    });
    expect(normaliseSessions({ minutes: 155, sessions: 3, sessionMinutes: [45, 60, 50] })).toMatchObject({
      ok: true,
      minutes: 155,
    });
  });

  it('a total that is not their sum, or a count that is not their number, is bad input', () => {
    expect(normaliseSessions({ minutes: 150, sessionMinutes: [45, 60, 50] })).toMatchObject({
      ok: false,
      field: 'minutes',
    });
    expect(normaliseSessions({ sessions: 2, sessionMinutes: [45, 60, 50] })).toMatchObject({
      ok: false,
      field: 'sessions',
    });
    expect(normaliseSessions({ sessionMinutes: [45, 0] })).toMatchObject({ ok: false, field: 'sessionMinutes' });
    expect(normaliseSessions({ sessionMinutes: [] })).toMatchObject({ ok: false, field: 'sessionMinutes' });
  });

  it('a total alone counts as one session unless told otherwise; nothing at all is bad input', () => {
    expect(normaliseSessions({ minutes: 50 })).toEqual({ ok: true, minutes: 50, sessions: 1, sessionMinutes: null });
    expect(normaliseSessions({ minutes: 200, sessions: 4 })).toEqual({
      ok: true,
      minutes: 200,
      sessions: 4,
      sessionMinutes: null,
    });
    expect(normaliseSessions({})).toMatchObject({ ok: false, field: 'minutes' });
    expect(normaliseSessions({ minutes: 1.5 })).toMatchObject({ ok: false, field: 'minutes' });
  });
});
