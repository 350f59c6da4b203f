import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { EnrolmentRecord, Actor } from './enrolment-store.ts';
import type { PeopleDb, PersonRecord } from './person-store.ts';
import {
  disabilityProfiles,
  enrolmentEligibility,
  enrolments,
  enrolmentTransitions,
  functionalProfiles,
  persons,
  professionalRecords,
  takeInCharges,
  unemploymentEvents,
  type EnrolmentList,
  type EnrolmentStatus,
} from './tables.ts';
import type { TakeInChargeRecord } from './take-in-charge-store.ts';

/** One checked person's file, ready to write: the same rows registerPerson, submitEnrolment, changeEnrolmentStatus and takeInCharge write. */
export interface ImportedFile {
  person: Omit<typeof persons.$inferInsert, 'id' | 'createdAt' | 'createdBy' | 'createdByOrg'>;
  unemploymentDeclaration: { on: string; reference: string } | null;
  enrolment: {
    list: EnrolmentList;
    province: string;
    submittedOn: string;
    unemployed: boolean;
    documents: Array<{ kind: string; reference: string; presentedOn: string }>;
    status: EnrolmentStatus;
    decidedOn: string | null;
    decisionDueOn: string;
    observationsDueOn: string | null;
    assessment: Omit<
      typeof disabilityProfiles.$inferInsert,
      'personId' | 'updatedAt' | 'updatedBy' | 'functionalDiagnosis' | 'clinicalNotes'
    >;
    eligibility: { eligible: boolean; failures: Array<{ rule: string; message: string }>; checkedOn: string };
    transitions: Array<{ from: EnrolmentStatus | null; to: EnrolmentStatus; on: string; reason: string | null }>;
  } | null;
  takeInCharges: Array<{
    providerId: string;
    providerKind: 'CPI' | 'ACCREDITED';
    programme: string;
    startedOn: string;
    budgetCents: number | null;
  }>;
  /** The first version of each (recordFunctionalProfile, saveProfessionalRecord write the next). */
  functionalProfile: Omit<
    typeof functionalProfiles.$inferInsert,
    'personId' | 'version' | 'recordedAt' | 'recordedBy'
  > | null;
  professionalRecord: Record<string, unknown> | null;
}

export interface WrittenFile {
  person: PersonRecord;
  enrolment: EnrolmentRecord | null;
  takeInCharges: TakeInChargeRecord[];
}

/**
 * Bulk writes: a batch of checked files in one transaction with one multi-row INSERT per table (people,
 * applications, their transitions, eligibility checks, assessments, take-in-charges, functional profiles,
 * professional records), so the statements per batch
 * do not grow with its rows. Everything is checked before (rules/person-import.ts); a unique index that still
 * fires (a fiscal code registered meanwhile) rolls the whole batch back.
 */
export function createImportStore(db: PeopleDb) {
  return {
    /** Which of these fiscal codes are already on the register. */
    async registeredFiscalCodes(
      codes: readonly string[],
    ): Promise<Array<{ id: string; fiscalCode: string; residenceProvince: string }>> {
      if (codes.length === 0) return [];
      return db
        .select({ id: persons.id, fiscalCode: persons.fiscalCode, residenceProvince: persons.residenceProvince })
        .from(persons)
        .where(anyOf(persons.fiscalCode, codes));
    },

    async writeFiles(files: readonly ImportedFile[], actor: Actor): Promise<WrittenFile[]> {
      if (files.length === 0) return [];
      const ids = files.map((f) => ({
        person: randomUUID(),
        enrolment: f.enrolment ? randomUUID() : null,
        takeInCharges: f.takeInCharges.map(() => randomUUID()),
      }));
      return db.transaction(async (tx) => {
        const people = await tx
          .insert(persons)
          .values(
            files.map((f, i) => ({
              ...f.person,
              id: ids[i]!.person,
              createdBy: actor.subject,
              createdByOrg: actor.organisation,
            })),
          )
          .returning();
        const personById = new Map(people.map((p) => [p.id, p]));

        const declarations = files.flatMap((f, i) =>
          f.unemploymentDeclaration
            ? [
                {
                  personId: ids[i]!.person,
                  kind: 'DECLARATION' as const,
                  on: f.unemploymentDeclaration.on,
                  reference: f.unemploymentDeclaration.reference,
                  province: f.person.residenceProvince,
                  recordedBy: actor.subject,
                },
              ]
            : [],
        );
        if (declarations.length > 0) await tx.insert(unemploymentEvents).values(declarations);

        const withEnrolment = files.flatMap((f, i) => (f.enrolment ? [{ e: f.enrolment, i }] : []));
        const enrolmentById = new Map<string, EnrolmentRecord>();
        if (withEnrolment.length > 0) {
          const rows = await tx
            .insert(enrolments)
            .values(
              withEnrolment.map(({ e, i }) => ({
                id: ids[i]!.enrolment!,
                personId: ids[i]!.person,
                list: e.list,
                province: e.province,
                status: e.status,
                submittedOn: e.submittedOn,
                decidedOn: e.decidedOn,
                unemployed: e.unemployed,
                documents: e.documents,
                decisionDueOn: e.decisionDueOn,
                observationsDueOn: e.observationsDueOn,
              })),
            )
            .returning();
          for (const row of rows) enrolmentById.set(row.id, row);
          // The transitions in the order they happened (bigserial ids keep it).
          await tx.insert(enrolmentTransitions).values(
            withEnrolment.flatMap(({ e, i }) =>
              e.transitions.map((t) => ({
                enrolmentId: ids[i]!.enrolment!,
                fromStatus: t.from,
                toStatus: t.to,
                on: t.on,
                bySubject: actor.subject,
                byOrganisation: actor.organisation,
                reason: t.reason,
              })),
            ),
          );
          await tx
            .insert(enrolmentEligibility)
            .values(withEnrolment.map(({ e, i }) => ({ enrolmentId: ids[i]!.enrolment!, ...e.eligibility })));
          await tx.insert(disabilityProfiles).values(
            withEnrolment.map(({ e, i }) => ({
              personId: ids[i]!.person,
              ...e.assessment,
              updatedBy: actor.subject,
              updatedAt: sql`now()`,
            })),
          );
        }

        const tics = files.flatMap((f, i) =>
          f.takeInCharges.map((t, j) => ({
            id: ids[i]!.takeInCharges[j]!,
            personId: ids[i]!.person,
            ...t,
            createdBy: actor.subject,
          })),
        );
        const ticById = new Map<string, TakeInChargeRecord>();
        if (tics.length > 0) {
          for (const row of await tx.insert(takeInCharges).values(tics).returning()) ticById.set(row.id, row);
        }

        const profiles = files.flatMap((f, i) =>
          f.functionalProfile
            ? [{ ...f.functionalProfile, personId: ids[i]!.person, version: 1, recordedBy: actor.subject }]
            : [],
        );
        if (profiles.length > 0) await tx.insert(functionalProfiles).values(profiles);
        const records = files.flatMap((f, i) =>
          f.professionalRecord
            ? [{ content: f.professionalRecord, personId: ids[i]!.person, version: 1, recordedBy: actor.subject }]
            : [],
        );
        if (records.length > 0) await tx.insert(professionalRecords).values(records);

        return ids.map((id) => ({
          person: personById.get(id.person)!,
          enrolment: id.enrolment ? enrolmentById.get(id.enrolment)! : null,
          takeInCharges: id.takeInCharges.map((t) => ticById.get(t)!),
        }));
      });
    },
  };
}

export type ImportStore = ReturnType<typeof createImportStore>;
