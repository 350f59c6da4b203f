import { randomUUID } from 'node:crypto';
import { and, asc, eq, exists, inArray, lte, max, or, sql } from 'drizzle-orm';
import { anyOf, isUniqueViolation } from '@reg/db';
import type { EmployersDb } from './employer-store.ts';
import { agreements, employers, employerSites, exemptions, suspensions, workforceReports } from './tables.ts';

export type WorkforceReportRecord = typeof workforceReports.$inferSelect;
export type ExemptionRecord = typeof exemptions.$inferSelect;
export type AgreementRecord = typeof agreements.$inferSelect;
export type SuspensionRecord = typeof suspensions.$inferSelect;

export type NewWorkforceReport = Omit<typeof workforceReports.$inferInsert, 'id' | 'version' | 'submittedAt'>;
export type NewExemption = Omit<typeof exemptions.$inferInsert, 'id' | 'createdAt'>;
export type NewAgreement = Omit<typeof agreements.$inferInsert, 'id' | 'createdAt'>;
export type NewSuspension = Omit<typeof suspensions.$inferInsert, 'id' | 'createdAt'>;

const oldestFirst = [asc(workforceReports.year), asc(workforceReports.version)];

/** Reports, exemptions, agreements and suspensions: the records of an employer's L. 68/1999 obligation. */
export function createObligationStore(db: EmployersDb) {
  return {
    async reportsOf(employerIds: readonly string[]): Promise<WorkforceReportRecord[]> {
      return db
        .select()
        .from(workforceReports)
        .where(anyOf(workforceReports.employerId, employerIds))
        .orderBy(...oldestFirst);
    },

    /** Every version of the reports up to a year, of the employers with a site or the registered office in a province (all when null). */
    async reportsUpTo(year: number, province: string | null): Promise<WorkforceReportRecord[]> {
      const conditions = [lte(workforceReports.year, year)];
      if (province) conditions.push(inArray(workforceReports.employerId, employerIdsIn(db, province)));
      return db
        .select()
        .from(workforceReports)
        .where(and(...conditions))
        .orderBy(...oldestFirst);
    },

    /** Employer ids with a site or the registered office in the province. */
    async employerIdsIn(province: string): Promise<string[]> {
      const rows = await db
        .select({ id: employers.id })
        .from(employers)
        .where(inArray(employers.id, employerIdsIn(db, province)))
        .orderBy(asc(employers.id));
      return rows.map((r) => r.id);
    },

    /**
     * Stores the next version of a year's report in one transaction. Null when a concurrent submission took the
     * same version number: the unique key decides, never a read-then-write guess.
     */
    async submitReport(report: NewWorkforceReport): Promise<WorkforceReportRecord | null> {
      try {
        return await db.transaction(async (tx) => {
          const [current] = await tx
            .select({ version: max(workforceReports.version) })
            .from(workforceReports)
            .where(and(eq(workforceReports.employerId, report.employerId), eq(workforceReports.year, report.year)));
          const [row] = await tx
            .insert(workforceReports)
            .values({ ...report, id: randomUUID(), version: (current?.version ?? 0) + 1 })
            .returning();
          return row!;
        });
      } catch (error) {
        if (isUniqueViolation(error, 'workforce_report_version_key')) return null;
        throw error;
      }
    },

    /**
     * importWorkforceReports: the reports in one multi-row INSERT, each version numbered after the stored ones of
     * its employer and year (read in the same transaction) and the earlier rows of the call; null when another
     * submission took a version meanwhile (nothing written).
     */
    async submitReports(reports: readonly NewWorkforceReport[]): Promise<WorkforceReportRecord[] | null> {
      if (reports.length === 0) return [];
      try {
        return await db.transaction(async (tx) => {
          const current = await tx
            .select({
              employerId: workforceReports.employerId,
              year: workforceReports.year,
              version: max(workforceReports.version),
            })
            .from(workforceReports)
            .where(anyOf(workforceReports.employerId, [...new Set(reports.map((r) => r.employerId))]))
            .groupBy(workforceReports.employerId, workforceReports.year);
          const latest = new Map(current.map((c) => [`${c.employerId}|${c.year}`, c.version ?? 0]));
          const ids = reports.map(() => randomUUID());
          const rows = await tx
            .insert(workforceReports)
            .values(
              reports.map((report, i) => {
                const key = `${report.employerId}|${report.year}`;
                const version = (latest.get(key) ?? 0) + 1;
                latest.set(key, version);
                return { ...report, id: ids[i]!, version };
              }),
            )
            .returning();
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id)!);
        });
      } catch (error) {
        if (isUniqueViolation(error, 'workforce_report_version_key')) return null;
        throw error;
      }
    },

    async exemptionsOf(employerIds: readonly string[]): Promise<ExemptionRecord[]> {
      return db
        .select()
        .from(exemptions)
        .where(anyOf(exemptions.employerId, employerIds))
        .orderBy(asc(exemptions.validFrom), asc(exemptions.id));
    },
    async agreementsOf(employerIds: readonly string[]): Promise<AgreementRecord[]> {
      return db
        .select()
        .from(agreements)
        .where(anyOf(agreements.employerId, employerIds))
        .orderBy(asc(agreements.startsOn), asc(agreements.id));
    },
    async suspensionsOf(employerIds: readonly string[]): Promise<SuspensionRecord[]> {
      return db
        .select()
        .from(suspensions)
        .where(anyOf(suspensions.employerId, employerIds))
        .orderBy(asc(suspensions.validFrom), asc(suspensions.id));
    },

    /**
     * Stores an exemption unless `overlaps` says one already stored for the employer clashes with it (then null).
     * The employer's row is locked first, so two concurrent authorisations cannot both pass the check.
     */
    async insertExemptionUnless(
      exemption: NewExemption,
      overlaps: (existing: ExemptionRecord) => boolean,
    ): Promise<ExemptionRecord | null> {
      return db.transaction(async (tx) => {
        await tx
          .select({ id: employers.id })
          .from(employers)
          .where(eq(employers.id, exemption.employerId))
          .for('update');
        const existing = await tx.select().from(exemptions).where(eq(exemptions.employerId, exemption.employerId));
        if (existing.some(overlaps)) return null;
        return (
          await tx
            .insert(exemptions)
            .values({ ...exemption, id: randomUUID() })
            .returning()
        )[0]!;
      });
    },
    async insertAgreement(agreement: NewAgreement): Promise<AgreementRecord> {
      return db.transaction(
        async (tx) =>
          (
            await tx
              .insert(agreements)
              .values({ ...agreement, id: randomUUID() })
              .returning()
          )[0]!,
      );
    },
    async insertSuspension(suspension: NewSuspension): Promise<SuspensionRecord> {
      return db.transaction(
        async (tx) =>
          (
            await tx
              .insert(suspensions)
              .values({ ...suspension, id: randomUUID() })
              .returning()
          )[0]!,
      );
    },
  };
}

/** Sub-select: employers with the registered office or a site in the province. */
function employerIdsIn(db: EmployersDb, province: string) {
  return db
    .select({ id: employers.id })
    .from(employers)
    .where(
      or(
        eq(employers.province, province),
        exists(
          db
            .select({ one: sql`1` })
            .from(employerSites)
            .where(and(eq(employerSites.employerId, employers.id), eq(employerSites.province, province))),
        ),
      ),
    );
}

export type ObligationStore = ReturnType<typeof createObligationStore>;
