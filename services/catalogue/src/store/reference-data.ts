import { eq } from 'drizzle-orm';
import type { Database } from '@reg/db';
import { catalogueVersions as versionsInCode, lepServices as lepInCode } from '../reference/index.ts';
import { catalogueVersions, lepServices, serviceStandards, type tables } from './tables.ts';

/**
 * Loads the reference catalogue shipped with the code. A published version is immutable: a version
 * already in the database is left as it is, and a changed catalogue ships as a new version id.
 */
export async function loadReferenceData(db: Database<typeof tables>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const version of versionsInCode) {
      const existing = await tx
        .select({ id: catalogueVersions.id })
        .from(catalogueVersions)
        .where(eq(catalogueVersions.id, version.id));
      if (existing.length > 0) continue;
      await tx.insert(catalogueVersions).values({
        id: version.id,
        title: version.title,
        source: version.source,
        validFrom: version.validFrom,
        validTo: version.validTo,
      });
      await tx.insert(serviceStandards).values(
        version.standards.map((s) => ({
          versionId: version.id,
          code: s.code,
          title: s.title,
          area: s.area,
          areaTitle: s.areaTitle,
          groupCode: s.groupCode,
          groupTitle: s.groupTitle,
          targetGroup: s.targetGroup,
          purpose: s.purpose,
          activities: s.activities,
          modalities: s.modalities,
          outputs: s.outputs,
          competences: s.competences,
          lepCodes: s.lepCodes,
        })),
      );
    }
    await tx
      .insert(lepServices)
      .values(
        lepInCode.map((l) => ({
          code: l.code,
          letter: l.letter,
          title: l.title,
          description: l.description,
          activities: l.activities,
          source: l.source,
          standardCodes: l.standardCodes,
        })),
      )
      .onConflictDoNothing();
  });
}
