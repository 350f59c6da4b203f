/** Why a vacancy cannot be closed on a date, or null when it can. */
export type ClosingRefusal = { kind: 'ALREADY_CLOSED'; message: string } | { kind: 'BEFORE_OPENING'; message: string };

/** A vacancy closes once, and not before the day it opened (ISO dates compare as strings). */
export function vacancyClosingRefusal(
  vacancy: { status: string; openedOn: string; closedOn: string | null },
  on: string,
): ClosingRefusal | null {
  if (vacancy.status !== 'OPEN')
    return {
      kind: 'ALREADY_CLOSED',
      message: `The vacancy was already closed on ${vacancy.closedOn ?? 'an earlier date'}`,
    };
  if (on < vacancy.openedOn)
    return { kind: 'BEFORE_OPENING', message: `A vacancy opened on ${vacancy.openedOn} cannot close on ${on}` };
  return null;
}
