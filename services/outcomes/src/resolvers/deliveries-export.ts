import { stringify } from 'csv-stringify/sync';
import { badInput, forbidden } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import { EXPORT_MAX_ROWS, exportAudience, exportFilename, exportPeriodProblem, exportRecord, NAMED_COLUMNS, PSEUDONYMISED_COLUMNS } from '../rules/deliveries-export.ts';

/** A provider's deliveries of a period as CSV, as the caller may see them; refused beyond EXPORT_MAX_ROWS rather than cut. */
export const deliveriesExport: QueryResolvers['deliveriesExport'] = async (_, { providerId, from, to }, { identity, stores, pseudonymise }) => {
  const audience = exportAudience(identity, providerId);
  if (!audience) throw forbidden('Deliveries are exported by the provider itself, a CPI (its province) or the Region (pseudonymised)');
  const periodProblem = exportPeriodProblem(from, to);
  if (periodProblem) throw badInput('to', periodProblem);
  const province = audience.kind === 'cpi-province' ? audience.province : null;
  const total = await stores.deliveries.countForExport(providerId, from, to, province);
  if (total > EXPORT_MAX_ROWS) throw badInput('to', `${total} deliveries in the period, at most ${EXPORT_MAX_ROWS} in one export: ask for a shorter period`);
  const rows = await stores.deliveries.forExport(providerId, from, to, province, EXPORT_MAX_ROWS);
  const pseudonymised = audience.kind === 'region';
  const csv = stringify(rows.map((r) => exportRecord(r, pseudonymised ? pseudonymise(r.personId) : null)), {
    header: true, columns: [...(pseudonymised ? PSEUDONYMISED_COLUMNS : NAMED_COLUMNS)], delimiter: ';', record_delimiter: 'unix',
  });
  return { filename: exportFilename(providerId, from, to, pseudonymised), rowCount: rows.length, pseudonymised, csv };
};
