import { anyOf, preparedByKeys } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { PeopleDb } from './person-store.ts';
import {
  disabilityProfiles,
  enrolmentEligibility,
  enrolmentObservations,
  enrolments,
  enrolmentTransitions,
  type EnrolmentList,
  type EnrolmentStatus,
} from './tables.ts';

export type EnrolmentRecord = typeof enrolments.$inferSelect;
export type EnrolmentTransitionRecord = typeof enrolmentTransitions.$inferSelect;
export type EligibilityRecord = typeof enrolmentEligibility.$inferSelect;
export type ObservationRecord = typeof enrolmentObservations.$inferSelect;
export type DisabilityAssessment = Omit<
  typeof disabilityProfiles.$inferInsert,
  'personId' | 'updatedAt' | 'updatedBy' | 'functionalDiagnosis' | 'clinicalNotes'
>;

export interface NewApplication {
  personId: string;
  list: EnrolmentList;
  province: string;
  submittedOn: string;
  unemployed: boolean;
  documents: Array<{ kind: string; reference: string; presentedOn: string }>;
  decisionDueOn: string;
  assessment: DisabilityAssessment;
  eligibility: { eligible: boolean; failures: Array<{ rule: string; message: string }>; checkedOn: string };
}

export interface Actor {
  subject: string;
  organisation: string | null;
}

export function createEnrolmentStore(db: PeopleDb) {
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byPersons = preparedByKeys('people_enrolments_by_persons', (keys) =>
    db
      .select()
      .from(enrolments)
      .where(anyOf(enrolments.personId, keys))
      .orderBy(asc(enrolments.submittedOn), asc(enrolments.createdAt)),
  );
  return {
    async byIds(ids: readonly string[]): Promise<EnrolmentRecord[]> {
      return db.select().from(enrolments).where(anyOf(enrolments.id, ids));
    },

    byPersons: (personIds: readonly string[]): Promise<EnrolmentRecord[]> => byPersons(personIds),

    async transitionsOf(enrolmentIds: readonly string[]): Promise<EnrolmentTransitionRecord[]> {
      return db
        .select()
        .from(enrolmentTransitions)
        .where(anyOf(enrolmentTransitions.enrolmentId, enrolmentIds))
        .orderBy(asc(enrolmentTransitions.id));
    },

    /**
     * The application, its receipt (first transition), the assessment in the health table and the
     * eligibility check, in one transaction.
     */
    async submit(input: NewApplication, actor: Actor): Promise<EnrolmentRecord> {
      return db.transaction(async (tx) => {
        const { assessment, eligibility, ...application } = input;
        const [row] = await tx
          .insert(enrolments)
          .values({ id: randomUUID(), ...application, status: 'SUBMITTED' })
          .returning();
        await tx.insert(enrolmentTransitions).values({
          enrolmentId: row!.id,
          fromStatus: null,
          toStatus: 'SUBMITTED',
          on: input.submittedOn,
          bySubject: actor.subject,
          byOrganisation: actor.organisation,
          reason: null,
        });
        await tx.insert(enrolmentEligibility).values({ enrolmentId: row!.id, ...eligibility });
        const profile = { ...assessment, updatedBy: actor.subject, updatedAt: sql`now()` };
        await tx
          .insert(disabilityProfiles)
          .values({ personId: input.personId, ...profile })
          .onConflictDoUpdate({ target: disabilityProfiles.personId, set: profile });
        return row!;
      });
    },

    async eligibilityOf(enrolmentIds: readonly string[]): Promise<EligibilityRecord[]> {
      return db.select().from(enrolmentEligibility).where(anyOf(enrolmentEligibility.enrolmentId, enrolmentIds));
    },

    async observationsOf(enrolmentIds: readonly string[]): Promise<ObservationRecord[]> {
      return db
        .select()
        .from(enrolmentObservations)
        .where(anyOf(enrolmentObservations.enrolmentId, enrolmentIds))
        .orderBy(asc(enrolmentObservations.id));
    },

    /**
     * Observations after a pre-rejection notice, in one transaction: the observation, the decision term it moves,
     * the documents it brings, and, when they show a new assessment, that assessment and the eligibility checked
     * on it (which replaces the one made at submission: the history keeps the observation that changed it).
     */
    async addObservation(
      input: { enrolmentId: string; receivedOn: string; text: string; recordedBy: string },
      changes: {
        decisionDueOn: string;
        documents: Array<{ kind: string; reference: string; presentedOn: string }>;
        reassessment: {
          personId: string;
          assessment: DisabilityAssessment;
          eligibility: { eligible: boolean; failures: Array<{ rule: string; message: string }>; checkedOn: string };
        } | null;
      },
    ): Promise<EnrolmentRecord> {
      return db.transaction(async (tx) => {
        await tx.insert(enrolmentObservations).values(input);
        const [row] = await tx
          .update(enrolments)
          .set({
            decisionDueOn: changes.decisionDueOn,
            documents: sql`${enrolments.documents} || ${JSON.stringify(changes.documents)}::jsonb`,
          })
          .where(eq(enrolments.id, input.enrolmentId))
          .returning();
        if (changes.reassessment) {
          const { personId, assessment, eligibility } = changes.reassessment;
          await tx
            .update(enrolmentEligibility)
            .set(eligibility)
            .where(eq(enrolmentEligibility.enrolmentId, input.enrolmentId));
          const profile = { ...assessment, updatedBy: input.recordedBy, updatedAt: sql`now()` };
          await tx
            .insert(disabilityProfiles)
            .values({ personId, ...profile })
            .onConflictDoUpdate({ target: disabilityProfiles.personId, set: profile });
        }
        return row!;
      });
    },

    /** Undecided applications of a province whose decision is overdue on `today`. */
    async late(province: string, today: string): Promise<EnrolmentRecord[]> {
      return db
        .select()
        .from(enrolments)
        .where(
          and(
            eq(enrolments.province, province),
            or(eq(enrolments.status, 'SUBMITTED'), eq(enrolments.status, 'PRE_REJECTED')),
            isNotNull(enrolments.decisionDueOn),
            lt(enrolments.decisionDueOn, today),
          ),
        )
        .orderBy(asc(enrolments.decisionDueOn), asc(enrolments.id));
    },

    /** Accepted enrolments of a province and list, with their transitions, for the ranking list. */
    async acceptedIn(province: string, list: EnrolmentList): Promise<EnrolmentRecord[]> {
      return db
        .select()
        .from(enrolments)
        .where(
          and(
            eq(enrolments.province, province),
            eq(enrolments.list, list),
            or(eq(enrolments.status, 'ACCEPTED'), eq(enrolments.status, 'CANCELLED')),
          ),
        );
    },

    /**
     * Moves the status only if it is still `from` (a concurrent change makes this return null), and
     * records the transition in the same transaction.
     */
    async transition(
      id: string,
      from: EnrolmentStatus,
      to: EnrolmentStatus,
      on: string,
      decides: boolean,
      reason: string | null,
      actor: Actor,
      deadlines: { decisionDueOn?: string; observationsDueOn?: string } = {},
    ): Promise<EnrolmentRecord | null> {
      const decidedOn = decides ? on : null;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(enrolments)
          .set({ status: to, ...(decidedOn ? { decidedOn } : {}), ...deadlines })
          .where(and(eq(enrolments.id, id), eq(enrolments.status, from)))
          .returning();
        if (!row) return null;
        await tx.insert(enrolmentTransitions).values({
          enrolmentId: id,
          fromStatus: from,
          toStatus: to,
          on,
          bySubject: actor.subject,
          byOrganisation: actor.organisation,
          reason,
        });
        return row;
      });
    },
  };
}

export type EnrolmentStore = ReturnType<typeof createEnrolmentStore>;
