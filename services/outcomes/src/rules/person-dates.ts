/**
 * The dates of people's facts a report carries into outcomes for the indicators (projection, DESIGN.md: a
 * subgraph never reads another's tables): when the person's enrolment on the L. 68/1999 list was accepted, and
 * when the reporting provider took the person in charge.
 */
export interface PersonDates {
  enrolledOn: string | null;
  takenInChargeOn: string | null;
}

export function personDatesFor(
  person: {
    enrolments: ReadonlyArray<{ status: string; decidedOn?: string | null }>;
    takeInCharges: ReadonlyArray<{ provider: { id: string }; startedOn?: string }>;
  },
  providerId: string,
  on: string,
): PersonDates {
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
  return { enrolledOn: accepted[0] ?? null, takenInChargeOn: started.at(-1) ?? null };
}
