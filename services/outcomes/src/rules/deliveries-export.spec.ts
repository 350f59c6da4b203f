import { describe, expect, it } from 'vitest';
import type { Identity } from '@reg/auth';
import {
  exportAudience,
  exportFilename,
  exportPeriodProblem,
  exportRecord,
  microdataReleaseFields,
  NAMED_COLUMNS,
  PSEUDONYMISED_COLUMNS,
} from './deliveries-export.ts';

const who = (
  orgKind: Identity['orgKind'],
  organisation: string | null,
  province: string | null = null,
  scopes: string[] = [],
): Identity => ({ subject: 's', orgKind, organisation, province, scopes: new Set<string>(scopes), token: 't' });

describe('who exports a provider\'s deliveries (README "Reporting deliveries", export; DESIGN.md row level)', () => {
  it('the accredited body its own only', () => {
    expect(exportAudience(who('accredited', 'ente-1'), 'ente-1')).toEqual({ kind: 'provider' });
    expect(exportAudience(who('accredited', 'ente-1'), 'ente-2')).toEqual({ refused: 'kind' });
  });

  it("a CPI its own whole, another provider's for people of its province", () => {
    expect(exportAudience(who('cpi', 'cpi-mi', 'MI'), 'cpi-mi')).toEqual({ kind: 'provider' });
    expect(exportAudience(who('cpi', 'cpi-mi', 'MI'), 'ente-1')).toEqual({ kind: 'cpi-province', province: 'MI' });
    expect(exportAudience(who('cpi', 'cpi-x', null), 'ente-1')).toEqual({ refused: 'kind' });
  });

  it('the Region: aggregates only, so no export without the microdata scope (README, disclosure rule: a row per delivery rebuilds every suppressed cell)', () => {
    expect(exportAudience(who('region', 'region', null, ['indicators:read']), 'ente-1')).toEqual({
      refused: 'scope',
      scope: 'microdata:read',
    });
    expect(exportAudience(who('region', 'region', null, ['indicators:read', 'microdata:read']), 'ente-1')).toEqual({
      kind: 'region-microdata',
    });
  });

  it('the microdata scope is honoured for the region kind only: any other kind holding it gets what its kind gets', () => {
    expect(exportAudience(who('accredited', 'ente-1', null, ['microdata:read']), 'ente-2')).toEqual({
      refused: 'kind',
    });
    expect(exportAudience(who('employer', 'emp-1', null, ['microdata:read']), 'ente-1')).toEqual({ refused: 'kind' });
    expect(exportAudience(who('citizen', 'person-1', null, ['microdata:read']), 'ente-1')).toEqual({ refused: 'kind' });
    expect(exportAudience(who('service', 'svc', null, ['microdata:read']), 'ente-1')).toEqual({ refused: 'kind' });
    expect(exportAudience(who('cpi', 'cpi-mi', 'MI', ['microdata:read']), 'ente-1')).toEqual({
      kind: 'cpi-province',
      province: 'MI',
    });
  });

  it('a microdata release is audited with its period and row count', () => {
    expect(microdataReleaseFields('2025-01-01', '2025-03-31', 12)).toEqual([
      'period=2025-01-01/2025-03-31',
      'rows=12',
      ...PSEUDONYMISED_COLUMNS,
    ]);
  });
});

describe('export period', () => {
  it('366 days (a leap year) is the longest period; 367 is refused; an inverted period is refused; one day is fine', () => {
    expect(exportPeriodProblem('2024-01-01', '2024-12-31')).toBeNull();
    expect(exportPeriodProblem('2024-01-01', '2025-01-01')).toMatch(/366 days.*367/);
    expect(exportPeriodProblem('2025-03-02', '2025-03-01')).toMatch(/before it starts/);
    expect(exportPeriodProblem('2025-03-01', '2025-03-01')).toBeNull();
  });
});

describe("export rows in the importer's vocabulary (scripts/delivery-import/columns.ts)", () => {
  const row = {
    idempotencyKey: 'k1',
    personId: 'p1',
    serviceCode: '3A',
    deliveredOn: '2025-03-10',
    minutes: 155,
    sessionMinutes: [45, 60, 50],
    sessions: 3,
    modality: 'INDIVIDUAL_INTERVIEW',
    outputs: ['CV', 'PAI'],
    operator: 'Giulia Neri',
  };

  it('named: key, person, sessions joined by +, outputs by |, operator', () => {
    expect(exportRecord(row, null)).toEqual([
      'k1',
      'p1',
      '3A',
      '2025-03-10',
      '155',
      '45+60+50',
      '3',
      'INDIVIDUAL_INTERVIEW',
      'CV|PAI',
      'Giulia Neri',
    ]);
    expect(exportRecord(row, null)).toHaveLength(NAMED_COLUMNS.length);
  });

  it('pseudonymised: the pseudonym instead of the person, no key, no operator', () => {
    expect(exportRecord(row, 'ps-1')).toEqual([
      'ps-1',
      '3A',
      '2025-03-10',
      '155',
      '45+60+50',
      '3',
      'INDIVIDUAL_INTERVIEW',
      'CV|PAI',
    ]);
    expect(exportRecord(row, 'ps-1')).toHaveLength(PSEUDONYMISED_COLUMNS.length);
  });

  it('no session minutes and no operator are empty cells', () => {
    expect(exportRecord({ ...row, sessionMinutes: null, operator: null, outputs: [] }, null)).toEqual([
      'k1',
      'p1',
      '3A',
      '2025-03-10',
      '155',
      '',
      '3',
      'INDIVIDUAL_INTERVIEW',
      '',
      '',
    ]);
  });

  it('the filename names provider and period and cannot carry a path', () => {
    expect(exportFilename('../etc/x', '2025-01-01', '2025-03-31', true)).toBe(
      'erogazioni____etc_x_2025-01-01_2025-03-31_pseudonimizzato.csv',
    );
  });
});
