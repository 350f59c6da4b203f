/**
 * The columns of a delivery export, as accredited bodies' systems write them: English or Italian headers,
 * any case, spaces or dashes for underscores. Documented in README ("Importing deliveries from CSV").
 */
export const columnAliases = {
  idempotencyKey: ['chiave', 'chiave_idempotenza', 'idempotency_key', 'key'],
  personId: ['id_persona', 'person_id'],
  fiscalCode: ['codice_fiscale', 'fiscal_code'],
  serviceCode: ['codice_servizio', 'service_code', 'servizio'],
  deliveredOn: ['data', 'data_erogazione', 'delivered_on', 'date'],
  minutes: ['minuti', 'minutes', 'durata_minuti'],
  sessions: ['sessioni', 'sessions', 'numero_sessioni'],
  sessionMinutes: ['minuti_sessioni', 'session_minutes'],
  modality: ['modalita', 'modalità', 'modality'],
  outputs: ['output', 'outputs'],
  operator: ['operatore', 'operator'],
  overrideReason: ['motivo_deroga', 'override_reason'],
} as const;

export type Column = keyof typeof columnAliases;

const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Which column each header is; unknown headers are ignored (exports carry more than we need). */
export function mapHeaders(headers: readonly string[]): { columns: Array<Column | null>; missing: string[] } {
  const lookup = new Map<string, Column>();
  for (const [column, aliases] of Object.entries(columnAliases) as Array<[Column, readonly string[]]>) {
    for (const alias of aliases) lookup.set(alias, column);
  }
  const columns = headers.map((h) => lookup.get(normaliseHeader(h)) ?? null);
  const has = (c: Column) => columns.includes(c);
  const missing: string[] = [];
  for (const required of ['idempotencyKey', 'serviceCode', 'deliveredOn', 'modality'] as const) {
    if (!has(required)) missing.push(columnAliases[required][0]);
  }
  if (!has('personId') && !has('fiscalCode')) missing.push('id_persona or codice_fiscale');
  if (!has('minutes') && !has('sessionMinutes')) missing.push('minuti or minuti_sessioni');
  return { columns, missing };
}

/** What a CSV row becomes: the mutation's input, with the person still to be resolved when given by fiscal code. */
export interface ParsedRow {
  idempotencyKey: string;
  personId: string | null;
  fiscalCode: string | null;
  serviceCode: string;
  deliveredOn: string;
  minutes: number | null;
  sessions: number | null;
  sessionMinutes: number[] | null;
  modality: string;
  outputs: string[];
  operator: string | null;
  overrideReason: string | null;
}

/** Lists inside one cell: "45+60+50" or "CV|PAI" (never the field delimiter, which may be ',' or ';'). */
const splitList = (cell: string) =>
  cell
    .split(/[|+]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const wholeNumber = (cell: string): number | null | 'bad' => {
  if (cell === '') return null;
  return /^\d+$/.test(cell) ? Number(cell) : 'bad';
};

/** ISO dates, or the dd/mm/yyyy of Italian spreadsheets. */
export function parseDate(cell: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  const italian = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(cell);
  const [y, m, d] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : italian
      ? [italian[3]!, italian[2]!.padStart(2, '0'), italian[1]!.padStart(2, '0')]
      : [];
  if (!y || !m || !d) return null;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`) ? `${y}-${m}-${d}` : null;
}

export function parseRow(
  columns: ReadonlyArray<Column | null>,
  cells: readonly string[],
): { ok: true; row: ParsedRow } | { ok: false; key: string; field: string; message: string } {
  const value = (column: Column) => {
    const index = columns.indexOf(column);
    return index < 0 ? '' : (cells[index] ?? '').trim();
  };
  const key = value('idempotencyKey');
  const fail = (field: string, message: string) => ({ ok: false as const, key, field, message });
  if (!key)
    return fail('idempotencyKey', 'The key (chiave) is empty: without it a retried import could create duplicates');
  const deliveredOn = parseDate(value('deliveredOn'));
  if (!deliveredOn) return fail('deliveredOn', `Not a date: "${value('deliveredOn')}" (YYYY-MM-DD or DD/MM/YYYY)`);
  const minutes = wholeNumber(value('minutes'));
  if (minutes === 'bad') return fail('minutes', `Not a whole number of minutes: "${value('minutes')}"`);
  const sessions = wholeNumber(value('sessions'));
  if (sessions === 'bad') return fail('sessions', `Not a whole number of sessions: "${value('sessions')}"`);
  const sessionCells = splitList(value('sessionMinutes'));
  if (sessionCells.some((c) => !/^\d+$/.test(c)))
    return fail('sessionMinutes', `Not a list of minutes: "${value('sessionMinutes')}" (e.g. 45+60)`);
  const personId = value('personId') || null;
  const fiscalCode = value('fiscalCode').toUpperCase() || null;
  if (!personId && !fiscalCode) return fail('personId', 'Neither id_persona nor codice_fiscale is given');
  return {
    ok: true,
    row: {
      idempotencyKey: key,
      personId,
      fiscalCode,
      serviceCode: value('serviceCode'),
      deliveredOn,
      minutes,
      sessions,
      sessionMinutes: sessionCells.length > 0 ? sessionCells.map(Number) : null,
      modality: value('modality'),
      outputs: splitList(value('outputs')),
      operator: value('operator') || null,
      overrideReason: value('overrideReason') || null,
    },
  };
}
