import { isUniqueViolation } from '@reg/db';
import { conflict } from '@reg/errors';
import type { Context } from '../context.ts';
import { alreadyRegistered } from '../rules/already-registered.ts';
import {
  checkPersonImportRow,
  type ImportProblem,
  type PersonImportRow,
  type PlannedImport,
} from '../rules/person-import.ts';
import type { WrittenFile } from '../store/import-store.ts';

/**
 * Inside the gateway's 256 KB body limit (packages/limits: maxBodyBytes) for rows of up to about 1.2 KB (a demo
 * row is 0.7 KB on average, 0.9 KB at most); the client also cuts its batches by size (bulk-client.ts).
 */
export const MAX_IMPORT_ROWS = 200;

export type ImportOutcome =
  | { index: number; status: 'CREATED'; written: WrittenFile }
  | { index: number; status: 'REJECTED'; problems: ImportProblem[] };

/**
 * importPeople: every row checked in memory with the single mutations' rules (rules/person-import.ts) against the
 * facts fetched once per batch (the fiscal codes already on the register, the providers named), then the accepted
 * rows written in one transaction with one multi-row INSERT per table. A rejected row stops nothing. Each written
 * person, enrolment and take-in-charge gets its WRITE audit row (one statement for the request), as the single
 * mutations' would; a fiscal code already on the register is answered and audited as registerPerson does.
 */
export async function importPeople(ctx: Context, rows: readonly PersonImportRow[], today: string) {
  const { identity } = ctx;
  const providerIds = [...new Set(rows.flatMap((r) => (r.takeInCharges ?? []).map((t) => t.providerId)))];
  const providers = new Map<string, { kind: 'CPI' | 'ACCREDITED' }>();
  await Promise.all(
    providerIds.map(async (id) => {
      const provider = await ctx.remote.provider(identity, id);
      if (provider) providers.set(id, { kind: provider.kind });
    }),
  );

  const checks = rows.map((row) => checkPersonImportRow(identity, row, { today, providers }));
  const codes = checks.flatMap((c) => (c.ok ? [c.plan.person.fiscalCode] : []));
  const registered = new Map((await ctx.stores.imports.registeredFiscalCodes(codes)).map((p) => [p.fiscalCode, p]));

  const outcomes: ImportOutcome[] = [];
  const accepted: Array<{ index: number; plan: PlannedImport }> = [];
  const inBatch = new Set<string>();
  checks.forEach((check, index) => {
    if (!check.ok) return outcomes.push({ index, status: 'REJECTED', problems: check.problems });
    const code = check.plan.person.fiscalCode;
    const existing = registered.get(code);
    if (existing !== undefined || inBatch.has(code)) {
      // Answered and audited as registerPerson does: the disclosure is audited with the person's id.
      if (existing !== undefined) ctx.audit.read('Person', existing.id, ['registered'], existing.id);
      const province = check.plan.person.residenceProvince;
      const answer = alreadyRegistered(existing?.residenceProvince ?? province, province);
      return outcomes.push({
        index,
        status: 'REJECTED',
        problems: [{ code: 'CONFLICT', field: 'person.fiscalCode', ...answer }],
      });
    }
    inBatch.add(code);
    accepted.push({ index, plan: check.plan });
  });

  let written: WrittenFile[];
  try {
    written = await ctx.stores.imports.writeFiles(
      accepted.map((a) => a.plan),
      { subject: identity.subject, organisation: identity.organisation },
    );
  } catch (error) {
    if (isUniqueViolation(error, 'person_fiscal_code_uq'))
      throw conflict(
        'A fiscal code of this batch was registered meanwhile: nothing was written, send the batch again',
        {
          rule: 'PERSON_ALREADY_REGISTERED',
        },
      );
    throw error;
  }
  accepted.forEach(({ index, plan }, i) => {
    const file = written[i]!;
    const personId = file.person.id;
    ctx.audit.write('Person', personId, ['importPeople'], personId);
    if (file.enrolment) ctx.audit.write('Enrolment', file.enrolment.id, ['importPeople'], personId);
    for (const tic of file.takeInCharges) ctx.audit.write('TakeInCharge', tic.id, ['importPeople'], personId);
    if (plan.functionalProfile) ctx.audit.write('FunctionalProfile', personId, ['importPeople'], personId);
    if (plan.professionalRecord) ctx.audit.write('ProfessionalRecord', personId, ['importPeople'], personId);
    outcomes.push({ index, status: 'CREATED', written: file });
  });
  outcomes.sort((a, b) => a.index - b.index);
  ctx.logger.info(
    { rows: rows.length, created: accepted.length, rejected: rows.length - accepted.length },
    'people imported',
  );
  return outcomes;
}
