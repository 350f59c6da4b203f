import { forbidden } from '@reg/errors';
import { pageSize, todayInRome } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';
import { dueFollowUps } from '../rules/follow-up-schedule.ts';
import type { PlacementScope } from '../store/placement-store.ts';

const MAX_WORKLIST = 500;

/** The checks an operator has to do: a CPI for people of its province, an accredited body for the placements it recorded. */
export const followUpWorklist: QueryResolvers['followUpWorklist'] = async (_, { on, first }, { identity, stores }) => {
  const limit = pageSize(first, { default: 100, max: MAX_WORKLIST });
  let scope: PlacementScope;
  if (identity.orgKind === 'cpi' && identity.province) scope = { province: identity.province };
  else if (identity.orgKind === 'accredited' && identity.organisation) scope = { reportedByOrg: identity.organisation };
  else throw forbidden('The follow-up worklist is for CPI offices and accredited bodies');
  const day = on ?? todayInRome();
  const candidates = await stores.placements.awaitingFollowUp(scope, day);
  return candidates
    .flatMap(({ placement, recorded }) => dueFollowUps(placement, recorded, day).map((due) => ({ ...due, placement })))
    .sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        a.placement.id.localeCompare(b.placement.id) ||
        a.milestoneMonths - b.milestoneMonths,
    )
    .slice(0, limit);
};
