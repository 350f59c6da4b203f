import type { Identity } from '@reg/auth';
import { conflict, inputError, rowProblemOf, type RowProblem } from '@reg/errors';
import { forbiddenByRule, requireOrgKind, rowsChecked } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { RegisterEmployerInput } from '../generated/graphql.ts';
import { canRegisterEmployer, employerRegistrars } from '../rules/access.ts';
import { employerRegistrationProblems, normaliseRegistration } from '../rules/employer-registration.ts';
import type { EmployerRecord, NewEmployer } from '../store/employer-store.ts';

/**
 * Inside the gateway's 256 KB body limit (packages/limits: maxBodyBytes) with rows of up to about 1.2 KB (an
 * employer with a few sites is 0.3-0.5 KB); the bulk client also cuts its batches by size.
 */
export const MAX_EMPLOYER_IMPORT_ROWS = 200;

export type EmployerImportOutcome =
  | { index: number; status: 'CREATED'; employer: EmployerRecord }
  | { index: number; status: 'REJECTED'; problems: RowProblem[] };

export const employerAlreadyRegistered = () =>
  conflict('An employer with this fiscal code is already registered', { field: 'input.fiscalCode' });

/** registerEmployer's checks (who may, then the registration rules): the employer to write, or the error thrown. */
export function checkedEmployerRegistration(
  identity: Identity,
  input: RegisterEmployerInput,
): Omit<NewEmployer, 'createdBy'> {
  requireOrgKind(identity, employerRegistrars);
  if (!canRegisterEmployer(identity, input))
    throw forbiddenByRule(
      'EMPLOYER_REGISTRAR_PROVINCE',
      'A CPI registers employers with their registered office or a site in its own province',
    );
  const [problem] = employerRegistrationProblems(input);
  if (problem) throw inputError(problem);
  return normaliseRegistration(input);
}

/**
 * importEmployers: each row checked as registerEmployer checks it, the fiscal codes already registered asked in
 * one statement, then the accepted rows written in one transaction (employers, then their sites, one multi-row
 * INSERT each). A rejected row stops nothing; a fiscal code already registered (or twice in the call) is the
 * CONFLICT registerEmployer answers, which makes a re-sent call harmless. Each employer written gets its WRITE
 * audit row, after the call's ATTEMPT row (auditedMutations).
 */
export async function importEmployers(ctx: Context, rows: readonly RegisterEmployerInput[]) {
  const { identity, stores } = ctx;
  const checks = rowsChecked(rows, (input) => checkedEmployerRegistration(identity, input));
  const registered = new Set(
    await stores.employers.registeredFiscalCodes(checks.flatMap((c) => (c.ok ? [c.value.fiscalCode] : []))),
  );
  const outcomes: EmployerImportOutcome[] = [];
  const accepted: Array<{ index: number; employer: NewEmployer }> = [];
  const inCall = new Set<string>();
  checks.forEach((check, index) => {
    if (!check.ok) return outcomes.push({ index, status: 'REJECTED', problems: [check.problem] });
    const code = check.value.fiscalCode;
    if (registered.has(code) || inCall.has(code))
      return outcomes.push({ index, status: 'REJECTED', problems: [rowProblemOf(employerAlreadyRegistered())] });
    inCall.add(code);
    accepted.push({ index, employer: { ...check.value, createdBy: identity.subject } });
  });
  const written = await stores.employers.registerMany(accepted.map((a) => a.employer));
  if (!written)
    throw conflict('A fiscal code of this call was registered meanwhile: nothing was written, send the call again', {
      field: 'rows',
    });
  accepted.forEach(({ index }, i) => {
    const employer = written[i]!;
    ctx.audit.write('Employer', employer.id, ['importEmployers'], null);
    outcomes.push({ index, status: 'CREATED', employer });
  });
  outcomes.sort((a, b) => a.index - b.index);
  ctx.logger.info({ rows: rows.length, created: accepted.length }, 'employers imported');
  return outcomes;
}
