import { badInput, conflict, forbidden, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import { breachError } from '../use-cases/report-deliveries.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport } from '../rules/access.ts';
import { findModality } from '../rules/delivery-check.ts';
import { canOverride, overrideReasonProblem } from '../rules/override.ts';
import { pathMinimumBreaches } from '../rules/path-bounds.ts';
import { Refused, unwrapRefused } from './refused.ts';

/**
 * Closing a path is when its minimum bounds are checked (seed 003: "percorso minimo di 3 colloqui"). The
 * bounds are those of the catalogue version valid on the path's last session, the version it ended under.
 */
export const closeServicePath: MutationResolvers['closeServicePath'] = async (_, { input }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body closes its paths');
  const providerId = identity.organisation!;
  const [path] = await stores.deliveries.pathsByIds([input.pathId]);
  // Another provider's path looks like no path at all.
  if (!path || path.providerId !== providerId) throw notFound('ServicePath', input.pathId);
  if (path.status !== 'OPEN') throw conflict('The path is already closed', { field: 'input.pathId' });
  const today = todayInRome();
  const closedOn = input.closedOn ?? today;
  if (closedOn > today) throw badInput('input.closedOn', 'A path cannot be closed in the future');
  const reason = input.override ? input.override.reason.trim() : null;
  if (reason !== null) {
    if (!canOverride(identity))
      throw forbidden('Only a CPI supervisor (scope deliveries:override) may override the catalogue');
    const problem = overrideReasonProblem(reason);
    if (problem) throw badInput('input.override.reason', problem);
  }
  const on = path.lastDeliveredOn ?? path.openedOn;
  const facts = await remote.deliveryFacts(identity, providerId, [], [{ code: path.serviceCode, on }]);
  const standard = [...facts.standards.values()][0]?.standard ?? null;
  const modality = standard ? findModality(standard, path.modality) : null;
  if (!standard || !modality)
    throw badInput('input.pathId', `No ${path.serviceCode} ${path.modality} in the catalogue valid on ${on}`);

  return unwrapRefused(() =>
    stores.deliveries.transaction(async (tx) => {
      const locked = await tx.lockPath(path.id);
      if (locked?.status !== 'OPEN')
        throw new Refused(conflict('The path is already closed', { field: 'input.pathId' }));
      if (locked.lastDeliveredOn && closedOn < locked.lastDeliveredOn)
        throw new Refused(
          badInput('input.closedOn', `The path has a session on ${locked.lastDeliveredOn}, after ${closedOn}`),
        );
      const breaches = pathMinimumBreaches(standard.code, modality, {
        minutes: locked.totalMinutes,
        sessions: locked.totalSessions,
        firstOn: locked.firstDeliveredOn,
        lastOn: locked.lastDeliveredOn,
      });
      if (breaches.length > 0 && reason === null) throw new Refused(breachError(breaches[0]!));
      const closed = await tx.closePath(locked.id, closedOn, identity.subject);
      await tx.recordOverrides(
        breaches.map((b) => ({
          pathId: locked.id,
          deliveryId: null,
          rule: b.rule,
          bound: b.bound,
          actual: b.actual,
          reason: reason!,
          overriddenBy: identity.subject,
          overriddenByOrg: providerId,
        })),
      );
      return closed;
    }),
  );
};
