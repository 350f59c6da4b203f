import { badInput, inputError, notFound, type RowProblem } from '@reg/errors';
import { requireOrgKind, rowChecked } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { OpenVacancyInput } from '../generated/graphql.ts';
import { checkedJobProfile } from '../resolvers/job-profile-input.ts';
import { presenceOf } from '../resolvers/obligation-context.ts';
import { refusedVacancy, visibleEmployer } from '../resolvers/visibility.ts';
import { canManageVacancy, vacancyManagers } from '../rules/access.ts';
import { normaliseOccupation, vacancyOpeningProblems } from '../rules/vacancy-opening.ts';
import type { NewVacancy, VacancyRecord } from '../store/vacancy-store.ts';

/** As importEmployers: inside the 256 KB body limit with rows of up to about 1.2 KB (a vacancy with its job profile is 0.4-0.8 KB). */
export const MAX_VACANCY_IMPORT_ROWS = 200;

export type VacancyImportOutcome =
  | { index: number; status: 'CREATED'; vacancy: VacancyRecord }
  | { index: number; status: 'REJECTED'; problems: RowProblem[] };

/**
 * openVacancy's checks, in its order: the employer as the caller may read it (else NOT_FOUND, as a missing one),
 * the opening rules, who manages a vacancy there, the employer's presence in the province, the job profile and its
 * site. The vacancy to write, or the error thrown. The employers and their sites come through the request's
 * loaders, so a bulk call reads them in one statement each whatever its rows.
 */
export async function checkedVacancyOpening(ctx: Context, input: OpenVacancyInput): Promise<NewVacancy> {
  const { identity, loaders } = ctx;
  requireOrgKind(identity, vacancyManagers);
  const employer = await visibleEmployer(ctx, input.employerId);
  if (!employer) throw notFound('Employer', input.employerId);
  const [problem] = vacancyOpeningProblems(input);
  if (problem) throw inputError(problem);
  const presence = await presenceOf(ctx, employer);
  if (!canManageVacancy(identity, { employerId: employer.id, province: input.province }, presence))
    throw refusedVacancy();
  if (!presence.has(input.province))
    throw badInput(
      'input.province',
      `The employer has no registered office or site in ${input.province}: register the site first`,
    );
  const jobProfile = input.jobProfile
    ? await checkedJobProfile(input.jobProfile, employer.id, input.province, loaders, 'input.jobProfile')
    : null;
  return {
    employerId: employer.id,
    title: input.title.trim(),
    ...normaliseOccupation(input),
    province: input.province,
    positions: input.positions,
    reservedFor: input.reservedFor ?? null,
    openedOn: input.openedOn,
    jobProfile,
    siteId: jobProfile?.siteId ?? null,
    createdBy: identity.subject,
  };
}

/**
 * importVacancies: each row checked as openVacancy checks it, then the accepted rows written with one multi-row
 * INSERT. A rejected row stops nothing. Each vacancy written gets its WRITE audit row, after the call's ATTEMPT
 * row (auditedMutations). Not idempotent, as openVacancy is not: a call is sent once.
 */
export async function importVacancies(ctx: Context, rows: readonly OpenVacancyInput[]) {
  const checks = await Promise.all(rows.map((input) => rowChecked(() => checkedVacancyOpening(ctx, input))));
  const accepted = checks.flatMap((c, index) => (c.ok ? [{ index, vacancy: c.value }] : []));
  const written = await ctx.stores.vacancies.openMany(accepted.map((a) => a.vacancy));
  const writtenAt = new Map(accepted.map(({ index }, i) => [index, written[i]!]));
  const outcomes = checks.map((check, index): VacancyImportOutcome => {
    if (!check.ok) return { index, status: 'REJECTED', problems: [check.problem] };
    const vacancy = writtenAt.get(index)!;
    ctx.audit.write('Vacancy', vacancy.id, ['importVacancies'], null);
    return { index, status: 'CREATED', vacancy };
  });
  ctx.logger.info({ rows: rows.length, created: accepted.length }, 'vacancies imported');
  return outcomes;
}
