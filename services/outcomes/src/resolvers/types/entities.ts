import type {
  EmployerResolvers,
  EmployerServiceCancellationResolvers,
  EmployerServiceDeliveryResolvers,
  FollowUpDueResolvers,
  FollowUpResolvers,
  InternshipResolvers,
  PersonResolvers,
  RuleOverrideResolvers,
  ServicePathResolvers,
  PlacementResolvers,
  ProviderResolvers,
  ServiceDeliveryResolvers,
  ServiceStandardResolvers,
  VacancyResolvers,
} from '../../generated/graphql.ts';
import type { Context } from '../../context.ts';
import { canSeeDelivery, canSeeEmployerService, canSeeInternship, canSeePlacement } from '../../rules/access.ts';
import { currentEndOf } from '../../rules/internship.ts';
import type { InternshipRecord } from '../../store/internship-store.ts';
import type { DeliveryRecord, PathRecord } from '../../store/delivery-store.ts';
import type { PlacementRecord } from '../../store/placement-store.ts';

const visibleDeliveries = (ctx: Context, rows: DeliveryRecord[]) => rows.filter((r) => canSeeDelivery(ctx.identity, r));
const visiblePaths = (ctx: Context, rows: PathRecord[], status: 'OPEN' | 'CLOSED' | null) =>
  rows.filter((r) => (status === null || r.status === status) && canSeeDelivery(ctx.identity, r));
const visiblePlacements = (ctx: Context, rows: PlacementRecord[]) =>
  rows.filter((r) => canSeePlacement(ctx.identity, r));
const visibleInternships = (ctx: Context, rows: InternshipRecord[]) =>
  rows.filter((r) => canSeeInternship(ctx.identity, r));

export const ServiceDelivery: ServiceDeliveryResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.deliveryById.load(ref.id);
    return row && canSeeDelivery(ctx.identity, row) ? row : null;
  },
  person: (row) => ({ id: row.personId }),
  provider: (row) => ({ id: row.providerId }),
  serviceStandard: (row) => ({ code: row.serviceCode }),
  path: async (row, _, ctx) => (row.pathId ? ctx.loaders.pathById.load(row.pathId) : null),
  overrides: (row, _, ctx) => ctx.loaders.overridesByDelivery.load(row.id),
};

export const ServicePath: ServicePathResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.pathById.load(ref.id);
    return row && canSeeDelivery(ctx.identity, row) ? row : null;
  },
  person: (row) => ({ id: row.personId }),
  provider: (row) => ({ id: row.providerId }),
  serviceStandard: (row) => ({ code: row.serviceCode }),
  deliveries: async (row, _, ctx) => visibleDeliveries(ctx, await ctx.loaders.deliveriesByPath.load(row.id)),
  overrides: (row, _, ctx) => ctx.loaders.overridesByPath.load(row.id),
};

export const RuleOverride: RuleOverrideResolvers = {};

export const Placement: PlacementResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.placementById.load(ref.id);
    return row && canSeePlacement(ctx.identity, row) ? row : null;
  },
  person: (row) => ({ id: row.personId }),
  employer: (row) => ({ id: row.employerId }),
  vacancy: (row) => (row.vacancyId ? { id: row.vacancyId } : null),
  followUps: (row, _, ctx) => ctx.loaders.followUpsByPlacement.load(row.id),
  internship: async (row, _, ctx) => {
    const internship = row.internshipId ? await ctx.loaders.internshipById.load(row.internshipId) : null;
    return internship && canSeeInternship(ctx.identity, internship) ? internship : null;
  },
};

const tutor = (name: string | null, role: string | null) => ({ name: name!, role });

export const Internship: InternshipResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.internshipById.load(ref.id);
    return row && canSeeInternship(ctx.identity, row) ? row : null;
  },
  person: (row) => ({ id: row.personId }),
  promoter: (row) => ({ id: row.promoterId }),
  host: (row) => ({ id: row.hostEmployerId }),
  serviceStandard: (row) => ({ code: row.serviceCode }),
  project: (row) =>
    row.projectApprovedOn === null
      ? null
      : {
          objectives: row.objectives ?? [],
          plannedStartOn: row.plannedStartOn!,
          plannedEndOn: row.plannedEndOn!,
          weeklyHours: row.weeklyHours!,
          promoterTutor: tutor(row.promoterTutorName, row.promoterTutorRole),
          hostTutor: tutor(row.hostTutorName, row.hostTutorRole),
          approvedOn: row.projectApprovedOn,
        },
  attestation: (row) =>
    row.attestationIssuedOn === null
      ? null
      : {
          issuedOn: row.attestationIssuedOn,
          objectives: row.objectives ?? [],
          activities: row.attestationActivities!,
          results: row.attestationResults!,
          issuedBy: row.attestationIssuedBy!,
        },
  currentEndOn: (row) => currentEndOf(row),
  extensions: (row, _, ctx) => ctx.loaders.extensionsByInternship.load(row.id),
  dossier: (row, _, ctx) => ctx.loaders.dossierByInternship.load(row.id),
  // The service that delivers the internship (seed 003 2Cc/3Bc: interviews and tutoring), as its promoter reported it.
  deliveries: async (row, _, ctx) =>
    visibleDeliveries(
      ctx,
      (await ctx.loaders.deliveriesByPerson.load(row.personId)).filter(
        (d) => d.providerId === row.promoterId && d.serviceCode === row.serviceCode,
      ),
    ),
  placements: async (row, _, ctx) => visiblePlacements(ctx, await ctx.loaders.placementsByInternship.load(row.id)),
};

/** A follow-up is seen by whoever sees its placement. */
export const FollowUp: FollowUpResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.followUpById.load(ref.id);
    const placement = row ? await ctx.loaders.placementById.load(row.placementId) : null;
    return row && placement && canSeePlacement(ctx.identity, placement) ? row : null;
  },
  placement: async (row, _, ctx) => (await ctx.loaders.placementById.load(row.placementId))!,
};

export const FollowUpDue: FollowUpDueResolvers = {};

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  deliveries: async (person, _, ctx) => visibleDeliveries(ctx, await ctx.loaders.deliveriesByPerson.load(person.id)),
  placements: async (person, _, ctx) => visiblePlacements(ctx, await ctx.loaders.placementsByPerson.load(person.id)),
  internships: async (person, _, ctx) => visibleInternships(ctx, await ctx.loaders.internshipsByPerson.load(person.id)),
  servicePaths: async (person, { status }, ctx) =>
    visiblePaths(ctx, await ctx.loaders.pathsByPerson.load(person.id), status ?? null),
};

export const Provider: ProviderResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  deliveries: async (provider, { from, to }, ctx) =>
    visibleDeliveries(
      ctx,
      await ctx.loaders.deliveriesByProvider.load(JSON.stringify([provider.id, from ?? null, to ?? null])),
    ),
  servicePaths: async (provider, { status }, ctx) =>
    visiblePaths(ctx, await ctx.loaders.pathsByProvider.load(provider.id), status ?? null),
};

export const Employer: EmployerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  placements: async (employer, _, ctx) =>
    visiblePlacements(ctx, await ctx.loaders.placementsByEmployer.load(employer.id)),
  internships: async (employer, _, ctx) =>
    visibleInternships(ctx, await ctx.loaders.internshipsByHost.load(employer.id)),
  serviceDeliveries: async (employer, _, ctx) =>
    (await ctx.loaders.employerServicesByEmployer.load(employer.id)).filter((r) =>
      canSeeEmployerService(ctx.identity, r),
    ),
};

export const EmployerServiceDelivery: EmployerServiceDeliveryResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.employerServiceById.load(ref.id);
    return row && canSeeEmployerService(ctx.identity, row) ? row : null;
  },
  employer: (row) => ({ id: row.employerId }),
  provider: (row) => ({ id: row.providerId }),
  serviceStandard: (row) => ({ code: row.serviceCode }),
  cancellation: (row, _, ctx) => ctx.loaders.cancellationByEmployerService.load(row.id),
};

export const EmployerServiceCancellation: EmployerServiceCancellationResolvers = {
  cancelledByOrganisation: (row) => row.cancelledByOrg,
};

export const Vacancy: VacancyResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  placements: async (vacancy, _, ctx) => visiblePlacements(ctx, await ctx.loaders.placementsByVacancy.load(vacancy.id)),
};

export const ServiceStandard: ServiceStandardResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
};
