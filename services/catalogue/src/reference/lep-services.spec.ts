import { describe, it, expect } from 'vitest';
import { lepServices, trentoCatalogue2013 } from './index.ts';
import type { LepService } from './types.ts';

const SEED_001 = '001_98d9f6d6fb3c3847.txt';
const SEED_004 = '004_6294abce37ddc61c.txt';

function lep(code: string): LepService {
  const found = lepServices.find((l) => l.code === code);
  if (!found) throw new Error(`LEP ${code} missing`);
  return found;
}

describe('LEP services (seeds 004 and 001)', () => {
  it('codes are unique UPPER_SNAKE', () => {
    const codes = lepServices.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('every entry cites seed 001 or 004 and has a title, a description and activities', () => {
    for (const l of lepServices) {
      expect([SEED_001, SEED_004], l.code).toContain(l.source);
      expect(l.title.length, l.code).toBeGreaterThan(0);
      expect(l.description.length, l.code).toBeGreaterThan(0);
      expect(l.activities.length, l.code).toBeGreaterThan(0);
    }
  });

  it('uses only the letters DOMAIN.md confirms: D = service pact, J = work/care balance; none invented', () => {
    const lettered = lepServices.filter((l) => l.letter !== null).map((l) => [l.letter, l.code]);
    expect(lettered).toEqual([
      ['D', 'PATTO_SERVIZIO'],
      ['J', 'CONCILIAZIONE'],
    ]);
  });

  it('lists the DM 4/2018 Annex B services to people of seed 004', () => {
    const from004 = lepServices.filter((l) => l.source === SEED_004).map((l) => l.code);
    expect(from004).toEqual([
      'ACCOGLIENZA_PRIMA_INFORMAZIONE',
      'DID_PROFILAZIONE_SAP',
      'ORIENTAMENTO_BASE',
      'PATTO_SERVIZIO',
      'ORIENTAMENTO_SPECIALISTICO',
      'ACCOMPAGNAMENTO_LAVORO',
      'ATTIVAZIONE_TIROCINIO',
      'INCONTRO_DOMANDA_OFFERTA',
      'ASSEGNO_RICOLLOCAZIONE',
      'AVVIAMENTO_FORMAZIONE',
      'MOBILITA_TERRITORIALE',
      'CONCILIAZIONE',
      'AVVIAMENTO_SELEZIONE_PA',
      'LAVORI_SOCIALMENTE_UTILI',
      'PRESA_IN_CARICO_INTEGRATA_VULNERABILI',
      'AUTOIMPIEGO',
    ]);
  });

  it('lists the six collocamento mirato services of seed 001, each also in seed 004', () => {
    const from001 = lepServices.filter((l) => l.source === SEED_001);
    expect(from001.map((l) => l.code)).toEqual([
      'CM_ISCRIZIONE',
      'CM_ORIENTAMENTO_BASE',
      'CM_PATTO_SERVIZIO',
      'CM_ORIENTAMENTO_SPECIALISTICO',
      'CM_ACCOMPAGNAMENTO_LAVORO',
      'CM_INCONTRO_DOMANDA_OFFERTA',
    ]);
    for (const l of from001) {
      expect(l.alsoListedIn, l.code).toEqual([SEED_004]);
      expect(l.outputs?.length, l.code).toBeGreaterThan(0);
      expect(l.outcomes?.length, l.code).toBeGreaterThan(0);
    }
  });

  it('enrolment outputs: receipt, acceptance, L. 241/1990 pre-rejection notice, rejection (seed 001)', () => {
    expect(lep('CM_ISCRIZIONE').outputs).toEqual([
      'ricevuta di presentazione istanza',
      'notifica di accoglimento',
      'pre-avviso di rigetto ai sensi della L. 241/1990',
      'reiezione dell’istanza',
    ]);
  });

  it('the collocamento mirato pact names elements a-e and availabilities a-c (seed 001)', () => {
    const d = lep('CM_PATTO_SERVIZIO').description;
    for (const marker of [
      'a) l’individuazione di un responsabile',
      'b) la definizione del profilo',
      'c) la definizione degli atti',
      'd) la frequenza ordinaria',
      'e) le modalità con cui',
    ]) {
      expect(d).toContain(marker);
    }
    expect(d).toContain('articolo 25 del D.Lgs. 150/2015');
  });

  it('accompaniment and matching under collocamento mirato involve the Comitato Tecnico (seed 004)', () => {
    expect(lep('CM_ACCOMPAGNAMENTO_LAVORO').notes?.[0]).toContain('Comitato Tecnico ex art. 8, co. 1 bis, L. 68/1999');
    expect(lep('CM_INCONTRO_DOMANDA_OFFERTA').notes?.[0]).toContain(
      'Comitato Tecnico ex art. 8, co. 1 bis, L. 68/1999',
    );
  });

  it('every standardCode exists in the Trento catalogue (seed 003)', () => {
    const codes = new Set(trentoCatalogue2013.standards.map((s) => s.code));
    for (const l of lepServices) {
      expect(new Set(l.standardCodes).size, l.code).toBe(l.standardCodes.length);
      for (const c of l.standardCodes) expect(codes.has(c), `${l.code} -> ${c}`).toBe(true);
    }
  });

  it('services seed 003 leaves to the CPI (art. 16 selections, L. 68 lists) map to no standard (seed 003 preface)', () => {
    expect(lep('AVVIAMENTO_SELEZIONE_PA').standardCodes).toEqual([]);
    expect(lep('CM_ISCRIZIONE').standardCodes).toEqual([]);
  });
});
