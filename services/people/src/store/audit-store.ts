import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { tableAuditSink } from '@reg/subgraph-kit';
import type { PeopleDb } from './person-store.ts';
import { auditEvents } from './tables.ts';

export type AuditEventRecord = typeof auditEvents.$inferSelect;

export function createAuditStore(db: PeopleDb) {
  return {
    sink: tableAuditSink(db, auditEvents),
    /** For the DPO: events about a person (or all) in a period, oldest first. */
    async find(filter: { personId?: string | null; from: Date; to: Date }, limit: number): Promise<AuditEventRecord[]> {
      const conditions: SQL[] = [gte(auditEvents.at, filter.from), lte(auditEvents.at, filter.to)];
      if (filter.personId) conditions.push(eq(auditEvents.personId, filter.personId));
      return db.select().from(auditEvents).where(and(...conditions)).orderBy(asc(auditEvents.at), asc(auditEvents.id)).limit(limit);
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
