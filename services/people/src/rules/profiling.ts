import type { InputProblem } from '@reg/errors';
import { isProvinceCode } from '@reg/identifiers';

/**
 * The national quantitative profiling is a probability in [0,1] of not being employed (higher = further
 * from the labour market; DOMAIN.md, seed 004): the graph records it with the inputs it came from, so a
 * score can be explained and recomputed later.
 */
export function quantitativeProfilingProblems(input: {
  score: number;
  inputs: {
    age: number;
    province: string;
    monthsSearching: number;
    monthsEmployedLastFiveYears: number;
    householdSize: number;
    citizenship: string;
    educationLevel: string;
  };
}): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!(input.score >= 0 && input.score <= 1))
    problems.push({ field: 'score', message: 'The profiling score is a probability between 0 and 1' });
  const i = input.inputs;
  if (!Number.isInteger(i.age) || i.age < 15 || i.age > 75)
    problems.push({ field: 'inputs.age', message: 'Age must be a whole number from 15 to 75' });
  if (!isProvinceCode(i.province))
    problems.push({ field: 'inputs.province', message: `Unknown province ${i.province}` });
  if (!Number.isInteger(i.monthsSearching) || i.monthsSearching < 0)
    problems.push({ field: 'inputs.monthsSearching', message: 'Months searching is a whole number, 0 or more' });
  if (
    !Number.isInteger(i.monthsEmployedLastFiveYears) ||
    i.monthsEmployedLastFiveYears < 0 ||
    i.monthsEmployedLastFiveYears > 60
  )
    problems.push({
      field: 'inputs.monthsEmployedLastFiveYears',
      message: 'Months employed in the last five years: 0 to 60',
    });
  if (!Number.isInteger(i.householdSize) || i.householdSize < 1)
    problems.push({ field: 'inputs.householdSize', message: 'A household has at least one member' });
  if (!/^[A-Z]{2}$/.test(i.citizenship))
    problems.push({ field: 'inputs.citizenship', message: 'Citizenship is an ISO 3166-1 alpha-2 code (e.g. IT)' });
  if (i.educationLevel.trim() === '')
    problems.push({ field: 'inputs.educationLevel', message: 'Education level is required' });
  return problems;
}

const cefr = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
const licences = new Set(['AM', 'A1', 'A2', 'A', 'B1', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE']);

export interface ProfessionalRecordContent {
  education: ReadonlyArray<{ eqfLevel: number; title: string; year?: number | null }>;
  training: ReadonlyArray<{ title: string; hours?: number | null }>;
  experiences: ReadonlyArray<{
    employer: string;
    from: string;
    to?: string | null;
    occupationCode?: string | null;
    occupationCodeSystem?: string | null;
  }>;
  skills: ReadonlyArray<{ codeSystem: string; code?: string | null; label: string }>;
  languages: ReadonlyArray<{ language: string; level: string }>;
  drivingLicences: readonly string[];
  availability: { weeklyHours?: number | null; maxDistanceKm?: number | null };
}

type Listed<T> = ReadonlyArray<T> | null | undefined;

type Item<K extends keyof ProfessionalRecordContent> =
  ProfessionalRecordContent[K] extends ReadonlyArray<infer T> ? T : never;

/** A professional record as a client sends it (saveProfessionalRecord's input without the person, an import row's). */
export interface ProfessionalRecordInput {
  education?: Listed<Item<'education'>>;
  training?: Listed<Item<'training'> & { certified?: boolean | null }>;
  experiences?: Listed<Item<'experiences'>>;
  skills?: Listed<Item<'skills'>>;
  languages?: Listed<Item<'languages'>>;
  drivingLicences?: Listed<string>;
  availability: { weeklyHours?: number | null; maxDistanceKm?: number | null; shifts?: Listed<string> };
  cvDocuments?: Listed<unknown>;
}

/**
 * The professional record as stored, from saveProfessionalRecord's input or an import row's: absent lists empty,
 * training uncertified unless said, licence categories trimmed and upper-cased. Check it with professionalRecordProblems.
 */
export function professionalRecordContent<T extends ProfessionalRecordInput>(input: T) {
  return {
    education: [...(input.education ?? [])],
    training: (input.training ?? []).map((t) => ({ ...t, certified: t.certified ?? false })),
    experiences: [...(input.experiences ?? [])],
    skills: [...(input.skills ?? [])],
    languages: [...(input.languages ?? [])],
    drivingLicences: (input.drivingLicences ?? []).map((d) => d.trim().toUpperCase()),
    availability: {
      weeklyHours: input.availability.weeklyHours ?? null,
      maxDistanceKm: input.availability.maxDistanceKm ?? null,
      shifts: [...(input.availability.shifts ?? [])],
    },
    cvDocuments: [...(input.cvDocuments ?? [])],
  };
}

/** A professional record (like the national SAP) in standard vocabularies: EQF levels, CEFR levels, ISO languages, licence categories. */
export function professionalRecordProblems(record: ProfessionalRecordContent): InputProblem[] {
  const problems: InputProblem[] = [];
  record.education.forEach((e, i) => {
    if (!Number.isInteger(e.eqfLevel) || e.eqfLevel < 1 || e.eqfLevel > 8)
      problems.push({ field: `education[${i}].eqfLevel`, message: 'EQF levels go from 1 to 8' });
    if (!e.title.trim()) problems.push({ field: `education[${i}].title`, message: 'A title is required' });
  });
  record.training.forEach((t, i) => {
    if (t.hours != null && (!Number.isInteger(t.hours) || t.hours <= 0))
      problems.push({ field: `training[${i}].hours`, message: 'Hours are a positive whole number' });
  });
  record.experiences.forEach((x, i) => {
    if (x.to && x.to < x.from)
      problems.push({ field: `experiences[${i}].to`, message: 'An experience cannot end before it starts' });
    if (x.occupationCode && !x.occupationCodeSystem)
      problems.push({
        field: `experiences[${i}].occupationCodeSystem`,
        message: 'An occupation code needs its code system',
      });
  });
  record.skills.forEach((s, i) => {
    if (s.codeSystem !== 'FREE_TEXT' && !s.code?.trim())
      problems.push({ field: `skills[${i}].code`, message: `A ${s.codeSystem} skill needs its code` });
    if (!s.label.trim()) problems.push({ field: `skills[${i}].label`, message: 'A skill needs a label' });
  });
  record.languages.forEach((l, i) => {
    if (!/^[a-z]{2}$/.test(l.language))
      problems.push({ field: `languages[${i}].language`, message: 'Languages are ISO 639-1 codes (e.g. en)' });
    if (!cefr.has(l.level)) problems.push({ field: `languages[${i}].level`, message: 'Levels are CEFR A1 to C2' });
  });
  record.drivingLicences.forEach((d, i) => {
    if (!licences.has(d))
      problems.push({
        field: `drivingLicences[${i}]`,
        message: `Unknown licence category ${d} (D.Lgs. 285/1992 art. 116)`,
      });
  });
  const { weeklyHours, maxDistanceKm } = record.availability;
  if (weeklyHours != null && (!Number.isInteger(weeklyHours) || weeklyHours < 1 || weeklyHours > 48))
    problems.push({ field: 'availability.weeklyHours', message: 'Weekly hours from 1 to 48 (D.Lgs. 66/2003 art. 4)' });
  if (maxDistanceKm != null && (!Number.isInteger(maxDistanceKm) || maxDistanceKm < 0 || maxDistanceKm > 500))
    problems.push({ field: 'availability.maxDistanceKm', message: 'Distance from 0 to 500 km' });
  return problems;
}
