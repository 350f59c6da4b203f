/** Input clean-ups shared by several mutations: the same trimming everywhere. */

/** Trims each item and drops the empty ones. */
export const cleanList = (items: readonly string[]) => items.map((i) => i.trim()).filter((i) => i.length > 0);

/** Who wrote a row, as the stores record it. */
export const actorOf = (identity: { subject: string; organisation: string | null }) => ({
  subject: identity.subject,
  organisation: identity.organisation,
});
