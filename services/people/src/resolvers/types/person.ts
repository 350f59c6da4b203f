import type {
  EnrolmentResolvers,
  EnrolmentTransitionResolvers,
  PersonResolvers,
  ProviderResolvers,
  TakeInChargeResolvers,
} from '../../generated/graphql.ts';
import { badInput } from '@reg/errors';
import { forbiddenByRule } from '@reg/subgraph-kit';
import { mayReadTargetGroups } from '../../rules/access.ts';
import { targetGroupAsk } from '../../store/indicator-store.ts';
import { visiblePerson } from '../visibility.ts';

/** Ten years of days: a batch of reports (or an import of past years) asks each person's delivery days once. */
const MAX_TARGET_GROUP_DAYS = 3660;

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => visiblePerson(ctx, ref.id),
  enrolments: (person, _, { loaders }) => loaders.enrolmentsByPerson.load(person.id),
  disadvantageCertifications: (person, _, { loaders }) => loaders.certificationsByPerson.load(person.id),
  targetGroupsOn: async (person, { days }, ctx) => {
    if (!mayReadTargetGroups(ctx.identity, person))
      throw forbiddenByRule(
        'TARGET_GROUPS_MONITORING_ONLY',
        "A person's target groups are for the monitoring: only outcomes (for a reporter) and the person's CPI read them",
      );
    if (days.length > MAX_TARGET_GROUP_DAYS)
      throw badInput('days', `Ask at most ${MAX_TARGET_GROUP_DAYS} days at a time`);
    // The person's CPI reading them directly is audited like a health read (the art. 1 list is among them); outcomes'
    // reads serve the report it is recording, which outcomes audits as the reporter's write.
    if (ctx.identity.via === undefined) ctx.audit.read('Person', person.id, ['targetGroupsOn'], person.id);
    const groups = await ctx.loaders.targetGroupsByPersonDay.loadMany(
      days.map((on) => targetGroupAsk({ personId: person.id, on })),
    );
    return groups.map((g, i) => {
      if (g instanceof Error) throw g;
      return { on: days[i]!, ...g! };
    });
  },
  takeInCharges: async (person, { all }, { loaders }) => {
    const rows = await loaders.takeInChargesByPerson.load(person.id);
    return all ? rows : rows.filter((t) => t.endedOn === null);
  },
};

export const Enrolment: EnrolmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const enrolment = await ctx.loaders.enrolmentById.load(ref.id);
    return enrolment && (await visiblePerson(ctx, enrolment.personId)) ? enrolment : null;
  },
  person: async (enrolment, _, ctx) => (await visiblePerson(ctx, enrolment.personId))!,
  history: (enrolment, _, { loaders }) => loaders.transitionsByEnrolment.load(enrolment.id),
};

export const EnrolmentTransition: EnrolmentTransitionResolvers = {
  from: (t) => t.fromStatus,
  to: (t) => t.toStatus,
  by: (t) => t.bySubject,
  on: (t) => t.on ?? t.at.slice(0, 10),
};

export const TakeInCharge: TakeInChargeResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.takeInChargeById.load(ref.id);
    return row && (await visiblePerson(ctx, row.personId)) ? row : null;
  },
  person: (row, _, ctx) => visiblePerson(ctx, row.personId),
  provider: (row) => ({ id: row.providerId }),
  active: (row) => row.endedOn === null,
};

export const Provider: ProviderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  /** A provider sees its own; a CPI sees those of people of its province; nobody else sees any. */
  peopleInCharge: async (provider, { all }, { identity, loaders }) => {
    const ownProvider =
      (identity.orgKind === 'accredited' || identity.orgKind === 'cpi') && identity.organisation === provider.id;
    if (!ownProvider && identity.orgKind !== 'cpi') return [];
    const rows = (await loaders.takeInChargesByProvider.load(provider.id)).filter(
      (t) => ownProvider || t.personProvince === identity.province,
    );
    return all ? rows : rows.filter((t) => t.endedOn === null);
  },
};
