import type { Identity } from '@reg/auth';

/**
 * Who may see a named person (DESIGN.md, row level): a CPI operator the people of its province (of residence, or
 * whose open L. 68 enrolment its list keeps); an
 * accredited body only the people it has in charge (an active take-in-charge); the person themself.
 * The Region sees aggregates only and employers see no person here.
 */
export function canSeePerson(
  identity: Identity,
  person: { id: string; residenceProvince: string },
  activeProviderIds: readonly string[],
  openListProvinces: readonly string[] = [],
): boolean {
  switch (identity.orgKind) {
    case 'cpi':
      // The province of residence, and the province whose list keeps an open enrolment of the person (moved there
      // under L. 68/1999 art. 8 c.1): that CPI decides on it and ranks it, so it sees whom it ranks.
      return (
        identity.province !== null &&
        (identity.province === person.residenceProvince || openListProvinces.includes(identity.province))
      );
    case 'accredited':
      return identity.organisation !== null && activeProviderIds.includes(identity.organisation);
    case 'citizen':
      return identity.organisation === person.id;
    default:
      return false;
  }
}

/** Registering people and running the L.68 lists is the CPI's job (seed 003 preface: sole owner of the lists). */
export function canManageListsOf(identity: Identity, province: string): boolean {
  return identity.orgKind === 'cpi' && identity.province === province;
}

/**
 * Take-in-charge: an accredited body takes people in charge for itself; a CPI may do so for itself or
 * assign a person of its province to another provider.
 */
export function canTakeInCharge(
  identity: Identity,
  providerId: string,
  person: { residenceProvince: string },
): boolean {
  if (identity.orgKind === 'cpi') return identity.province === person.residenceProvince;
  if (identity.orgKind === 'accredited') return identity.organisation === providerId;
  return false;
}

/**
 * Clinical data (disability category, invalidity percentage, clinical notes, the eligibility check built on them;
 * GDPR art. 9) needs scope health:read, and never reaches an accredited body whatever its token carries: it works
 * from the functional profile (DESIGN.md, field level). The identity provider's scopes are one safeguard, not the only one.
 */
export function mayReadClinicalData(identity: Identity): boolean {
  return identity.scopes.has('health:read') && identity.orgKind !== 'accredited';
}

/** The enrolment statuses a list keeps open (an application being decided, or an enrolment on the list). */
export const OPEN_ENROLMENT_STATUSES = ['SUBMITTED', 'PRE_REJECTED', 'ACCEPTED'] as const;

/**
 * The row rule of canSeePerson as the filter of a list of people: a CPI the people resident in its province and
 * those whose open enrolment its list keeps (moved there under L. 68/1999 art. 8 c.1: `openListOf`), nothing when
 * another province is asked; an accredited body those it has in charge (`province` narrows it to residents);
 * 'refused' for everyone else, and for a CPI token without a province or an accredited one without an organisation,
 * so a missing claim can never mean "no condition".
 */
export function peopleListFilter(
  identity: Identity,
  askedProvince: string | null,
): { province: string | null; inChargeOf: string | null; openListOf?: string } | 'nobody' | 'refused' {
  if (identity.orgKind === 'cpi' && identity.province) {
    return askedProvince && askedProvince !== identity.province
      ? 'nobody'
      : { province: identity.province, inChargeOf: null, openListOf: identity.province };
  }
  if (identity.orgKind === 'accredited' && identity.organisation)
    return { province: askedProvince, inChargeOf: identity.organisation };
  return 'refused';
}

/**
 * Ending a take-in-charge, or handing the person over to another provider, is for the provider in charge or for the
 * CPI (seed 002: the accredited body that took the person in charge reports and closes its own programme; the CPI
 * keeps the person's file). The CPI's province is already the person's: the row rule found the record.
 */
export function canEndTakeInCharge(identity: Identity, takeInCharge: { providerId: string }): boolean {
  return identity.organisation === takeInCharge.providerId || identity.orgKind === 'cpi';
}

/**
 * Who may read a person's target groups on a day (Person.targetGroupsOn): the outcomes subgraph, acting for a caller
 * who sees the person (a reporter: the person's CPI, or the body that has the person in charge), to classify what it
 * reports for the indicators; and the CPI of the person's province of residence. The groups include being on the
 * L. 68/1999 art. 1 list, i.e. disability (health-related, GDPR art. 9): they serve the monitoring only, so the person,
 * an accredited body asking directly, another province's CPI keeping the person's list and everyone else are refused.
 */
export function mayReadTargetGroups(identity: Identity, person: { residenceProvince: string }): boolean {
  if (identity.via === 'outcomes') return true;
  return identity.via === undefined && identity.orgKind === 'cpi' && identity.province === person.residenceProvince;
}
