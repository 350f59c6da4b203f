import { writeFileSync } from 'node:fs';

export interface CsvPerson {
  id: string;
  fiscalCode: string;
}

export interface GeneratedCsv {
  rows: number;
  /** Rows the importer itself refuses (bad date) and rows the graph refuses (catalogue rules, unknown modality). */
  expectedLocalRejections: number;
  expectedGraphRejections: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A CPI's export of `rows` deliveries with Italian headers and ';' as delimiter, as a spreadsheet writes it:
 * reception services of 1A (no path maximum, so any number of them fits the catalogue) and 2A interviews,
 * half the people by fiscal code, half by id, dates as dd/mm/yyyy. Every 100th row is a 1A interview of 31
 * minutes (over the 30 of seed 003), every 250th an unknown modality, every 333rd an unreadable date.
 */
export function writeDeliveryCsv(
  path: string,
  rows: number,
  people: readonly CsvPerson[],
  keyPrefix = 'imp',
): GeneratedCsv {
  const lines = ['chiave;codice_fiscale;id_persona;codice_servizio;data;minuti;sessioni;modalita;output;operatore'];
  let local = 0;
  let graph = 0;
  for (let i = 1; i <= rows; i++) {
    const person = people[i % people.length]!;
    const [fiscalCode, personId] = i % 2 === 0 ? [person.fiscalCode, ''] : ['', person.id];
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000);
    let date = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    let [service, minutes, sessions, modality, output] =
      i % 3 === 0
        ? ['2A', String(60 + (i % 61)), '1', 'INDIVIDUAL_INTERVIEW', '']
        : i % 3 === 1
          ? ['1A', String(15 + (i % 40)), '1', 'SELF_CONSULTATION_SPACE', '']
          : ['1A', String(10 + (i % 21)), '1', 'INDIVIDUAL_INTERVIEW', ''];
    if (i % 333 === 0) {
      date = 'ieri';
      local++;
    } else if (i % 250 === 0) {
      modality = 'TELEPATHY';
      graph++;
    } else if (i % 100 === 0) {
      [service, minutes, modality] = ['1A', '31', 'INDIVIDUAL_INTERVIEW'];
      graph++;
    }
    lines.push(
      [
        `${keyPrefix}-${i}`,
        fiscalCode,
        personId,
        service,
        date,
        minutes,
        sessions,
        modality,
        output,
        'Giulia Neri',
      ].join(';'),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { rows, expectedLocalRejections: local, expectedGraphRejections: graph };
}
