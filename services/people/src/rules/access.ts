import type { Identity } from '@reg/auth';

/**
 * Who may see a named person (DESIGN.md, row level): a CPI operator the people of its province; an
 * accredited body only the people it has in charge (an active take-in-charge); the person themself.
 * The Region sees aggregates only and employers see no person here.
 */
export function canSeePerson(identity: Identity, person: { id: string; residenceProvince: string }, activeProviderIds: readonly string[]): boolean {
  switch (identity.orgKind) {
    case 'cpi':
      return identity.province !== null && identity.province === person.residenceProvince;
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
export function canTakeInCharge(identity: Identity, providerId: string, person: { residenceProvince: string }): boolean {
  if (identity.orgKind === 'cpi') return identity.province === person.residenceProvince;
  if (identity.orgKind === 'accredited') return identity.organisation === providerId;
  return false;
}
