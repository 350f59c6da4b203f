import { targetGroupKeys } from '@reg/indicators';

/**
 * The people's facts a report carries into outcomes for the indicators (projection, DESIGN.md: a subgraph never
 * reads another's tables): when the person's enrolment on the L. 68/1999 list was accepted, when the reporting
 * provider took the person in charge, and the person's target groups on the day of the service. One projection for
 * single reports, batches and imports alike.
 */
export interface PersonProjection {
  enrolledOn: string | null;
  takenInChargeOn: string | null;
  /** `DIMENSION:VALUE` keys (@reg/indicators targetGroupKeys); null when people did not answer them for the day. */
  targetGroups: string[] | null;
}

/** The groups as people decided them for a day (Person.targetGroupsOn), as lattice keys; null when not asked. */
export interface TargetGroupsAnswer {
  on: string;
  sex: string;
  ageBand: string;
  longTermUnemployed: boolean;
  disabled: boolean;
}

export function targetGroupsFor(
  person: { targetGroupsOn?: ReadonlyArray<TargetGroupsAnswer> | null },
  on: string,
): string[] | null {
  const day = person.targetGroupsOn?.find((g) => g.on === on);
  return day ? targetGroupKeys(day) : null;
}

export function projectPerson(
  person: {
    enrolments: ReadonlyArray<{ status: string; decidedOn?: string | null }>;
    takeInCharges: ReadonlyArray<{ provider: { id: string }; startedOn?: string }>;
    targetGroupsOn?: ReadonlyArray<TargetGroupsAnswer> | null;
  },
  providerId: string,
  on: string,
): PersonProjection {
  // The first acceptance: a person enrolled, cancelled and enrolled again has waited since the first one.
  const accepted = person.enrolments
    .filter((e) => e.status === 'ACCEPTED' && e.decidedOn)
    .map((e) => e.decidedOn!)
    .sort();
  // The take-in-charge the service belongs to: this provider's latest one started by the day of the service.
  const started = person.takeInCharges
    .filter((t) => t.provider.id === providerId && t.startedOn && t.startedOn <= on)
    .map((t) => t.startedOn!)
    .sort();
  return {
    enrolledOn: accepted[0] ?? null,
    takenInChargeOn: started.at(-1) ?? null,
    targetGroups: targetGroupsFor(person, on),
  };
}
