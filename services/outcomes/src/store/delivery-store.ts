import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Database } from '@reg/db';
import { serviceDeliveries, type tables } from './tables.ts';

export type OutcomesDb = Database<typeof tables>;
export type DeliveryRecord = typeof serviceDeliveries.$inferSelect;
export type NewDelivery = Omit<typeof serviceDeliveries.$inferInsert, 'id' | 'reportedAt'>;

export function createDeliveryStore(db: OutcomesDb) {
  return {
    async byIds(ids: readonly string[]): Promise<DeliveryRecord[]> {
      return db.select().from(serviceDeliveries).where(inArray(serviceDeliveries.id, [...ids]));
    },

    async byIdempotencyKey(providerId: string, key: string): Promise<DeliveryRecord | null> {
      const [row] = await db.select().from(serviceDeliveries).where(and(eq(serviceDeliveries.providerId, providerId), eq(serviceDeliveries.idempotencyKey, key)));
      return row ?? null;
    },

    async byPersons(personIds: readonly string[]): Promise<DeliveryRecord[]> {
      return db.select().from(serviceDeliveries).where(inArray(serviceDeliveries.personId, [...personIds])).orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id));
    },

    async byProviders(providerIds: readonly string[], from: string | null, to: string | null): Promise<DeliveryRecord[]> {
      const conditions: SQL[] = [inArray(serviceDeliveries.providerId, [...providerIds])];
      if (from) conditions.push(gte(serviceDeliveries.deliveredOn, from));
      if (to) conditions.push(lte(serviceDeliveries.deliveredOn, to));
      return db.select().from(serviceDeliveries).where(and(...conditions)).orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id));
    },

    /** Inserts unless the provider already used the key; returns the stored row and whether it is new. */
    async insertOnce(delivery: NewDelivery): Promise<{ row: DeliveryRecord; created: boolean }> {
      const [row] = await db.insert(serviceDeliveries).values({ ...delivery, id: randomUUID() }).onConflictDoNothing({ target: [serviceDeliveries.providerId, serviceDeliveries.idempotencyKey] }).returning();
      if (row) return { row, created: true };
      return { row: (await this.byIdempotencyKey(delivery.providerId, delivery.idempotencyKey))!, created: false };
    },
  };
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
