import { addDays, addMonths } from '@reg/calendar';
import type { InputProblem } from '@reg/errors';

/**
 * Tirocinio extracurriculare, as a provider promotes it (seed 003 2Cc and 3Bc; seed 004 "Attivazione del tirocinio"):
 * the agreement between promoter and host (convenzione), the individual training project (progetto formativo
 * individuale) with its objectives, duration, hours and the two tutors, the start, the individual dossier kept while
 * it runs, the end (completed or interrupted) and, after the end, the attestation of objectives, activities and
 * results ("Rilascio di un'attestazione contenente obiettivi, attività svolte e risultati conseguiti", seed 003).
 */

/** The services of the catalogue that deliver an internship (seed 003): 2Cc for job seekers, 3Bc in area 3. */
export const INTERNSHIP_SERVICES = ['2Cc', '3Bc'] as const;
export type InternshipService = (typeof INTERNSHIP_SERVICES)[number];
export const isInternshipService = (code: string): code is InternshipService =>
  (INTERNSHIP_SERVICES as readonly string[]).includes(code);

export type InternshipStatus = 'AGREED' | 'PROJECT_APPROVED' | 'STARTED' | 'COMPLETED' | 'INTERRUPTED';
export type InternshipEndReason = 'COMPLETED' | 'INTERRUPTED';

/**
 * Maximum duration of an extracurricular internship, extensions included: 12 months, 24 for people with a
 * disability under L. 68/1999 art. 1 c.1. Source: Accordo Stato-Regioni of 25 May 2017, "Linee guida in materia di
 * tirocini formativi e di orientamento", par. 4 (cited from memory, not from a seed: the seeds are silent; regional
 * rules may be stricter, never longer). Other categories the guidelines give other maxima for are not modelled: they
 * get 12. Dated configuration, newest last: new guidelines add an entry from the day they apply, and an internship
 * keeps the maximum in force when its agreement was signed (stored on the row).
 */
export const MAX_DURATIONS: readonly { from: string; ordinary: number; disability: number; source: string }[] = [
  { from: '2017-05-25', ordinary: 12, disability: 24, source: 'Linee guida tirocini 25 May 2017, par. 4' },
];
export function maxDurationMonths(disability: boolean, on: string): number {
  const entry = [...MAX_DURATIONS].reverse().find((e) => e.from <= on) ?? MAX_DURATIONS[0]!;
  return disability ? entry.disability : entry.ordinary;
}

/** The last day an internship starting on `start` may run: `months` calendar months, the start day included. */
export const lastAllowedDay = (start: string, months: number): string => addDays(addMonths(start, months), -1);

/** An outer bound on the weekly hours a project may plan: the 48-hour average week of D.Lgs. 66/2003 art. 4 c.2. */
export const MAX_WEEKLY_HOURS = 48;
export const MAX_OBJECTIVES = 20;
const TEXT_MAX = 2000;

export type InternshipProblem =
  | ({ kind: 'input' } & InputProblem)
  | { kind: 'rule'; rule: string; message: string; details?: Record<string, unknown> };

const input = (field: string, message: string): InternshipProblem => ({ kind: 'input', field, message });
const rule = (id: string, message: string, details?: Record<string, unknown>): InternshipProblem => ({
  kind: 'rule',
  rule: id,
  message,
  ...(details ? { details } : {}),
});

/** The lifecycle: which step may follow which status (agreement → project → start → end → attestation). */
const NEXT: Record<'approveProject' | 'start' | 'extend' | 'end' | 'attest' | 'dossier', readonly InternshipStatus[]> =
  {
    approveProject: ['AGREED'],
    start: ['PROJECT_APPROVED'],
    extend: ['STARTED'],
    end: ['STARTED'],
    // Seed 003: the attestation states the results achieved, so it comes only after a completed internship.
    attest: ['COMPLETED'],
    // The dossier is kept while the internship runs and completed after its end, until the attestation closes it.
    dossier: ['STARTED', 'COMPLETED', 'INTERRUPTED'],
  };

export function stepProblem(step: keyof typeof NEXT, status: InternshipStatus): InternshipProblem | null {
  if (NEXT[step].includes(status)) return null;
  const what = {
    approveProject: 'The training project is approved once, after the agreement and before the start',
    start: 'An internship starts once its training project is approved',
    extend: 'Only a started internship that has not ended is extended',
    end: 'Only a started internship ends',
    attest: 'The attestation is issued after the internship is completed (seed 003: it states the results achieved)',
    dossier: 'The dossier is kept from the start of the internship',
  }[step];
  return rule('INTERNSHIP_STEP_OUT_OF_ORDER', `${what}; it is ${status}`, { status });
}

export interface AgreementInput {
  serviceCode: string;
  agreementReference: string;
  signedOn: string;
}

export function agreementProblems(a: AgreementInput, today: string): InternshipProblem[] {
  const problems: InternshipProblem[] = [];
  if (!isInternshipService(a.serviceCode))
    problems.push(input('serviceCode', 'An internship is delivered by service 2Cc or 3Bc (seed 003)'));
  const reference = a.agreementReference.trim();
  if (reference.length < 1 || reference.length > 100)
    problems.push(input('agreementReference', 'The agreement reference (protocol number) is 1 to 100 characters'));
  if (a.signedOn > today) problems.push(input('signedOn', 'An agreement is not recorded before it is signed'));
  return problems;
}

export interface Tutor {
  name: string;
  role: string | null;
}

export interface ProjectInput {
  objectives: readonly string[];
  plannedStartOn: string;
  plannedEndOn: string;
  weeklyHours: number;
  promoterTutor: Tutor;
  hostTutor: Tutor;
  approvedOn: string;
}

/**
 * The individual training project: objectives, duration within the maximum, weekly hours, a tutor of the promoter
 * and one of the host (seed 003: "Accompagnare lo svolgimento dell'attività mediante un tutor"; the 2017 guidelines
 * require both), approved on or after the agreement and before the planned start.
 */
export function projectProblems(
  p: ProjectInput,
  facts: { signedOn: string; maxMonths: number; today: string },
): InternshipProblem[] {
  const problems: InternshipProblem[] = [];
  const objectives = p.objectives.map((o) => o.trim());
  if (objectives.length < 1 || objectives.length > MAX_OBJECTIVES)
    problems.push(input('objectives', `The project states 1 to ${MAX_OBJECTIVES} training objectives`));
  const long = objectives.findIndex((o) => o.length < 1 || o.length > TEXT_MAX);
  if (long >= 0) problems.push(input(`objectives.${long}`, `An objective is 1 to ${TEXT_MAX} characters`));
  if (!(p.weeklyHours > 0 && p.weeklyHours <= MAX_WEEKLY_HOURS))
    problems.push(input('weeklyHours', `Weekly hours are more than 0 and at most ${MAX_WEEKLY_HOURS}`));
  for (const [field, tutor] of [
    ['promoterTutor', p.promoterTutor],
    ['hostTutor', p.hostTutor],
  ] as const) {
    const name = tutor.name.trim();
    if (name.length < 1 || name.length > 200)
      problems.push(input(`${field}.name`, 'A tutor is named (1 to 200 characters)'));
    if (tutor.role !== null && tutor.role.trim().length > 200)
      problems.push(input(`${field}.role`, "The tutor's role is at most 200 characters"));
  }
  if (p.approvedOn > facts.today) problems.push(input('approvedOn', 'A project is not approved in the future'));
  if (p.approvedOn < facts.signedOn)
    problems.push(input('approvedOn', 'The project is approved on or after the day the agreement was signed'));
  if (p.plannedStartOn < p.approvedOn)
    problems.push(input('plannedStartOn', 'The internship starts on or after the approval of its project'));
  if (p.plannedEndOn < p.plannedStartOn)
    problems.push(input('plannedEndOn', 'The planned end is on or after the planned start'));
  else {
    const problem = durationProblem(p.plannedStartOn, p.plannedEndOn, facts.maxMonths);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The whole internship, from `start` to `end`, within the maximum the agreement was signed under (extensions too). */
function durationProblem(start: string, end: string, months: number): InternshipProblem | null {
  const last = lastAllowedDay(start, months);
  if (end <= last) return null;
  return rule(
    'INTERNSHIP_MAX_DURATION',
    `An internship lasts at most ${months} months for this person, extensions included (Linee guida tirocini 25 May 2017, par. 4): end it by ${last}`,
    { maxMonths: months, lastDay: last },
  );
}

export interface ExtensionInput {
  newEndOn: string;
  agreedOn: string;
  reason: string;
}

/**
 * Proroga (Linee guida 25 May 2017, par. 4, from memory: an internship may be extended within its maximum duration,
 * extensions included): agreed while the internship runs, from its start up to the end it extends (an internship
 * past its end has ended and is not revived), to a later end, the whole from the actual start within the maximum.
 */
export function extensionProblems(
  e: ExtensionInput,
  facts: { startedOn: string; currentEndOn: string; maxMonths: number },
  today: string,
): InternshipProblem[] {
  const problems: InternshipProblem[] = [];
  const reason = e.reason.trim();
  if (reason.length < 1 || reason.length > 1000)
    problems.push(input('reason', 'Say why the internship is extended (1 to 1000 characters)'));
  if (e.agreedOn > today) problems.push(input('agreedOn', 'An extension is recorded once it is agreed'));
  if (e.agreedOn < facts.startedOn)
    problems.push(input('agreedOn', `An extension is agreed once the internship has started (${facts.startedOn})`));
  if (e.agreedOn > facts.currentEndOn)
    problems.push(
      rule(
        'INTERNSHIP_EXTENSION_AFTER_END',
        `The internship was due to end on ${facts.currentEndOn}: an extension is agreed on or before that day; after it, record its end`,
        { currentEndOn: facts.currentEndOn },
      ),
    );
  if (e.newEndOn <= facts.currentEndOn)
    problems.push(input('newEndOn', `An extension ends after the current end (${facts.currentEndOn})`));
  else {
    const problem = durationProblem(facts.startedOn, e.newEndOn, facts.maxMonths);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The day an internship is due to end: its last extension's, else its project's (null before the project). */
export const currentEndOf = (row: { plannedEndOn: string | null; extendedEndOn: string | null }): string | null =>
  row.extendedEndOn ?? row.plannedEndOn;

export function startProblems(
  startedOn: string,
  plan: { plannedStartOn: string; plannedEndOn: string },
  today: string,
): InternshipProblem[] {
  if (startedOn > today) return [input('startedOn', 'A start is recorded once it has happened')];
  if (startedOn < plan.plannedStartOn || startedOn > plan.plannedEndOn)
    return [
      input(
        'startedOn',
        `The start is within the project's planned period (${plan.plannedStartOn} to ${plan.plannedEndOn}); a different period needs a new project`,
      ),
    ];
  return [];
}

export function endProblems(
  end: { endedOn: string; reason: InternshipEndReason; note: string | null },
  facts: { startedOn: string; plannedEndOn: string },
  today: string,
): InternshipProblem[] {
  const problems: InternshipProblem[] = [];
  if (end.endedOn > today) problems.push(input('endedOn', 'An end is recorded once it has happened'));
  if (end.endedOn < facts.startedOn)
    problems.push(input('endedOn', `The end is on or after the start (${facts.startedOn})`));
  if (end.endedOn > facts.plannedEndOn)
    problems.push(
      rule(
        'INTERNSHIP_END_AFTER_PROJECT',
        `The internship is due to end on ${facts.plannedEndOn}; running longer needs an extension (extendInternship) first`,
        { plannedEndOn: facts.plannedEndOn },
      ),
    );
  if (end.reason === 'INTERRUPTED' && (end.note === null || end.note.length < 1))
    problems.push(input('note', 'Say why the internship was interrupted in the note'));
  if (end.note !== null && end.note.length > TEXT_MAX)
    problems.push(input('note', `The note is at most ${TEXT_MAX} characters`));
  return problems;
}

export interface AttestationInput {
  issuedOn: string;
  activities: string;
  results: string;
}

/** Seed 003 2Cc/3Bc: objectives (the project's), activities done and results achieved; issued after the end. */
export function attestationProblems(a: AttestationInput, endedOn: string, today: string): InternshipProblem[] {
  const problems: InternshipProblem[] = [];
  if (a.issuedOn > today) problems.push(input('issuedOn', 'An attestation is not dated in the future'));
  if (a.issuedOn < endedOn)
    problems.push(
      rule('INTERNSHIP_ATTESTATION_BEFORE_END', `The attestation is issued on or after the end (${endedOn})`, {
        endedOn,
      }),
    );
  for (const field of ['activities', 'results'] as const) {
    const text = a[field].trim();
    if (text.length < 1 || text.length > TEXT_MAX)
      problems.push(input(field, `State the ${field} (1 to ${TEXT_MAX} characters)`));
  }
  return problems;
}

/** A dossier entry is dated within the internship: from its start to its end (or today while it runs). */
export function dossierEntryProblems(
  entry: { entryOn: string; activity: string; competences: readonly string[] },
  facts: { startedOn: string; endedOn: string | null },
  today: string,
): InternshipProblem[] {
  const problems: InternshipProblem[] = [];
  const until = facts.endedOn ?? today;
  if (entry.entryOn < facts.startedOn || entry.entryOn > until || entry.entryOn > today)
    problems.push(input('entryOn', `A dossier entry is dated within the internship (${facts.startedOn} to ${until})`));
  const activity = entry.activity.trim();
  if (activity.length < 1 || activity.length > TEXT_MAX)
    problems.push(input('activity', `Describe the activity (1 to ${TEXT_MAX} characters)`));
  if (entry.competences.length > MAX_OBJECTIVES || entry.competences.some((c) => c.trim().length < 1 || c.length > 200))
    problems.push(input('competences', `At most ${MAX_OBJECTIVES} competences, each 1 to 200 characters`));
  return problems;
}

/**
 * A hire recorded as following from an internship (seed 003 2Cc: "Supportare il consolidamento della posizione
 * lavorativa acquisita, in caso di assunzione"): the same person, hired by the host, on or after the start.
 */
export function hireFromInternshipProblem(
  hire: { personId: string; employerId: string; startedOn: string },
  internship: { personId: string; hostEmployerId: string; startedOn: string | null },
): InternshipProblem | null {
  if (hire.personId !== internship.personId) return input('internshipId', 'The internship is of another person');
  if (hire.employerId !== internship.hostEmployerId)
    return input('internshipId', 'A hire follows from an internship at the same employer: the host');
  if (internship.startedOn === null)
    return rule('INTERNSHIP_NOT_STARTED', 'A hire follows from an internship that has started');
  if (hire.startedOn < internship.startedOn)
    return input('startedOn', `The hire starts on or after the internship's start (${internship.startedOn})`);
  return null;
}
