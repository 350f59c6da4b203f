import { describe, expect, it } from 'vitest';
import {
  agreementProblems,
  attestationProblems,
  dossierEntryProblems,
  endProblems,
  hireFromInternshipProblem,
  lastAllowedDay,
  projectProblems,
  maxDurationMonths,
  extensionProblems,
  startProblems,
  stepProblem,
  type InternshipProblem,
  type ProjectInput,
} from './internship.ts';

const today = '2026-06-30';
const project: ProjectInput = {
  objectives: ['Gestione del magazzino'],
  plannedStartOn: '2025-03-01',
  plannedEndOn: '2025-08-31',
  weeklyHours: 30,
  promoterTutor: { name: 'Anna Ferri', role: 'Operatrice CPI' },
  hostTutor: { name: 'Luca Neri', role: 'Capo magazzino' },
  approvedOn: '2025-02-20',
};
const facts = { signedOn: '2025-02-15', maxMonths: maxDurationMonths(false, '2025-02-15'), today };
const rules = (problems: InternshipProblem[]) => problems.map((p) => (p.kind === 'rule' ? p.rule : `input:${p.field}`));

describe('internship lifecycle (seed 003 2Cc/3Bc; seed 004 "Attivazione del tirocinio")', () => {
  it('seed 004: agreement, then project, then start, then end, then attestation; each step once', () => {
    expect(stepProblem('approveProject', 'AGREED')).toBeNull();
    expect(stepProblem('start', 'PROJECT_APPROVED')).toBeNull();
    expect(stepProblem('end', 'STARTED')).toBeNull();
    expect(stepProblem('attest', 'COMPLETED')).toBeNull();
    expect(stepProblem('start', 'AGREED')?.kind).toBe('rule');
    expect(stepProblem('approveProject', 'STARTED')?.kind).toBe('rule');
    expect(stepProblem('end', 'COMPLETED')?.kind).toBe('rule');
  });
  it('seed 003: the attestation states results achieved, so an interrupted or running internship gets none', () => {
    expect(stepProblem('attest', 'INTERRUPTED')).toMatchObject({ rule: 'INTERNSHIP_STEP_OUT_OF_ORDER' });
    expect(stepProblem('attest', 'STARTED')).toMatchObject({ rule: 'INTERNSHIP_STEP_OUT_OF_ORDER' });
  });
  it('the dossier is kept from the start, also after the end; not before the start', () => {
    expect(stepProblem('dossier', 'STARTED')).toBeNull();
    expect(stepProblem('dossier', 'INTERRUPTED')).toBeNull();
    expect(stepProblem('dossier', 'PROJECT_APPROVED')).not.toBeNull();
  });
});

describe('agreement (convenzione)', () => {
  it('seed 003: only 2Cc and 3Bc deliver an internship', () => {
    const base = { agreementReference: 'CONV-1', signedOn: '2025-02-15' };
    expect(agreementProblems({ ...base, serviceCode: '2Cc' }, today)).toEqual([]);
    expect(agreementProblems({ ...base, serviceCode: '3Bc' }, today)).toEqual([]);
    expect(rules(agreementProblems({ ...base, serviceCode: '2Cd' }, today))).toEqual(['input:serviceCode']);
  });
  it('an agreement signed tomorrow is not recorded today', () => {
    expect(
      rules(agreementProblems({ serviceCode: '2Cc', agreementReference: 'C', signedOn: '2026-07-01' }, today)),
    ).toEqual(['input:signedOn']);
  });
});

describe('training project (progetto formativo individuale)', () => {
  it('a complete project is accepted', () => {
    expect(projectProblems(project, facts)).toEqual([]);
  });
  it('Linee guida 25 May 2017 par. 4: 12 months at most; 1 Mar 2025 may run to 28 Feb 2026, not 1 Mar 2026', () => {
    expect(lastAllowedDay('2025-03-01', 12)).toBe('2026-02-28');
    expect(projectProblems({ ...project, plannedEndOn: '2026-02-27' }, facts)).toEqual([]);
    expect(projectProblems({ ...project, plannedEndOn: '2026-02-28' }, facts)).toEqual([]);
    expect(rules(projectProblems({ ...project, plannedEndOn: '2026-03-01' }, facts))).toEqual([
      'INTERNSHIP_MAX_DURATION',
    ]);
  });
  it('Linee guida 25 May 2017 par. 4: 24 months for a person with a disability (L. 68/1999 art. 1 c.1)', () => {
    const disabled = { ...facts, maxMonths: maxDurationMonths(true, '2025-02-15') };
    expect(projectProblems({ ...project, plannedEndOn: '2027-02-28' }, disabled)).toEqual([]);
    expect(rules(projectProblems({ ...project, plannedEndOn: '2027-03-01' }, disabled))).toEqual([
      'INTERNSHIP_MAX_DURATION',
    ]);
  });
  it('dates in order: agreement ≤ approval ≤ planned start ≤ planned end', () => {
    expect(rules(projectProblems({ ...project, approvedOn: '2025-02-14' }, facts))).toEqual(['input:approvedOn']);
    expect(projectProblems({ ...project, approvedOn: '2025-02-15' }, facts)).toEqual([]);
    expect(rules(projectProblems({ ...project, plannedStartOn: '2025-02-19' }, facts))).toEqual([
      'input:plannedStartOn',
    ]);
    expect(rules(projectProblems({ ...project, plannedEndOn: '2025-02-28' }, facts))).toEqual(['input:plannedEndOn']);
  });
  it('seed 003 "mediante un tutor": both tutors named; at least one objective; hours within the 48-hour week', () => {
    expect(rules(projectProblems({ ...project, hostTutor: { name: ' ', role: null }, objectives: [] }, facts))).toEqual(
      ['input:objectives', 'input:hostTutor.name'],
    );
    expect(projectProblems({ ...project, weeklyHours: 48 }, facts)).toEqual([]);
    expect(rules(projectProblems({ ...project, weeklyHours: 48.5 }, facts))).toEqual(['input:weeklyHours']);
    expect(rules(projectProblems({ ...project, weeklyHours: 0 }, facts))).toEqual(['input:weeklyHours']);
  });
});

describe('start, end and attestation', () => {
  const plan = { plannedStartOn: '2025-03-01', plannedEndOn: '2025-08-31' };
  it('the start falls within the planned period, and not in the future', () => {
    expect(startProblems('2025-03-01', plan, today)).toEqual([]);
    expect(startProblems('2025-08-31', plan, today)).toEqual([]);
    expect(rules(startProblems('2025-02-28', plan, today))).toEqual(['input:startedOn']);
    expect(rules(startProblems('2025-09-01', plan, today))).toEqual(['input:startedOn']);
    expect(rules(startProblems('2025-03-03', plan, '2025-03-02'))).toEqual(['input:startedOn']);
  });
  it('the end is between the start and the planned end; an interruption says why', () => {
    const on = { startedOn: '2025-03-03', plannedEndOn: '2025-08-31' };
    expect(endProblems({ endedOn: '2025-08-31', reason: 'COMPLETED', note: null }, on, today)).toEqual([]);
    expect(rules(endProblems({ endedOn: '2025-09-01', reason: 'COMPLETED', note: null }, on, today))).toEqual([
      'INTERNSHIP_END_AFTER_PROJECT',
    ]);
    expect(rules(endProblems({ endedOn: '2025-03-02', reason: 'COMPLETED', note: null }, on, today))).toEqual([
      'input:endedOn',
    ]);
    expect(rules(endProblems({ endedOn: '2025-05-02', reason: 'INTERRUPTED', note: null }, on, today))).toEqual([
      'input:note',
    ]);
  });
  it('seed 003: the attestation (objectives, activities, results) is issued on or after the end, never before', () => {
    const a = { issuedOn: '2025-08-31', activities: 'Inventario', results: 'Autonomia nel picking' };
    expect(attestationProblems(a, '2025-08-31', today)).toEqual([]);
    expect(rules(attestationProblems({ ...a, issuedOn: '2025-08-30' }, '2025-08-31', today))).toEqual([
      'INTERNSHIP_ATTESTATION_BEFORE_END',
    ]);
    expect(rules(attestationProblems({ ...a, results: '' }, '2025-08-31', today))).toEqual(['input:results']);
  });
  it('seed 004: dossier entries are dated within the internship', () => {
    const on = { startedOn: '2025-03-03', endedOn: '2025-08-31' };
    const entry = { entryOn: '2025-03-03', activity: 'Accoglienza', competences: ['Sicurezza'] };
    expect(dossierEntryProblems(entry, on, today)).toEqual([]);
    expect(rules(dossierEntryProblems({ ...entry, entryOn: '2025-03-02' }, on, today))).toEqual(['input:entryOn']);
    expect(rules(dossierEntryProblems({ ...entry, entryOn: '2025-09-01' }, on, today))).toEqual(['input:entryOn']);
  });
});

describe('a hire following from an internship (seed 003 2Cc, "in caso di assunzione")', () => {
  const internship = { personId: 'p1', hostEmployerId: 'e1', startedOn: '2025-03-03' };
  it('the same person at the host, from the start of the internship on', () => {
    expect(
      hireFromInternshipProblem({ personId: 'p1', employerId: 'e1', startedOn: '2025-03-03' }, internship),
    ).toBeNull();
    expect(
      hireFromInternshipProblem({ personId: 'p1', employerId: 'e1', startedOn: '2025-03-02' }, internship),
    ).toMatchObject({ field: 'startedOn' });
    expect(
      hireFromInternshipProblem({ personId: 'p1', employerId: 'e2', startedOn: '2025-09-01' }, internship),
    ).toMatchObject({ field: 'internshipId' });
    expect(
      hireFromInternshipProblem({ personId: 'p2', employerId: 'e1', startedOn: '2025-09-01' }, internship),
    ).toMatchObject({ field: 'internshipId' });
    expect(
      hireFromInternshipProblem(
        { personId: 'p1', employerId: 'e1', startedOn: '2025-09-01' },
        { ...internship, startedOn: null },
      ),
    ).toMatchObject({ rule: 'INTERNSHIP_NOT_STARTED' });
  });
});

describe('extension (proroga)', () => {
  // Started 2025-03-03, due to end 2025-08-31: 12 months from the start run to 2026-03-02, 24 to 2027-03-02.
  const running = { startedOn: '2025-03-03', currentEndOn: '2025-08-31', maxMonths: 12 };
  const ask = { newEndOn: '2025-12-31', agreedOn: '2025-08-20', reason: 'Completare il modulo sulla logistica' };
  it('Linee guida 25 May 2017 par. 4: extensions included, 12 months from the start: the last day, not the day after', () => {
    expect(extensionProblems({ ...ask, newEndOn: '2026-03-02' }, running, today)).toEqual([]);
    expect(rules(extensionProblems({ ...ask, newEndOn: '2026-03-03' }, running, today))).toEqual([
      'INTERNSHIP_MAX_DURATION',
    ]);
  });
  it('Linee guida 25 May 2017 par. 4: 24 months for a person with a disability (L. 68/1999 art. 1 c.1)', () => {
    const disabled = { ...running, maxMonths: maxDurationMonths(true, '2025-02-15') };
    expect(extensionProblems({ ...ask, newEndOn: '2027-03-02' }, disabled, today)).toEqual([]);
    expect(rules(extensionProblems({ ...ask, newEndOn: '2027-03-03' }, disabled, today))).toEqual([
      'INTERNSHIP_MAX_DURATION',
    ]);
  });
  it('the maximum is dated configuration: an agreement keeps the one in force when it was signed', () => {
    expect(maxDurationMonths(false, '2017-05-25')).toBe(12);
    expect(maxDurationMonths(true, '2026-01-01')).toBe(24);
  });
  it('agreed on or before the current end (on the day: yes; the day after: the internship has ended), from the start', () => {
    expect(extensionProblems({ ...ask, agreedOn: '2025-08-31' }, running, today)).toEqual([]);
    expect(rules(extensionProblems({ ...ask, agreedOn: '2025-09-01' }, running, today))).toEqual([
      'INTERNSHIP_EXTENSION_AFTER_END',
    ]);
    expect(rules(extensionProblems({ ...ask, agreedOn: '2025-03-02' }, running, today))).toEqual(['input:agreedOn']);
    expect(rules(extensionProblems(ask, running, '2025-08-19'))).toEqual(['input:agreedOn']);
  });
  it('moves the end later, never to it or earlier, and says why', () => {
    expect(extensionProblems({ ...ask, newEndOn: '2025-09-01' }, running, today)).toEqual([]);
    expect(rules(extensionProblems({ ...ask, newEndOn: '2025-08-31' }, running, today))).toEqual(['input:newEndOn']);
    expect(rules(extensionProblems({ ...ask, reason: '  ' }, running, today))).toEqual(['input:reason']);
  });
  it('only a started internship that has not ended is extended', () => {
    expect(stepProblem('extend', 'STARTED')).toBeNull();
    for (const status of ['AGREED', 'PROJECT_APPROVED', 'COMPLETED', 'INTERRUPTED'] as const)
      expect(stepProblem('extend', status)).toMatchObject({ rule: 'INTERNSHIP_STEP_OUT_OF_ORDER' });
  });
});
