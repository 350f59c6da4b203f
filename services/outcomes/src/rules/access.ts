import type { Identity } from '@reg/auth';

/**
 * Row rules for the outcomes records (DESIGN.md): a provider sees its own reports; a CPI those about
 * people of its province; a person their own; an employer its own hires. The Region reads indicators,
 * not named records.
 */
export function canSeeDelivery(identity: Identity, row: { providerId: string; personProvince: string; personId: string }): boolean {
  switch (identity.orgKind) {
    case 'accredited':
      return identity.organisation === row.providerId;
    case 'cpi':
      return identity.organisation === row.providerId || identity.province === row.personProvince;
    case 'citizen':
      return identity.organisation === row.personId;
    default:
      return false;
  }
}

export function canSeePlacement(identity: Identity, row: { reportedByOrg: string; personProvince: string; personId: string; employerId: string }): boolean {
  switch (identity.orgKind) {
    case 'accredited':
      return identity.organisation === row.reportedByOrg;
    case 'cpi':
      return identity.province === row.personProvince;
    case 'employer':
      return identity.organisation === row.employerId;
    case 'citizen':
      return identity.organisation === row.personId;
    default:
      return false;
  }
}

/** Reports come from providers: a CPI office or an accredited body, as itself. */
export const canReport = (identity: Identity) => (identity.orgKind === 'cpi' || identity.orgKind === 'accredited') && identity.organisation !== null;

/**
 * Quota hires (a placement's dates and hours, never its person) of which employers a caller may read: a CPI and
 * the Region any employer's, since the employers subgraph asks on their behalf to compute obligation statuses
 * and applies its own row rules to them; an employer its own; nobody else.
 */
export function quotaHireEmployerScope(identity: Identity, asked: readonly string[]): readonly string[] {
  switch (identity.orgKind) {
    case 'cpi':
    case 'region':
      return asked;
    case 'employer':
      return asked.filter((id) => id === identity.organisation);
    default:
      return [];
  }
}

/** The kind of a reporting organisation, stored with its records for the indicators' provider-kind dimension. */
export const providerKindOf = (identity: Identity): 'CPI' | 'ACCREDITED' => (identity.orgKind === 'cpi' ? 'CPI' : 'ACCREDITED');

/**
 * Who records an end or a follow-up of a placement the caller can see: the organisation that recorded it (it
 * follows the person after the hire) or a CPI of the person's province (it owns the person's file). Employers and
 * people see their placements but do not write them.
 */
export function canManagePlacement(identity: Identity, row: { reportedByOrg: string; personProvince: string }): boolean {
  if (!canReport(identity)) return false;
  return identity.organisation === row.reportedByOrg || (identity.orgKind === 'cpi' && identity.province === row.personProvince);
}
