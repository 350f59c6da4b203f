import type { Identity } from '@reg/auth';
import { daysBetween } from '@reg/calendar';

/** Longest period of one export: a year (a leap one included). */
export const EXPORT_MAX_DAYS = 366;
/** Most rows in one export: about 1.5 MB of CSV, well inside one response; beyond, a shorter period is asked. */
export const EXPORT_MAX_ROWS = 10_000;

/**
 * What a caller gets of a provider's deliveries (and its row rules): the provider itself all of
 * them, named; a CPI another provider's only for people of its province (as Provider.deliveries shows them); nobody
 * else any. The Region's monitoring office gets aggregates only (the suppressed indicators): a row per delivery,
 * even pseudonymised, rebuilds every suppressed cell by counting, so it is a different release, microdata, given
 * only under the scope MICRODATA_SCOPE held by a region token (README, "Aggregates and microdata").
 */
export type ExportAudience =
  | { kind: 'provider' }
  | { kind: 'cpi-province'; province: string }
  | { kind: 'region-microdata' };

/** The scope of the pseudonymised microdata release; honoured for the region kind only. */
export const MICRODATA_SCOPE = 'microdata:read';

/** Why a caller gets no export: its kind never does, or it is the Region without the microdata scope. */
export type ExportRefusal = { refused: 'kind' } | { refused: 'scope'; scope: string };

export function exportAudience(identity: Identity, providerId: string): ExportAudience | ExportRefusal {
  switch (identity.orgKind) {
    case 'accredited':
      return identity.organisation === providerId ? { kind: 'provider' } : { refused: 'kind' };
    case 'cpi':
      if (identity.organisation === providerId) return { kind: 'provider' };
      return identity.province ? { kind: 'cpi-province', province: identity.province } : { refused: 'kind' };
    case 'region':
      return identity.scopes.has(MICRODATA_SCOPE)
        ? { kind: 'region-microdata' }
        : { refused: 'scope', scope: MICRODATA_SCOPE };
    default:
      return { refused: 'kind' };
  }
}

/**
 * The audit row of a microdata release: the provider, the period and the row count, so the DPO can list every
 * release (what left, to whom, when) apart from ordinary reads.
 */
export function microdataReleaseFields(from: string, to: string, rowCount: number): string[] {
  return [`period=${from}/${to}`, `rows=${rowCount}`, ...PSEUDONYMISED_COLUMNS];
}

export function exportPeriodProblem(from: string, to: string): string | null {
  if (to < from) return `The period ends (${to}) before it starts (${from})`;
  const days = daysBetween(from, to) + 1;
  return days > EXPORT_MAX_DAYS ? `At most ${EXPORT_MAX_DAYS} days in one export, asked ${days}` : null;
}

export interface ExportableDelivery {
  idempotencyKey: string;
  personId: string;
  serviceCode: string;
  deliveredOn: string;
  minutes: number;
  sessionMinutes: number[] | null;
  sessions: number;
  modality: string;
  outputs: string[];
  operator: string | null;
}

/**
 * The importer's own column names (scripts/delivery-import/columns.ts), so that a provider's export goes back in
 * unchanged and a re-import creates nothing twice. The Region's copy swaps the person for a pseudonym and leaves
 * out the operator's name and the provider's own key, which identify nobody it needs.
 */
export const NAMED_COLUMNS = [
  'chiave',
  'id_persona',
  'codice_servizio',
  'data',
  'minuti',
  'minuti_sessioni',
  'sessioni',
  'modalita',
  'output',
  'operatore',
] as const;
export const PSEUDONYMISED_COLUMNS = [
  'pseudonimo',
  'codice_servizio',
  'data',
  'minuti',
  'minuti_sessioni',
  'sessioni',
  'modalita',
  'output',
] as const;

export function exportRecord(row: ExportableDelivery, pseudonym: string | null): string[] {
  const common = [
    row.serviceCode,
    row.deliveredOn,
    String(row.minutes),
    (row.sessionMinutes ?? []).join('+'),
    String(row.sessions),
    row.modality,
    row.outputs.join('|'),
  ];
  return pseudonym === null
    ? [row.idempotencyKey, row.personId, ...common, row.operator ?? '']
    : [pseudonym, ...common];
}

export const exportFilename = (providerId: string, from: string, to: string, pseudonymised: boolean) =>
  `erogazioni_${providerId.replace(/[^A-Za-z0-9_-]/g, '_')}_${from}_${to}${pseudonymised ? '_pseudonimizzato' : ''}.csv`;
