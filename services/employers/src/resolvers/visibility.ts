import type { Context } from '../context.ts';
import { canReadEmployer, canReadVacancy } from '../rules/access.ts';
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
