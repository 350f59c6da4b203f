import { notFound } from '@reg/errors';
import { forbiddenByRule, requireOrgKind } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import {
  canManageVacancy,
  canReadEmployer,
  canReadShortlist,
  canReadVacancy,
  vacancyManagers,
} from '../rules/access.ts';
import type { ShortlistRecord } from '../store/shortlist-store.ts';
import { presenceOf } from './obligation-context.ts';
import type { EmployerRecord } from '../store/employer-store.ts';
import type { VacancyRecord } from '../store/vacancy-store.ts';

/** The employer, when it exists and the caller may read it; null otherwise (the two are not told apart). */
export async function visibleEmployer(ctx: Context, id: string): Promise<EmployerRecord | null> {
  if (!canReadEmployer(ctx.identity, id)) return null;
  return ctx.loaders.employerById.load(id);
}

export async function visibleVacancy(ctx: Context, id: string): Promise<VacancyRecord | null> {
  const vacancy = await ctx.loaders.vacancyById.load(id);
  return vacancy && canReadVacancy(ctx.identity, vacancy) ? vacancy : null;
}

/** The shortlist and its vacancy when the caller may read it; null otherwise (the two are not told apart). */
export async function visibleShortlist(
  ctx: Context,
  id: string,
): Promise<{ shortlist: ShortlistRecord; vacancy: VacancyRecord } | null> {
  const shortlist = await ctx.loaders.shortlistById.load(id);
  const vacancy = shortlist && (await ctx.loaders.vacancyById.load(shortlist.vacancyId));
  if (!shortlist || !vacancy || !canReadShortlist(ctx.identity, vacancy, shortlist)) return null;
  return { shortlist, vacancy };
}

export const refusedVacancy = () =>
  forbiddenByRule(
    'VACANCY_MANAGER',
    "Only the employer itself, or the CPI of the vacancy's province where the employer is present, manages a vacancy",
  );

/** The vacancy, if the caller may read it (NOT_FOUND otherwise, as a missing one) and manage it (FORBIDDEN otherwise). */
export async function managedVacancy(ctx: Context, id: string): Promise<VacancyRecord> {
  requireOrgKind(ctx.identity, vacancyManagers);
  const vacancy = await visibleVacancy(ctx, id);
  if (!vacancy) throw notFound('Vacancy', id);
  const employer = await ctx.loaders.employerById.load(vacancy.employerId);
  if (!employer || !canManageVacancy(ctx.identity, vacancy, await presenceOf(ctx, employer))) throw refusedVacancy();
  return vacancy;
}
