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

/** The kinds that manage vacancies at all; any other kind is refused before a record is looked up. */
export const vacancyManagers: readonly OrgKind[] = ['cpi', 'employer'];

/**
 * Who manages a vacancy (open, change, close): the employer itself, or the CPI of the vacancy's province where the
 * employer is present (registered office or a site), the same CPI that reads its obligation records and builds its
 * shortlists. A CPI token without a province manages nothing: a missing claim never widens access.
 */
export function canManageVacancy(
  identity: Identity,
  vacancy: { employerId: string; province: string },
  presence: EmployerPresence,
): boolean {
  if (ownEmployerId(identity) === vacancy.employerId) return true;
  return isCpiOfProvince(identity, vacancy.province) && presence.has(vacancy.province);
}

/**
 * Who registers an employer: the Region anywhere (its registries), a CPI desk one present in its province
 * (registered office or a site), never one elsewhere in the country on another CPI's behalf.
 */
export function canRegisterEmployer(
  identity: Identity,
  registration: { province: string; sites?: ReadonlyArray<{ province: string }> | null },
): boolean {
  if (identity.orgKind === 'region') return true;
  if (identity.orgKind !== 'cpi' || identity.province === null) return false;
  return (
    registration.province === identity.province ||
    (registration.sites ?? []).some((s) => s.province === identity.province)
  );
}

/**
 * L. 68/1999 obligations (README "L. 68/1999 obligations"). `provinces` are where the employer is present: its registered office and
 * its sites. An employer sees its own records; a CPI those of employers present in its province, and there
 * alone it authorises exemptions, agreements and suspensions; the Region reads statuses and the late list.
 */
export type EmployerPresence = ReadonlySet<string>;

const cpiPresent = (identity: Identity, provinces: EmployerPresence) =>
  identity.orgKind === 'cpi' && identity.province !== null && provinces.has(identity.province);

/** Reports (with their workers), exemptions, agreements, suspensions. Not the Region: a report lists protected workers. */
export function canReadObligationRecords(identity: Identity, employerId: string, provinces: EmployerPresence): boolean {
  return ownEmployerId(identity) === employerId || cpiPresent(identity, provinces);
}

/** Obligation statuses: totals only, so the Region reads them too. */
export function canReadObligationStatus(identity: Identity, employerId: string, provinces: EmployerPresence): boolean {
  return identity.orgKind === 'region' || canReadObligationRecords(identity, employerId, provinces);
}

/** The employer submits its own report; a CPI where the employer is present records one for it. */
export function canSubmitReport(identity: Identity, employerId: string, provinces: EmployerPresence): boolean {
  return canReadObligationRecords(identity, employerId, provinces);
}

/** Only a CPI sets the day a report was received (e.g. by certified mail); an employer submits today. */
export const canSetReceiptDate = (identity: Identity): boolean => identity.orgKind === 'cpi';

/** A CPI authorises in its own province, for an employer present there. */
export function canAuthoriseIn(identity: Identity, province: string, provinces: EmployerPresence): boolean {
  return identity.orgKind === 'cpi' && identity.province === province && provinces.has(province);
}

/**
 * Province-wide lists (late reports, ranking by urgency): the Region any province (or all, for the late list),
 * a CPI its own; null for anyone else.
 */
export function provinceListScope(identity: Identity, asked: string | null): { province: string | null } | null {
  if (identity.orgKind === 'region') return { province: asked };
  if (identity.orgKind === 'cpi' && identity.province !== null && (asked === null || asked === identity.province))
    return { province: identity.province };
  return null;
}

/**
 * Matching (README "Vacancies and matching"). Shortlists name people of a province: the CPI of the vacancy's province builds, sends
 * and reads them; the employer reads only those sent to it and answers about the candidates (the CPI may record an
 * answer on its behalf). Nobody else reads them: the Region sees aggregates only, accredited bodies and citizens
 * have no part in an employer's selection.
 */
export const isCpiOfProvince = (identity: Identity, province: string): boolean =>
  identity.orgKind === 'cpi' && identity.province !== null && identity.province === province;

export function canReadShortlist(
  identity: Identity,
  vacancy: { employerId: string; province: string },
  shortlist: { sentAt: string | null },
): boolean {
  if (isCpiOfProvince(identity, vacancy.province)) return true;
  return ownEmployerId(identity) === vacancy.employerId && shortlist.sentAt !== null;
}

/** May the caller ask for a vacancy's shortlists at all (the list is then filtered by canReadShortlist)? */
export const canListShortlists = (identity: Identity, vacancy: { employerId: string; province: string }): boolean =>
  isCpiOfProvince(identity, vacancy.province) || ownEmployerId(identity) === vacancy.employerId;

export const canRecordShortlistFeedback = canListShortlists;

/**
 * Referrals (README "Referrals (avviamento)"). A request names the employer and the province of the CPI asked: the
 * employer files and reads its own and records the outcome of each referral; the CPI of the province (where the
 * employer is present) reads them, refers from its ranking list and may record an outcome on the employer's behalf;
 * it files a request itself only after the 60-day term (the resolver checks the term). The Region reads
 * aggregates, never requests naming people; accredited bodies and citizens have no part.
 */
export function referralFiler(
  identity: Identity,
  employerId: string,
  province: string,
  presence: EmployerPresence,
): 'EMPLOYER' | 'CPI' | null {
  if (ownEmployerId(identity) === employerId) return 'EMPLOYER';
  if (isCpiOfProvince(identity, province) && presence.has(province)) return 'CPI';
  return null;
}

export const canReadReferralRequest = (identity: Identity, request: { employerId: string; province: string }) =>
  ownEmployerId(identity) === request.employerId || isCpiOfProvince(identity, request.province);

export const canReferFor = (identity: Identity, request: { province: string }) =>
  isCpiOfProvince(identity, request.province);

export const canRecordReferralOutcome = canReadReferralRequest;

/** Which requests a caller lists: one employer's (its own), a CPI's province, or none (null: FORBIDDEN). */
export function referralListScope(
  identity: Identity,
  askedEmployerId: string | null,
): { employerId: string | null; province: string | null } | null {
  const own = ownEmployerId(identity);
  if (own) return askedEmployerId === null || askedEmployerId === own ? { employerId: own, province: null } : null;
  if (identity.orgKind === 'cpi' && identity.province !== null)
    return { employerId: askedEmployerId, province: identity.province };
  return null;
}
