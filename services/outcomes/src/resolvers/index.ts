import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { closeServicePath } from './close-service-path.ts';
import { confirmQuotaPlacement } from './confirm-quota-placement.ts';
import { employerServiceDelivery } from './employer-service-delivery.ts';
import { addInternshipDossierEntry } from './add-internship-dossier-entry.ts';
import { approveInternshipProject } from './approve-internship-project.ts';
import { endInternship } from './end-internship.ts';
import { endPlacement } from './end-placement.ts';
import { internship } from './internship.ts';
import { issueInternshipAttestation } from './issue-internship-attestation.ts';
import { signInternshipAgreement } from './sign-internship-agreement.ts';
import { startInternship } from './start-internship.ts';
import {
  Employer,
  EmployerServiceCancellation,
  EmployerServiceDelivery,
  FollowUp,
  FollowUpDue,
  Internship,
  Person,
  Placement,
  Provider,
  RuleOverride,
  ServiceDelivery,
  ServicePath,
  ServiceStandard,
  Vacancy,
} from './types/entities.ts';
import { IndicatorCell, IndicatorFamily, indicators, IndicatorTable } from './indicators.ts';
import { openServicePath } from './open-service-path.ts';
import { deliveriesExport } from './deliveries-export.ts';
import { followUpWorklist } from './follow-up-worklist.ts';
import { outcomesAuditEvents } from './outcomes-audit-events.ts';
import { placement } from './placement.ts';
import { quotaHires } from './quota-hires.ts';
import { serviceDelivery } from './service-delivery.ts';
import { servicePath } from './service-path.ts';
import { recordFollowUp } from './record-follow-up.ts';
import { recordPlacement } from './record-placement.ts';
import { recordPlacements } from './record-placements.ts';
import { reportServiceDeliveries } from './report-service-deliveries.ts';
import { reportEmployerServiceDelivery } from './report-employer-service-delivery.ts';
import { reportEmployerServiceDeliveries } from './report-employer-service-deliveries.ts';
import { cancelEmployerServiceDelivery } from './cancel-employer-service-delivery.ts';
import { extendInternship } from './extend-internship.ts';
import { reportServiceDelivery } from './report-service-delivery.ts';

/** One file per root field (named after it), entity resolvers under `types/`. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    outcomesAuditEvents,
    serviceDelivery,
    servicePath,
    employerServiceDelivery,
    placement,
    internship,
    quotaHires,
    followUpWorklist,
    deliveriesExport,
    indicators,
  },
  Mutation: auditedMutations({
    reportServiceDelivery,
    reportServiceDeliveries,
    openServicePath,
    closeServicePath,
    reportEmployerServiceDelivery,
    reportEmployerServiceDeliveries,
    cancelEmployerServiceDelivery,
    recordPlacement,
    recordPlacements,
    confirmQuotaPlacement,
    endPlacement,
    recordFollowUp,
    signInternshipAgreement,
    approveInternshipProject,
    startInternship,
    addInternshipDossierEntry,
    extendInternship,
    endInternship,
    issueInternshipAttestation,
  }),
  ServiceDelivery,
  ServicePath,
  RuleOverride,
  Placement,
  FollowUp,
  FollowUpDue,
  Internship,
  Person,
  Provider,
  Employer,
  EmployerServiceDelivery,
  EmployerServiceCancellation,
  Vacancy,
  ServiceStandard,
  IndicatorTable,
  IndicatorFamily,
  IndicatorCell,
};
