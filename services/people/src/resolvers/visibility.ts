import type { Identity } from '@reg/auth';
import { forbidden, notFound } from '@reg/errors';
import { forbiddenByRule, requireScope } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import { canManageListsOf, canSeePerson, mayReadClinicalData, OPEN_ENROLMENT_STATUSES } from '../rules/access.ts';
import type { PersonRecord } from '../store/person-store.ts';

/** Loads a person and applies the row rule; an unseen person and a missing one look the same (null). */
export async function visiblePerson(ctx: Context, id: string): Promise<PersonRecord | null> {
  const person = await ctx.loaders.personById.load(id);
  if (!person) return null;
  return (await isVisible(ctx, person)) ? person : null;
}

export async function isVisible(ctx: Context, person: PersonRecord): Promise<boolean> {
  // Only an accredited caller's rule depends on take-in-charges: do not load them for the others.
  const active =
    ctx.identity.orgKind === 'accredited'
      ? (await ctx.loaders.takeInChargesByPerson.load(person.id))
          .filter((t) => t.endedOn === null)
          .map((t) => t.providerId)
      : [];
  // A CPI of another province sees the person only through an open enrolment its list keeps: load them only then.
  const openListProvinces =
    ctx.identity.orgKind === 'cpi' && ctx.identity.province !== person.residenceProvince
      ? (await ctx.loaders.enrolmentsByPerson.load(person.id))
          .filter((e) => (OPEN_ENROLMENT_STATUSES as readonly string[]).includes(e.status))
          .map((e) => e.province)
      : [];
  return canSeePerson(ctx.identity, person, active, openListProvinces);
}

/** The person's CPI (the one of the province of residence) runs the journey: pact, PAI, health records. */
export async function personManagedByCaller(ctx: Context, personId: string) {
  const person = await visiblePerson(ctx, personId);
  if (!person) throw notFound('Person', personId);
  if (!canManageListsOf(ctx.identity, person.residenceProvince))
    throw forbidden("Only the CPI of the person's province may do this");
  return person;
}

/** The scope first (its own message), then the rule that no scope can widen. */
export function requireClinicalAccess(identity: Identity): void {
  requireScope(identity, 'health:read');
  if (!mayReadClinicalData(identity))
    throw forbiddenByRule(
      'CLINICAL_DATA_KIND',
      'Clinical data is not available to this caller: accredited bodies work from the functional profile',
    );
}
