import { describe, expect, it } from 'vitest';
import { mapHeaders, parseDate, parseRow } from './columns.ts';

describe('delivery CSV columns', () => {
  it('Italian and English headers, any case, spaces for underscores', () => {
    const { columns, missing } = mapHeaders([
      'Chiave',
      'Codice Fiscale',
      'codice_servizio',
      'DATA',
      'Minuti',
      'Modalità',
      'Output',
      'colonna_ignota',
    ]);
    expect(columns).toEqual([
      'idempotencyKey',
      'fiscalCode',
      'serviceCode',
      'deliveredOn',
      'minutes',
      'modality',
      'outputs',
      null,
    ]);
    expect(missing).toEqual([]);
    expect(mapHeaders(['chiave', 'data']).missing).toEqual([
      'codice_servizio',
      'modalita',
      'id_persona or codice_fiscale',
      'minuti or minuti_sessioni',
    ]);
  });

  it('dates as YYYY-MM-DD or DD/MM/YYYY; impossible dates refused', () => {
    expect(parseDate('2025-03-01')).toBe('2025-03-01');
    expect(parseDate('1/3/2025')).toBe('2025-03-01');
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('marzo')).toBeNull();
  });

  it('a row becomes the mutation input; lists split on + or |', () => {
    const { columns } = mapHeaders([
      'chiave',
      'id_persona',
      'codice_servizio',
      'data',
      'minuti_sessioni',
      'modalita',
      'output',
    ]);
    expect(parseRow(columns, ['k1', 'p1', '3A', '03/03/2025', '45+60', 'INDIVIDUAL_INTERVIEW', 'CV|PAI'])).toEqual({
      ok: true,
      row: {
        idempotencyKey: 'k1',
        personId: 'p1',
        fiscalCode: null,
        serviceCode: '3A',
        deliveredOn: '2025-03-03',
        minutes: null,
        sessions: null,
        sessionMinutes: [45, 60],
        modality: 'INDIVIDUAL_INTERVIEW',
        outputs: ['CV', 'PAI'],
        operator: null,
        overrideReason: null,
      },
    });
  });

  it('a row without a key, with a bad date or bad minutes is refused before sending, naming the field', () => {
    const { columns } = mapHeaders(['chiave', 'id_persona', 'codice_servizio', 'data', 'minuti', 'modalita']);
    expect(parseRow(columns, ['', 'p1', '3A', '2025-03-03', '50', 'X'])).toMatchObject({
      ok: false,
      field: 'idempotencyKey',
    });
    expect(parseRow(columns, ['k', 'p1', '3A', 'ieri', '50', 'X'])).toMatchObject({ ok: false, field: 'deliveredOn' });
    expect(parseRow(columns, ['k', 'p1', '3A', '2025-03-03', '50,5', 'X'])).toMatchObject({
      ok: false,
      field: 'minutes',
      key: 'k',
    });
  });
});
