import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import { checkPersonImportRow, type ImportRowCheck, type PersonImportRow } from './person-import.ts';

const caller = (orgKind: OrgKind, scope: string, organisation: string, province: string | null): Identity => ({
  subject: `loader@${organisation}`,
  organisation,
  orgKind,
  province,
  scopes: new Set(scope.split(' ').filter(Boolean)),
  token: 't',
});
const cpiMI = caller('cpi', 'people:read people:write health:read', 'cpi-mi', 'MI');
const today = '2026-11-01';
const providers = new Map([
  ['cpi-mi', { kind: 'CPI' as const }],
  ['ente-1', { kind: 'ACCREDITED' as const }],
]);
const facts = { today, providers };

// RSSMRA85T10A562S: the Agenzia delle Entrate's sample code for Mario Rossi, 10/12/1985 (D.M. 23/12/1976).
const person = {
  fiscalCode: 'rssmra85t10a562s ',
  givenName: ' Mario',
  familyName: 'Rossi',
  birthDate: '1985-12-10',
  sex: 'M' as const,
  residenceProvince: 'MI',
  residenceMunicipality: 'F205',
};
const application = {
  list: 'DISABILITY' as const,
  submittedOn: '2026-03-02',
  category: 'CIVIL_INVALID' as const,
  invalidityPercent: 46,
};
const declaration = { declaredOn: '2026-02-20', reference: 'DID-2026-1' };
const row = (over: Partial<PersonImportRow> = {}): PersonImportRow => ({
  person,
  unemploymentDeclaration: declaration,
  ...over,
});
const problems = (check: ImportRowCheck) =>
  check.ok ? [] : check.problems.map((p) => `${p.code} ${p.field} ${p.rule ?? ''}`.trim());
const plan = (check: ImportRowCheck) => {
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.plan;
};

describe('a bulk-imported person is registered as registerPerson would register them', () => {
  it('the fiscal code and names are normalised as registerPerson does; the code must match the person (D.M. 23/12/1976)', () => {
    expect(plan(checkPersonImportRow(cpiMI, row(), facts)).person).toMatchObject({
      fiscalCode: 'RSSMRA85T10A562S',
      givenName: 'Mario',
      email: null,
    });
    expect(
      problems(checkPersonImportRow(cpiMI, row({ person: { ...person, birthDate: '1985-12-11' } }), facts)),
    ).toEqual(['BAD_USER_INPUT person.fiscalCode']);
  });

  it('seed 003 preface (the CPI keeps the lists): only the CPI of the province of residence, never another province or kind', () => {
    const cpiBG = caller('cpi', 'people:write health:read', 'cpi-bg', 'BG');
    const body = caller('accredited', 'people:read deliveries:write', 'ente-1', null);
    for (const other of [cpiBG, body])
      expect(problems(checkPersonImportRow(other, row(), facts))).toEqual(['FORBIDDEN person.residenceProvince']);
  });
});

describe('the DID of an imported file (D.Lgs. 150/2015 art. 19 c.1) decides the art. 8 c.1 status, as submitEnrolment reads it', () => {
  const eligibilityWith = (declaredOn: string | null) =>
    plan(
      checkPersonImportRow(
        cpiMI,
        row({
          unemploymentDeclaration: declaredOn ? { declaredOn, reference: 'DID-1' } : null,
          enrolment: application,
        }),
        facts,
      ),
    ).enrolment!.eligibility;

  it('L. 68/1999 art. 8 c.1: a DID the day before or on the application day makes the applicant unemployed', () => {
    for (const day of ['2026-03-01', '2026-03-02']) expect(eligibilityWith(day).eligible).toBe(true);
  });

  it('L. 68/1999 art. 8 c.1: a DID the day after the application, or none, leaves the applicant not unemployed', () => {
    for (const day of ['2026-03-03', null])
      expect(eligibilityWith(day).failures.map((f) => f.rule)).toEqual(['L68_ART8_UNEMPLOYED']);
  });

  it('the DID is written with the file: dated today at the latest, with its protocol', () => {
    expect(plan(checkPersonImportRow(cpiMI, row(), facts)).unemploymentDeclaration).toEqual({
      on: '2026-02-20',
      reference: 'DID-2026-1',
    });
    const tomorrow = { declaredOn: '2026-11-02', reference: 'DID-1' };
    expect(today).toBe('2026-11-01');
    expect(problems(checkPersonImportRow(cpiMI, row({ unemploymentDeclaration: tomorrow }), facts))).toEqual([
      'BAD_USER_INPUT unemploymentDeclaration.declaredOn',
    ]);
    expect(
      problems(
        checkPersonImportRow(cpiMI, row({ unemploymentDeclaration: { ...declaration, reference: ' ' } }), facts),
      ),
    ).toEqual(['BAD_USER_INPUT unemploymentDeclaration.reference']);
  });
});

describe('the enrolment and its decisions, checked as submitEnrolment and changeEnrolmentStatus in turn', () => {
  it('L. 68/1999 art. 1 c.1 lett. a: accepted at 46% (just over 45), the status, decision date and transitions follow', () => {
    const enrolment = plan(
      checkPersonImportRow(
        cpiMI,
        row({ enrolment: { ...application, decisions: [{ to: 'ACCEPTED', on: '2026-03-20' }] } }),
        facts,
      ),
    ).enrolment!;
    expect(enrolment).toMatchObject({ status: 'ACCEPTED', decidedOn: '2026-03-20', decisionDueOn: '2026-04-01' });
    expect(enrolment.eligibility.eligible).toBe(true);
    expect(enrolment.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['null>SUBMITTED', 'SUBMITTED>ACCEPTED']);
  });

  it('L. 68/1999 art. 1 c.1 lett. a: at 45% (the threshold itself) the application is received but cannot be accepted', () => {
    const received = plan(
      checkPersonImportRow(cpiMI, row({ enrolment: { ...application, invalidityPercent: 45 } }), facts),
    ).enrolment!;
    expect(received.status).toBe('SUBMITTED');
    expect(received.eligibility.eligible).toBe(false);
    const accepted = checkPersonImportRow(
      cpiMI,
      row({ enrolment: { ...application, invalidityPercent: 45, decisions: [{ to: 'ACCEPTED', on: '2026-03-20' }] } }),
      facts,
    );
    expect(problems(accepted)).toEqual(['RULE_VIOLATION enrolment.decisions[0].to ENROLMENT_NOT_ELIGIBLE']);
  });

  it('accepting needs clinical access (GDPR art. 9): a CPI token without health:read is refused that row', () => {
    const noHealth = caller('cpi', 'people:read people:write', 'cpi-mi', 'MI');
    const check = checkPersonImportRow(
      noHealth,
      row({ enrolment: { ...application, decisions: [{ to: 'ACCEPTED', on: '2026-03-20' }] } }),
      facts,
    );
    expect(problems(check)).toEqual(['FORBIDDEN enrolment.decisions[0].to CLINICAL_DATA_KIND']);
  });

  it('L. 241/1990 art. 10-bis: a rejection on the last day of the 10-day window is refused, the day after it is taken', () => {
    const decisions = (rejectedOn: string) => [
      { to: 'PRE_REJECTED' as const, on: '2026-03-10', reason: 'Documentazione incompleta' },
      { to: 'REJECTED' as const, on: rejectedOn, reason: 'Nessuna osservazione' },
    ];
    expect(
      problems(
        checkPersonImportRow(cpiMI, row({ enrolment: { ...application, decisions: decisions('2026-03-20') } }), facts),
      ),
    ).toEqual(['RULE_VIOLATION enrolment.decisions[1].on ENROLMENT_OBSERVATION_WINDOW_OPEN']);
    const rejected = plan(
      checkPersonImportRow(cpiMI, row({ enrolment: { ...application, decisions: decisions('2026-03-21') } }), facts),
    ).enrolment!;
    expect(rejected).toMatchObject({ status: 'REJECTED', observationsDueOn: '2026-03-20', decidedOn: '2026-03-21' });
  });

  it('L. 241/1990 art. 3: a pre-rejection without reasons, or a step the workflow does not allow, is refused', () => {
    const noReason = checkPersonImportRow(
      cpiMI,
      row({ enrolment: { ...application, decisions: [{ to: 'PRE_REJECTED', on: '2026-03-10' }] } }),
      facts,
    );
    expect(problems(noReason)).toEqual(['RULE_VIOLATION enrolment.decisions[0].to ENROLMENT_REASON_REQUIRED']);
    const skip = checkPersonImportRow(
      cpiMI,
      row({ enrolment: { ...application, decisions: [{ to: 'REJECTED', on: '2026-03-10', reason: 'x' }] } }),
      facts,
    );
    expect(problems(skip)).toEqual(['RULE_VIOLATION enrolment.decisions[0].to ENROLMENT_TRANSITION']);
  });

  it('decisions come in order and none after today (today itself is fine); an application is not dated tomorrow', () => {
    const on = (date: string) =>
      checkPersonImportRow(
        cpiMI,
        row({ enrolment: { ...application, decisions: [{ to: 'ACCEPTED', on: date }] } }),
        facts,
      );
    expect(on(today).ok).toBe(true);
    expect(problems(on('2026-11-02'))).toEqual(['BAD_USER_INPUT enrolment.decisions[0].on']);
    expect(problems(on('2026-03-01'))).toEqual([
      'RULE_VIOLATION enrolment.decisions[0].to ENROLMENT_DATE_BEFORE_APPLICATION',
    ]);
    const tomorrow = checkPersonImportRow(
      cpiMI,
      row({ enrolment: { ...application, submittedOn: '2026-11-02' } }),
      facts,
    );
    expect(problems(tomorrow)).toEqual(['BAD_USER_INPUT enrolment.submittedOn']);
  });
});

describe('take-in-charges, checked as takeInCharge by the CPI', () => {
  it('a CPI assigns a person of its province to an accredited body; the provider kind is the catalogue’s', () => {
    const tics = plan(
      checkPersonImportRow(
        cpiMI,
        row({ takeInCharges: [{ providerId: 'ente-1', programme: ' GOL ', startedOn: today, budget: 12.5 }] }),
        facts,
      ),
    ).takeInCharges;
    expect(tics).toEqual([
      { providerId: 'ente-1', providerKind: 'ACCREDITED', programme: 'GOL', startedOn: today, budgetCents: 1250 },
    ]);
  });

  it('refused: an unknown provider, a start tomorrow, a negative budget, two active in one programme', () => {
    const check = checkPersonImportRow(
      cpiMI,
      row({
        takeInCharges: [
          { providerId: 'nobody', programme: 'GOL', startedOn: today },
          { providerId: 'cpi-mi', programme: 'GOL', startedOn: '2026-11-02', budget: -0.01 },
        ],
      }),
      facts,
    );
    expect(problems(check)).toEqual([
      'NOT_FOUND takeInCharges[0].providerId',
      'BAD_USER_INPUT takeInCharges[1].startedOn',
      'BAD_USER_INPUT takeInCharges[1].budget',
      'CONFLICT takeInCharges[1].programme TAKE_IN_CHARGE_ACTIVE',
    ]);
  });
});
