import type { Identity, OrgKind } from '@reg/auth';

/**
 * Who may do what with employers and vacancies (DESIGN.md, "Identity and access": an employer sees its own
 * vacancies). The one place these decisions live, so the fuller access model replaces this module alone.
 * Kinds not named here (e.g. 'service') are refused: access is granted, never assumed.
 */

/** CPI desks enrol employers at the counter; the Region registers them from its own registries. */
export const employerRegistrars: readonly OrgKind[] = ['cpi', 'region'];

const networkReaders: ReadonlySet<OrgKind> = new Set(['cpi', 'accredited', 'region']);

/** The employer an employer caller acts for; null for any other caller or a token without `org`. */
function ownEmployerId(identity: Identity): string | null {
  return identity.orgKind === 'employer' ? identity.organisation : null;
}

/** Which employers a caller may read: every one (employerId null), only its own, or none at all (null). */
export function employerReadScope(identity: Identity): { employerId: string | null } | null {
  if (networkReaders.has(identity.orgKind)) return { employerId: null };
  const own = ownEmployerId(identity);
  // A citizen never reads employers: a sole trader's fiscal code is a person's personal data.
  return own ? { employerId: own } : null;
}

export function canReadEmployer(identity: Identity, employerId: string): boolean {
  const scope = employerReadScope(identity);
  return scope !== null && (scope.employerId === null || scope.employerId === employerId);
}

/** Which vacancies a caller may read: all, one employer's, only open ones, or none (null). */
export function vacancyReadScope(identity: Identity): { employerId: string | null; openOnly: boolean } | null {
  if (networkReaders.has(identity.orgKind)) return { employerId: null, openOnly: false };
  const own = ownEmployerId(identity);
  if (own) return { employerId: own, openOnly: false };
  // Job seekers see the offers they can still answer.
  if (identity.orgKind === 'citizen') return { employerId: null, openOnly: true };
  return null;
}

export function canReadVacancy(identity: Identity, vacancy: { employerId: string; status: string }): boolean {
  const scope = vacancyReadScope(identity);
  if (!scope) return false;
  if (scope.employerId !== null && scope.employerId !== vacancy.employerId) return false;
  return !scope.openOnly || vacancy.status === 'OPEN';
}

/** A CPI operator manages any employer's vacancies; an employer manages its own. */
export function canManageVacanciesOf(identity: Identity, employerId: string): boolean {
  return identity.orgKind === 'cpi' || ownEmployerId(identity) === employerId;
}
