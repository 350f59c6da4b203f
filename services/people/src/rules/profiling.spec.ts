import { describe, expect, it } from 'vitest';
import { professionalRecordProblems, quantitativeProfilingProblems } from './profiling.ts';

const inputs = {
  age: 41,
  province: 'MI',
  monthsSearching: 14,
  monthsEmployedLastFiveYears: 20,
  householdSize: 3,
  citizenship: 'IT',
  educationLevel: 'Diploma',
};
const record = {
  education: [{ eqfLevel: 4, title: 'Diploma di ragioneria' }],
  training: [],
  experiences: [],
  skills: [],
  languages: [{ language: 'en', level: 'B1' }],
  drivingLicences: ['B'],
  availability: { weeklyHours: 30, maxDistanceKm: 25 },
};

describe('profiling (DOMAIN.md: a probability in [0,1] of not being employed)', () => {
  it('0 and 1 are valid scores, outside them is not', () => {
    expect(quantitativeProfilingProblems({ score: 0, inputs })).toEqual([]);
    expect(quantitativeProfilingProblems({ score: 1, inputs })).toEqual([]);
    expect(quantitativeProfilingProblems({ score: 1.01, inputs }).map((p) => p.field)).toEqual(['score']);
    expect(quantitativeProfilingProblems({ score: -0.01, inputs }).map((p) => p.field)).toEqual(['score']);
  });

  it('the inputs are checked', () => {
    expect(
      quantitativeProfilingProblems({ score: 0.5, inputs: { ...inputs, province: 'XX', citizenship: 'Italy' } }).map(
        (p) => p.field,
      ),
    ).toEqual(['inputs.province', 'inputs.citizenship']);
  });
});

describe('professional record (SAP vocabularies)', () => {
  it('a record in standard vocabularies passes', () => {
    expect(professionalRecordProblems(record)).toEqual([]);
  });

  it('EQF 1-8, CEFR A1-C2, ISO 639-1, licence categories of D.Lgs. 285/1992 art. 116', () => {
    const fields = professionalRecordProblems({
      ...record,
      education: [{ eqfLevel: 9, title: 'x' }],
      languages: [{ language: 'eng', level: 'B3' }],
      drivingLicences: ['Z'],
    }).map((p) => p.field);
    expect(fields).toEqual([
      'education[0].eqfLevel',
      'languages[0].language',
      'languages[0].level',
      'drivingLicences[0]',
    ]);
  });

  it('an ESCO or ISTAT skill needs its code; an experience cannot end before it starts', () => {
    const fields = professionalRecordProblems({
      ...record,
      skills: [{ codeSystem: 'ESCO', label: 'contabilità' }],
      experiences: [{ employer: 'Alfa', from: '2020-01-01', to: '2019-01-01' }],
    }).map((p) => p.field);
    expect(fields).toEqual(['experiences[0].to', 'skills[0].code']);
  });
});
