import { stringify } from 'csv-stringify/sync';
import { badInput, forbidden } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import { forbiddenWithoutScope } from '@reg/subgraph-kit';
import {
  EXPORT_MAX_ROWS,
  exportAudience,
  exportFilename,
  exportPeriodProblem,
  exportRecord,
  microdataReleaseFields,
  NAMED_COLUMNS,
  PSEUDONYMISED_COLUMNS,
} from '../rules/deliveries-export.ts';

/** A provider's deliveries of a period as CSV, as the caller may see them; refused beyond EXPORT_MAX_ROWS rather than cut. */
export const deliveriesExport: QueryResolvers['deliveriesExport'] = async (
  _,
  { providerId, from, to },
  { identity, stores, pseudonymise, audit },
) => {
  const audience = exportAudience(identity, providerId);
  if ('refused' in audience) {
    if (audience.refused === 'scope')
      throw forbiddenWithoutScope(
        audience.scope,
        `The Region gets aggregates (indicators); the pseudonymised microdata release needs scope ${audience.scope}`,
      );
    throw forbidden('Deliveries are exported by the provider itself or a CPI (its province)');
  }
  const periodProblem = exportPeriodProblem(from, to);
  if (periodProblem) throw badInput('to', periodProblem);
  const province = audience.kind === 'cpi-province' ? audience.province : null;
  const total = await stores.deliveries.countForExport(providerId, from, to, province);
  if (total > EXPORT_MAX_ROWS)
    throw badInput(
      'to',
      `${total} deliveries in the period, at most ${EXPORT_MAX_ROWS} in one export: ask for a shorter period`,
    );
  const rows = await stores.deliveries.forExport(providerId, from, to, province, EXPORT_MAX_ROWS);
  const pseudonymised = audience.kind === 'region-microdata';
  // One audit row per release, whatever it holds (even none): the DPO's list of microdata releases.
  if (pseudonymised) audit.read('DeliveriesExport', providerId, microdataReleaseFields(from, to, rows.length), null);
  const csv = stringify(
    rows.map((r) => exportRecord(r, pseudonymised ? pseudonymise(r.personId) : null)),
    {
      header: true,
      columns: [...(pseudonymised ? PSEUDONYMISED_COLUMNS : NAMED_COLUMNS)],
      delimiter: ';',
      record_delimiter: 'unix',
    },
  );
  return { filename: exportFilename(providerId, from, to, pseudonymised), rowCount: rows.length, pseudonymised, csv };
};
