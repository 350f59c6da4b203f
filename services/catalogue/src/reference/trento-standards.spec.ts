import { describe, it, expect } from 'vitest';
import { catalogueVersions, lepServices, trentoCatalogue2013 } from './index.ts';
import type { ModalityStandard, ServiceStandardDefinition } from './types.ts';

const HOUR = 60;
const standards = trentoCatalogue2013.standards;

function std(code: string): ServiceStandardDefinition {
  const found = standards.find((s) => s.code === code);
  if (!found) throw new Error(`standard ${code} missing`);
  return found;
}

function mod(serviceCode: string, modalityCode: string): ModalityStandard {
  const found = std(serviceCode).modalities.find((m) => m.code === modalityCode);
  if (!found) throw new Error(`modality ${serviceCode}/${modalityCode} missing`);
  return found;
}

const allModalities = standards.flatMap((s) => s.modalities.map((m) => ({ service: s.code, m })));

// The 21 cards of seed 003, in the order of its index.
const EXPECTED_CODES = [
  '1A',
  '2A',
  '2Ba',
  '2Bb',
  '2Ca',
  '2Cb',
  '2Cc',
  '2Cd',
  '2Ce',
  '2D',
  '3A',
  '3Ba',
  '3Bb',
  '3Bc',
  '3Bd',
  '3Be',
  '4A',
  '4B',
  '4C',
  '4D',
  '4E',
];

describe('Trento catalogue 2013: structure (seed 003)', () => {
  it('is dated by deliberazione G.P. n. 968 of 24 May 2013 and open-ended (seed 003 preface)', () => {
    expect(trentoCatalogue2013.validFrom).toBe('2013-05-24');
    expect(trentoCatalogue2013.validTo).toBeNull();
    expect(trentoCatalogue2013.source).toBe('003_133e0e8801c5193e.txt');
    expect(catalogueVersions).toContain(trentoCatalogue2013);
  });

  it('holds all 21 services of seed 003, each exactly once, in index order', () => {
    expect(standards.map((s) => s.code)).toEqual(EXPECTED_CODES);
    expect(new Set(standards.map((s) => s.code)).size).toBe(standards.length);
  });

  it('derives area and group from the code (seed 003 index)', () => {
    for (const s of standards) {
      expect(s.area, s.code).toBe(Number(s.code[0]));
      const isSub = /^\d[A-Z][a-e]$/.test(s.code);
      expect(s.groupCode, s.code).toBe(isSub ? s.code.slice(0, 2) : null);
      expect(s.groupTitle === null, s.code).toBe(!isSub);
    }
    expect(new Set(standards.map((s) => s.groupCode))).toEqual(new Set([null, '2B', '2C', '3B']));
  });

  it('has a title, purpose, activities, at least one modality and one output per service (seed 003)', () => {
    for (const s of standards) {
      expect(s.title.length, s.code).toBeGreaterThan(0);
      expect(s.purpose.length, s.code).toBeGreaterThan(0);
      expect(s.activities.length, s.code).toBeGreaterThan(0);
      expect(s.modalities.length, s.code).toBeGreaterThan(0);
      expect(s.outputs.length, s.code).toBeGreaterThan(0);
      expect(s.competences.length, s.code).toBeGreaterThan(0);
    }
  });

  it('targets: area 1 everyone, 2Cb only people NOT disabled or disadvantaged, area 3 only them, area 4 employers (seed 003)', () => {
    expect(std('1A').targetGroup).toBe('EVERYONE');
    expect(std('2Cb').targetGroup).toBe('JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED');
    for (const s of standards.filter((x) => x.area === 2 && x.code !== '2Cb'))
      expect(s.targetGroup, s.code).toBe('JOB_SEEKERS');
    for (const s of standards.filter((x) => x.area === 3))
      expect(s.targetGroup, s.code).toBe('DISABLED_OR_DISADVANTAGED');
    for (const s of standards.filter((x) => x.area === 4)) expect(s.targetGroup, s.code).toBe('EMPLOYERS');
  });

  it('modality codes are UPPER_SNAKE and unique within each service', () => {
    for (const s of standards) {
      const codes = s.modalities.map((m) => m.code);
      expect(new Set(codes).size, s.code).toBe(codes.length);
      for (const c of codes) expect(c, s.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    }
  });

  it('every bound is a non-negative integer number of minutes, sessions or days', () => {
    for (const { service, m } of allModalities) {
      const values = [
        m.minMinutes,
        m.maxMinutes,
        m.pathMinMinutes,
        m.pathMaxMinutes,
        m.minSessions,
        m.maxSessions,
        m.maxSpanMonths,
      ];
      for (const v of values) {
        if (v === null || v === undefined) continue;
        expect(Number.isInteger(v), `${service}/${m.code}`).toBe(true);
        expect(v, `${service}/${m.code}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('every min <= max (minutes, path minutes, sessions)', () => {
    for (const { service, m } of allModalities) {
      const pairs: [number | null | undefined, number | null | undefined][] = [
        [m.minMinutes, m.maxMinutes],
        [m.pathMinMinutes, m.pathMaxMinutes],
        [m.minSessions, m.maxSessions],
      ];
      for (const [lo, hi] of pairs) {
        if (lo === null || lo === undefined || hi === null || hi === undefined) continue;
        expect(lo, `${service}/${m.code}`).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('path bounds appear only beside per-session bounds; session counts only on per-session modalities', () => {
    for (const { service, m } of allModalities) {
      if (m.pathMinMinutes != null || m.pathMaxMinutes != null)
        expect(m.minutesScope, `${service}/${m.code}`).toBe('SESSION');
      if (m.minSessions !== null || m.maxSessions !== null)
        expect(m.minutesScope, `${service}/${m.code}`).toBe('SESSION');
    }
  });

  it('every modality keeps its seed sentence, and every bounded one states its duration there (seed 003)', () => {
    for (const { service, m } of allModalities) {
      expect(m.sourceText.length, `${service}/${m.code}`).toBeGreaterThan(0);
      if (m.minMinutes !== null || m.maxMinutes !== null)
        expect(m.sourceText, `${service}/${m.code}`).toMatch(/durata/);
    }
  });

  it('output codes are UPPER_SNAKE, unique per service, optional exactly when the seed says "Eventuale"', () => {
    for (const s of standards) {
      const codes = s.outputs.map((o) => o.code);
      expect(new Set(codes).size, s.code).toBe(codes.length);
      for (const o of s.outputs) {
        expect(o.code, s.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
        expect(o.optional, `${s.code}/${o.code}`).toBe(o.label.startsWith('Eventuale'));
      }
    }
  });

  it('every lepCode exists in lepServices, and lepServices.standardCodes is its exact inverse', () => {
    const lepCodes = new Set(lepServices.map((l) => l.code));
    for (const s of standards) for (const c of s.lepCodes) expect(lepCodes.has(c), `${s.code} -> ${c}`).toBe(true);
    for (const s of standards) {
      const viaLep = lepServices
        .filter((l) => l.standardCodes.includes(s.code))
        .map((l) => l.code)
        .sort();
      expect([...s.lepCodes].sort(), s.code).toEqual(viaLep);
    }
  });

  it('related standards exist (4E activates coaching 2Ca and self-employment consulting 2D, seed 003)', () => {
    const codes = new Set(standards.map((s) => s.code));
    for (const s of standards)
      for (const r of s.relatedStandardCodes ?? []) expect(codes.has(r), `${s.code} -> ${r}`).toBe(true);
    expect(std('4E').relatedStandardCodes).toEqual(['2Ca', '2D']);
    expect(std('2Ca').title).toBe('Coaching');
    expect(std('2D').title).toBe('Consulenza per l’avvio di attività autonoma');
  });
});

describe('Trento catalogue 2013: bounds per service (seed 003)', () => {
  it('1A: individual interview 10 to 30 minutes, group meetings 30 minutes to 1 hour, self-consultation and seminars unbounded (seed 003)', () => {
    expect(std('1A').modalities).toHaveLength(4);
    expect(mod('1A', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      kind: 'INDIVIDUAL',
      minMinutes: 10,
      maxMinutes: 30,
      minutesScope: 'SESSION',
    });
    expect(mod('1A', 'GROUP_MEETING')).toMatchObject({
      kind: 'GROUP',
      minMinutes: 30,
      maxMinutes: 60,
      minutesScope: 'SESSION',
    });
    expect(mod('1A', 'SELF_CONSULTATION_SPACE')).toMatchObject({
      kind: 'SELF_SERVICE',
      minMinutes: null,
      maxMinutes: null,
    });
    expect(mod('1A', 'INFORMATION_SEMINAR')).toMatchObject({ kind: 'SEMINAR', minMinutes: null, maxMinutes: null });
  });

  it('2A: individual and group interviews of 1-2 hours each, orientation interventions for organisations 2-10 hours (seed 003)', () => {
    expect(std('2A').modalities).toHaveLength(3);
    expect(mod('2A', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      minMinutes: 1 * HOUR,
      maxMinutes: 2 * HOUR,
      minutesScope: 'SESSION',
    });
    expect(mod('2A', 'GROUP_INTERVIEW')).toMatchObject({
      minMinutes: 1 * HOUR,
      maxMinutes: 2 * HOUR,
      minutesScope: 'SESSION',
    });
    expect(mod('2A', 'ORIENTATION_INTERVENTION_FOR_ORGANISATIONS')).toMatchObject({
      minMinutes: 2 * HOUR,
      maxMinutes: 10 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2Ba: individual interviews of at least 1 hour, 3 to 8 of them; group path 12-20 hours (seed 003)', () => {
    expect(std('2Ba').modalities).toHaveLength(2);
    expect(mod('2Ba', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      minMinutes: 1 * HOUR,
      maxMinutes: null,
      minutesScope: 'SESSION',
      minSessions: 3,
      maxSessions: 8,
    });
    expect(mod('2Ba', 'GROUP_INTERVIEW')).toMatchObject({
      minMinutes: 12 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2Bb: 15-18 hours within at most 2 months (seed 003)', () => {
    expect(std('2Bb').modalities).toHaveLength(1);
    expect(mod('2Bb', 'COMPETENCE_ASSESSMENT_PATH')).toMatchObject({
      minMinutes: 15 * HOUR,
      maxMinutes: 18 * HOUR,
      minutesScope: 'PATH',
      maxSpanMonths: 2,
    });
    expect(std('2Bb').outputs.map((o) => o.code)).toContain('COMPETENCE_DOSSIER');
  });

  it('2Ca: individual coaching 10-15 hours in total (seed 003)', () => {
    expect(std('2Ca').modalities).toHaveLength(1);
    expect(mod('2Ca', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      minMinutes: 10 * HOUR,
      maxMinutes: 15 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2Cb: interviews and accompaniment 20-40 hours in total (seed 003)', () => {
    expect(std('2Cb').modalities).toHaveLength(1);
    expect(mod('2Cb', 'INDIVIDUAL_INTERVIEW_AND_ACCOMPANIMENT')).toMatchObject({
      minMinutes: 20 * HOUR,
      maxMinutes: 40 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2Cc: internship interviews and tutoring 10-20 hours (seed 003)', () => {
    expect(std('2Cc').modalities).toHaveLength(1);
    expect(mod('2Cc', 'INTERVIEWS_AND_TUTORING')).toMatchObject({
      minMinutes: 10 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2Cd: workshop 80-300 hours in total (seed 003)', () => {
    expect(std('2Cd').modalities).toHaveLength(1);
    expect(mod('2Cd', 'PRACTICAL_GROUP_ACTIVITY_WITH_TUTORING')).toMatchObject({
      minMinutes: 80 * HOUR,
      maxMinutes: 300 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2Ce: three modalities, 20-50 hours of interviews/training, 12-20 hours placement tutoring, 0-12 hours stabilisation tutoring (seed 003)', () => {
    expect(std('2Ce').modalities).toHaveLength(3);
    expect(mod('2Ce', 'INTERVIEWS_TRAINING_ACCOMPANIMENT')).toMatchObject({
      minMinutes: 20 * HOUR,
      maxMinutes: 50 * HOUR,
      minutesScope: 'PATH',
    });
    expect(mod('2Ce', 'PLACEMENT_TUTORING')).toMatchObject({
      minMinutes: 12 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
    expect(mod('2Ce', 'STABILISATION_TUTORING')).toMatchObject({
      minMinutes: 0,
      maxMinutes: 12 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('2D: individual path 10-20 hours, group path 20-40 hours, start-up tutoring 10-20 hours (seed 003, "durata massima 10 ore, massima 20 ore" read as 10-20)', () => {
    expect(std('2D').modalities).toHaveLength(3);
    expect(mod('2D', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      minMinutes: 10 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
    expect(mod('2D', 'GROUP_INTERVIEW')).toMatchObject({
      minMinutes: 20 * HOUR,
      maxMinutes: 40 * HOUR,
      minutesScope: 'PATH',
    });
    expect(mod('2D', 'START_UP_TUTORING')).toMatchObject({
      minMinutes: 10 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('3A: individual sessions of 45-60 minutes, 3 to 4 of them; group path 16-20 hours (seed 003)', () => {
    expect(std('3A').modalities).toHaveLength(2);
    expect(mod('3A', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      minMinutes: 45,
      maxMinutes: 60,
      minutesScope: 'SESSION',
      minSessions: 3,
      maxSessions: 4,
    });
    expect(mod('3A', 'GROUP_INTERVIEW')).toMatchObject({
      minMinutes: 16 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('3Ba: at most 20 hours in total, no minimum (seed 003)', () => {
    expect(std('3Ba').modalities).toHaveLength(1);
    expect(mod('3Ba', 'INTERVIEWS_WITH_USER_AND_SERVICES')).toMatchObject({
      minMinutes: null,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('3Bb: interviews and meetings 20-60 hours in total; job-retention tutoring at most 60 hours (seed 003)', () => {
    expect(std('3Bb').modalities).toHaveLength(2);
    expect(mod('3Bb', 'INTERVIEWS_AND_MEETINGS')).toMatchObject({
      minMinutes: 20 * HOUR,
      maxMinutes: 60 * HOUR,
      minutesScope: 'PATH',
    });
    expect(mod('3Bb', 'JOB_RETENTION_TUTORING')).toMatchObject({
      minMinutes: null,
      maxMinutes: 60 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('3Bc: at most 50 hours (seed 003)', () => {
    expect(std('3Bc').modalities).toHaveLength(1);
    expect(mod('3Bc', 'INTERVIEWS_MEETINGS_AND_TUTORING')).toMatchObject({
      minMinutes: null,
      maxMinutes: 50 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('3Bd: workshop 80-300 hours in total (seed 003)', () => {
    expect(std('3Bd').modalities).toHaveLength(1);
    expect(mod('3Bd', 'PRACTICAL_GROUP_ACTIVITY_WITH_TUTORING')).toMatchObject({
      minMinutes: 80 * HOUR,
      maxMinutes: 300 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('3Be: 20-60 hours of interviews/training/meetings, 20-100 hours of placement and stabilisation tutoring (seed 003)', () => {
    expect(std('3Be').modalities).toHaveLength(2);
    expect(mod('3Be', 'INTERVIEWS_TRAINING_ACCOMPANIMENT')).toMatchObject({
      minMinutes: 20 * HOUR,
      maxMinutes: 60 * HOUR,
      minutesScope: 'PATH',
    });
    expect(mod('3Be', 'PLACEMENT_AND_STABILISATION_TUTORING')).toMatchObject({
      minMinutes: 20 * HOUR,
      maxMinutes: 100 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('4A: interview at the company or a service point, 30 minutes to 1 hour (seed 003)', () => {
    expect(std('4A').modalities).toHaveLength(1);
    expect(mod('4A', 'EMPLOYER_INTERVIEW')).toMatchObject({ minMinutes: 30, maxMinutes: 60, minutesScope: 'SESSION' });
  });

  it('4B: interview with the company referent and visits, 2-10 hours (seed 003)', () => {
    expect(std('4B').modalities).toHaveLength(1);
    expect(mod('4B', 'EMPLOYER_CONSULTING')).toMatchObject({
      minMinutes: 2 * HOUR,
      maxMinutes: 10 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('4C: referent interview, database searches and worker contacts together 4-8 hours (seed 003)', () => {
    expect(std('4C').modalities).toHaveLength(1);
    expect(mod('4C', 'MATCHING_ACTIVITIES')).toMatchObject({
      minMinutes: 4 * HOUR,
      maxMinutes: 8 * HOUR,
      minutesScope: 'PATH',
    });
  });

  it('4D: competence verification 2-6 hours and candidate selection 2-6 hours, each its own bound (seed 003)', () => {
    expect(std('4D').modalities).toHaveLength(2);
    expect(mod('4D', 'COMPETENCE_VERIFICATION')).toMatchObject({ minMinutes: 2 * HOUR, maxMinutes: 6 * HOUR });
    expect(mod('4D', 'CANDIDATE_SELECTION')).toMatchObject({ minMinutes: 2 * HOUR, maxMinutes: 6 * HOUR });
  });

  it('4E: individual 15-20 hours and group 25-30 hours, training excluded from the count (seed 003)', () => {
    expect(std('4E').modalities).toHaveLength(2);
    expect(mod('4E', 'INDIVIDUAL_INTERVIEW')).toMatchObject({
      kind: 'INDIVIDUAL',
      minMinutes: 15 * HOUR,
      maxMinutes: 20 * HOUR,
      minutesScope: 'PATH',
      durationExcludes: 'attività di formazione',
    });
    expect(mod('4E', 'GROUP_INTERVIEW')).toMatchObject({
      kind: 'GROUP',
      minMinutes: 25 * HOUR,
      maxMinutes: 30 * HOUR,
      minutesScope: 'PATH',
      durationExcludes: 'attività di formazione',
    });
  });

  it('only 2Bb sets a maximum time span (seed 003: "arco temporale di massimo 2 mesi")', () => {
    const withSpan = allModalities
      .filter(({ m }) => m.maxSpanMonths !== null)
      .map(({ service, m }) => `${service}/${m.code}`);
    expect(withSpan).toEqual(['2Bb/COMPETENCE_ASSESSMENT_PATH']);
  });
});
