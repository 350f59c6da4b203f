import type { Identity } from '@reg/auth';

/**
 * Row rules for the outcomes records (DESIGN.md): a provider sees its own reports; a CPI those about
 * people of its province; a person their own; an employer its own hires. The Region reads indicators,
 * not named records.
 */
export function canSeeDelivery(
  identity: Identity,
  row: { providerId: string; personProvince: string; personId: string },
): boolean {
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

/** The facts of a placement that decide who has a say on it counting toward an employer's quota. */
export interface QuotaPlacementFacts {
  employerId: string;
  countsTowardQuota: boolean;
  /** Registered office of the employer when the placement was recorded; null for placements recorded before it was kept. */
  employerProvince: string | null;
  /** Where the hire counts: the vacancy's province, else the registered office's. */
  quotaProvince: string | null;
}

/** A CPI of the employer's province (registered office, or where the hire counts) on a quota-counting placement. */
const isQuotaCpi = (identity: Identity, row: QuotaPlacementFacts) =>
  identity.orgKind === 'cpi' &&
  identity.province !== null &&
  row.countsTowardQuota &&
  (identity.province === row.employerProvince || identity.province === row.quotaProvince);

export function canSeePlacement(
  identity: Identity,
  row: { reportedByOrg: string; personProvince: string; personId: string } & QuotaPlacementFacts,
): boolean {
  switch (identity.orgKind) {
    case 'accredited':
      return identity.organisation === row.reportedByOrg;
    case 'cpi':
      // The CPI of the employer's province sees the quota hires it has a say on (L. 68/1999 art. 6: it keeps the quotas).
      return identity.province === row.personProvince || isQuotaCpi(identity, row);
    case 'employer':
      return identity.organisation === row.employerId;
    case 'citizen':
      return identity.organisation === row.personId;
    default:
      return false;
  }
}

/** Reports come from providers: a CPI office or an accredited body, as itself. */
export const canReport = (identity: Identity) =>
  (identity.orgKind === 'cpi' || identity.orgKind === 'accredited') && identity.organisation !== null;

/**
 * Whose quota hires (a placement's dates and hours, never its person) a caller is answered: who needs them for an
 * obligation (L. 68/1999 art. 6, 7: the employer and the CPI that keeps its quota). The employer its own; a CPI those
 * of employers of its province and those counting in its province; the employers subgraph, asking with its service
 * token (README "Calls between subgraphs"), those of the employers it asks for, because it computes the obligation
 * statuses and rankings (totals per employer) every reader of them may see, the Region's included, from them.
 * Nobody else, the Region included: its own token gets no rows, through the gateway (`quotaHires` is @inaccessible)
 * or directly, so the hires cannot be laid beside the suppressed indicator cells. Null means FORBIDDEN.
 */
export type QuotaHireScope = { all: true } | { employerId: string } | { province: string } | null;

/** The subgraph whose service identity is answered every quota hire it asks for. */
export const QUOTA_HIRE_SERVICE = 'employers';

export function quotaHireScope(identity: Identity): QuotaHireScope {
  if (identity.via !== undefined) return identity.via === QUOTA_HIRE_SERVICE ? { all: true } : null;
  switch (identity.orgKind) {
    case 'cpi':
      return identity.province ? { province: identity.province } : null;
    case 'employer':
      return identity.organisation ? { employerId: identity.organisation } : null;
    default:
      return null;
  }
}

/**
 * How a quota-counting placement starts: CONFIRMED when a CPI of the employer's province records it (it has had its
 * say), PENDING otherwise until the employer or that CPI confirms it. Null when the hire does not count.
 */
export function quotaStatusAtRecording(identity: Identity, row: QuotaPlacementFacts): 'PENDING' | 'CONFIRMED' | null {
  if (!row.countsTowardQuota) return null;
  return isQuotaCpi(identity, row) ? 'CONFIRMED' : 'PENDING';
}

/** Who confirms a pending quota hire: the employer itself or a CPI of its province. */
export function canConfirmQuotaPlacement(identity: Identity, row: QuotaPlacementFacts): boolean {
  return (identity.orgKind === 'employer' && identity.organisation === row.employerId) || isQuotaCpi(identity, row);
}

/** The kind of a reporting organisation, stored with its records for the indicators' provider-kind dimension. */
export const providerKindOf = (identity: Identity): 'CPI' | 'ACCREDITED' =>
  identity.orgKind === 'cpi' ? 'CPI' : 'ACCREDITED';

/**
 * Who records an end or a follow-up of a placement the caller can see: the organisation that recorded it (it
 * follows the person after the hire) or a CPI of the person's province (it owns the person's file). Employers and
 * people see their placements but do not write them.
 */
export function canManagePlacement(
  identity: Identity,
  row: { reportedByOrg: string; personProvince: string },
): boolean {
  if (!canReport(identity)) return false;
  return (
    identity.organisation === row.reportedByOrg ||
    (identity.orgKind === 'cpi' && identity.province === row.personProvince)
  );
}

/** The facts of a service delivered to an employer that decide who sees it. */
export interface EmployerServiceFacts {
  providerId: string;
  employerId: string;
  /** The employer's registered office's province when the service was reported. */
  employerProvince: string;
}

/**
 * A service to an employer (seed 003, area 4) is seen by the employer itself, the CPI of its province (which keeps its
 * L. 68/1999 file, art. 6) and the provider that reported it. The Region reads the indicators, not the records.
 */
export function canSeeEmployerService(identity: Identity, row: EmployerServiceFacts): boolean {
  switch (identity.orgKind) {
    case 'employer':
      return identity.organisation === row.employerId;
    case 'cpi':
      return identity.organisation === row.providerId || identity.province === row.employerProvince;
    case 'accredited':
      return identity.organisation === row.providerId;
    default:
      return false;
  }
}

/** The facts of an internship its row rules read. */
export interface InternshipAccessFacts {
  promoterId: string;
  personId: string;
  personProvince: string;
  hostEmployerId: string;
}

/**
 * Who sees an internship: the promoter (a CPI or accredited body), a CPI of the person's province (it keeps the
 * person's file), the host employer its own (an internship holds no health data: objectives, tutors and dates), the
 * person. Another accredited body or employer, and the Region, do not (the Region reads indicators).
 */
export function canSeeInternship(identity: Identity, row: InternshipAccessFacts): boolean {
  switch (identity.orgKind) {
    case 'accredited':
      return identity.organisation === row.promoterId;
    case 'cpi':
      return identity.organisation === row.promoterId || identity.province === row.personProvince;
    case 'employer':
      return identity.organisation === row.hostEmployerId;
    case 'citizen':
      return identity.organisation === row.personId;
    default:
      return false;
  }
}

/**
 * Who reports a service to an employer: the CPI of the employer's province (the public service of that territory,
 * no accreditation needed), or an accredited body, which must also be accredited for the service on the date
 * (checked against the catalogue). A CPI of another province is refused: the employer is not its to serve.
 */
export function employerServiceReporter(identity: Identity, employerProvince: string): 'cpi' | 'accredited' | null {
  if (!canReport(identity)) return null;
  if (identity.orgKind === 'accredited') return 'accredited';
  return identity.province !== null && identity.province === employerProvince ? 'cpi' : null;
}

/**
 * Who records the steps of an internship after the agreement: the promoter, who holds the agreement and issues the
 * attestation (seed 004), or a CPI of the person's province standing in for it. The host sees but does not write.
 */
export function canManageInternship(identity: Identity, row: InternshipAccessFacts): boolean {
  if (!canReport(identity)) return false;
  return (
    identity.organisation === row.promoterId || (identity.orgKind === 'cpi' && identity.province === row.personProvince)
  );
}
