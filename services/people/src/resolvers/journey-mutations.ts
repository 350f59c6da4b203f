import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import { actionPlanProblems } from '../rules/action-plan-services.ts';
import { observationOutcome } from '../rules/enrolment-transitions.ts';
import { inDisadvantageTargetGroup } from '../rules/target-group.ts';
import { missingPactContent } from '../rules/service-pact-content.ts';
import { euroToCents } from './mutation.ts';
import { requireClinicalAccess } from './journey.ts';
import { requireStatusForPact } from '../use-cases/unemployment.ts';
import { visiblePerson } from './visibility.ts';

/** The person's CPI (the one of the province of residence) runs the journey: pact, PAI, health records. */
export async function personManagedByCaller(ctx: Context, personId: string) {
  const person = await visiblePerson(ctx, personId);
  if (!person) throw notFound('Person', personId);
  if (!canManageListsOf(ctx.identity, person.residenceProvince))
    throw forbidden("Only the CPI of the person's province may do this");
  return person;
}

const cleanList = (items: readonly string[]) => items.map((i) => i.trim()).filter((i) => i.length > 0);

export const journeyMutations: MutationResolvers = {
  recordEnrolmentObservation: async (_, { input }, ctx) => {
    const enrolment = await ctx.loaders.enrolmentById.load(input.enrolmentId);
    if (!enrolment || !(await visiblePerson(ctx, enrolment.personId))) throw notFound('Enrolment', input.enrolmentId);
    if (!canManageListsOf(ctx.identity, enrolment.province))
      throw forbidden('Only the CPI that keeps the list records observations');
    if (enrolment.status !== 'PRE_REJECTED')
      throw ruleViolation(
        'OBSERVATIONS_ONLY_AFTER_PRE_REJECTION',
        'Observations answer a pre-rejection notice (L. 241/1990 art. 10-bis)',
      );
    if (!input.text.trim()) throw badInput('input.text', 'Observations need their text');
    if (input.receivedOn > todayInRome())
      throw badInput('input.receivedOn', 'Observations cannot be received in the future');
    const documents = (input.documents ?? []).map((d) => ({
      kind: d.kind,
      reference: d.reference.trim(),
      presentedOn: d.presentedOn,
    }));
    const blank = documents.findIndex((d) => d.reference === '');
    if (blank >= 0) throw badInput(`input.documents[${blank}].reference`, 'A document needs its reference');
    const [person, transitions, earlier] = await Promise.all([
      ctx.loaders.personById.load(enrolment.personId),
      ctx.loaders.transitionsByEnrolment.load(enrolment.id),
      ctx.loaders.observationsByEnrolment.load(enrolment.id),
    ]);
    const notice = transitions.filter((t) => t.toStatus === 'PRE_REJECTED').at(-1);
    const outcome = observationOutcome({
      enrolment,
      noticeOn: notice?.on ?? enrolment.submittedOn,
      birthDate: person!.birthDate,
      earlierObservationsOn: earlier.map((o) => o.receivedOn),
      receivedOn: input.receivedOn,
      newDocuments: documents.length,
      reassessment: input.reassessment ?? null,
    });
    if (!outcome.ok) throw badInput(outcome.field, outcome.message);
    const reassessment =
      input.reassessment && outcome.eligibility
        ? {
            personId: enrolment.personId,
            assessment: {
              category: input.reassessment.category,
              invalidityPercent: input.reassessment.invalidityPercent ?? null,
              pensionCategory: input.reassessment.pensionCategory ?? null,
              psychicOrIntellectual: input.reassessment.psychicOrIntellectual ?? false,
              commissionReportDate: input.reassessment.commissionReportDate ?? null,
              commissionReportRef: input.reassessment.commissionReportRef ?? null,
            },
            eligibility: outcome.eligibility,
          }
        : null;
    return ctx.stores.enrolments.addObservation(
      {
        enrolmentId: enrolment.id,
        receivedOn: input.receivedOn,
        text: input.text.trim(),
        recordedBy: ctx.identity.subject,
      },
      { decisionDueOn: outcome.decisionDueOn, documents, reassessment },
    );
  },

  recordDisadvantageCertification: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    const basis = input.basis.trim();
    const reference = input.reference.trim();
    if (!basis)
      throw badInput(
        'input.basis',
        "State the basis of the certification (e.g. L. 381/1991 art. 4, or the Documento degli Interventi's category)",
      );
    if (!reference) throw badInput('input.reference', 'A certification needs the reference of its document');
    if (input.validTo != null && input.validTo < input.validFrom)
      throw badInput('input.validTo', 'A certification cannot end before it starts');
    await ctx.stores.profiles.addDisadvantageCertification({
      personId: person.id,
      basis,
      reference,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      recordedBy: ctx.identity.subject,
    });
    return person;
  },

  recordDisabilityDetails: async (_, { input }, ctx) => {
    requireClinicalAccess(ctx.identity);
    const person = await personManagedByCaller(ctx, input.personId);
    const updated = await ctx.stores.profiles.recordClinicalDetails(
      person.id,
      {
        functionalDiagnosis: input.functionalDiagnosis?.trim() || null,
        clinicalNotes: input.clinicalNotes?.trim() || null,
      },
      ctx.identity.subject,
    );
    if (!updated) {
      // "No assessment recorded" is itself a health fact about the person: audited as the read it is.
      ctx.audit.read('Person', person.id, ['disability'], person.id);
      throw ruleViolation(
        'NO_DISABILITY_ASSESSMENT',
        'Clinical details complete the assessment recorded with an enrolment application',
      );
    }
    return person;
  },

  recordFunctionalProfile: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    return ctx.stores.profiles.addFunctionalProfile({
      personId: person.id,
      residualCapacities: cleanList(input.residualCapacities),
      tasksToAvoid: cleanList(input.tasksToAvoid),
      compatibleTasks: cleanList(input.compatibleTasks),
      workplaceAdjustments: cleanList(input.workplaceAdjustments),
      recordedBy: ctx.identity.subject,
    });
  },

  saveServicePact: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    return ctx.stores.plans.addPactVersion({
      personId: person.id,
      responsibleOperator: input.responsibleOperator?.trim() || null,
      employabilityProfile: input.employabilityProfile?.trim() || null,
      searchActs: (input.searchActs ?? []).map((a) => ({ act: a.act.trim(), timing: a.timing.trim() })),
      contactFrequency: input.contactFrequency?.trim() || null,
      searchProof: input.searchProof?.trim() || null,
      availableForWorkshops: input.availableForWorkshops ?? false,
      availableForTraining: input.availableForTraining ?? false,
      availableForSuitableOffers: input.availableForSuitableOffers ?? false,
      createdBy: ctx.identity.subject,
    });
  },

  signServicePact: async (_, { pactId, signedOn }, ctx) => {
    const pact = await ctx.loaders.pactById.load(pactId);
    if (!pact || !(await visiblePerson(ctx, pact.personId))) throw notFound('ServicePact', pactId);
    await personManagedByCaller(ctx, pact.personId);
    if (pact.status === 'SIGNED') throw conflict('This pact version is already signed');
    const latestVersion = (await ctx.loaders.pactsByPerson.load(pact.personId)).at(-1);
    if (latestVersion?.id !== pact.id) throw conflict('Only the latest version of the pact can be signed');
    if (signedOn > todayInRome()) throw badInput('signedOn', 'A pact cannot be signed in the future');
    await requireStatusForPact(ctx, pact.personId, signedOn);
    const missing = missingPactContent(pact);
    if (missing.length > 0)
      throw ruleViolation('PACT_MANDATORY_CONTENT', `The pact lacks: ${missing.join('; ')} (D.Lgs. 150/2015 art. 20)`, {
        missing,
      });
    return (await ctx.stores.plans.sign(pact.id, signedOn))!;
  },

  recordPactCheck: async (_, { input }, ctx) => {
    const pact = await ctx.loaders.pactById.load(input.pactId);
    if (!pact || !(await visiblePerson(ctx, pact.personId))) throw notFound('ServicePact', input.pactId);
    await personManagedByCaller(ctx, pact.personId);
    if (pact.status !== 'SIGNED') throw ruleViolation('PACT_NOT_SIGNED', 'Progress is checked on a signed pact');
    if (!input.progress.trim()) throw badInput('input.progress', 'A check states the progress');
    if (pact.signedOn && input.checkedOn < pact.signedOn)
      throw badInput('input.checkedOn', 'A check cannot precede the signature');
    await ctx.stores.plans.addCheck({
      pactId: pact.id,
      checkedOn: input.checkedOn,
      progress: input.progress.trim(),
      correctiveActions: cleanList(input.correctiveActions ?? []),
      by: ctx.identity.subject,
    });
    return pact;
  },

  saveActionPlan: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    const services = input.services.map((s) => ({
      serviceCode: s.serviceCode.trim(),
      providerId: s.providerId,
      plannedFrom: s.plannedFrom,
      plannedTo: s.plannedTo ?? null,
    }));
    const checks = await ctx.remote.checkPlannedServices(ctx.identity, services);
    const facts = {
      enrolments: await ctx.loaders.enrolmentsByPerson.load(person.id),
      certifications: await ctx.loaders.certificationsByPerson.load(person.id),
    };
    const protectedCategory = (on: string) => inDisadvantageTargetGroup(facts, on);
    const goals = cleanList(input.goals);
    const [problem] = actionPlanProblems(
      goals.length === input.goals.length ? goals : [...goals, ''],
      services.map((s, index) => ({ ...s, index, ...checks[index]! })),
      protectedCategory,
    );
    if (problem) throw inputError(problem);
    return ctx.stores.plans.addPlanVersion({ personId: person.id, goals, services, createdBy: ctx.identity.subject });
  },

  recordRankingFacts: async (_, { input }, ctx) => {
    const person = await personManagedByCaller(ctx, input.personId);
    if (!(input.annualIncome >= 0)) throw badInput('input.annualIncome', 'Income is zero or more euro');
    if (!Number.isInteger(input.dependants) || input.dependants < 0 || input.dependants > 30)
      throw badInput('input.dependants', 'Dependants are a whole number from 0 to 30');
    if (input.declaredOn > todayInRome())
      throw badInput('input.declaredOn', 'A declaration cannot be dated in the future');
    await ctx.stores.profiles.recordRankingFacts({
      personId: person.id,
      declaredOn: input.declaredOn,
      annualIncomeCents: euroToCents(input.annualIncome)!,
      dependants: input.dependants,
      recordedBy: ctx.identity.subject,
    });
    return person;
  },

  handOverTakeInCharge: async (_, { input }, ctx) => {
    const current = await ctx.loaders.takeInChargeById.load(input.takeInChargeId);
    if (!current || !(await visiblePerson(ctx, current.personId))) throw notFound('TakeInCharge', input.takeInChargeId);
    const fromOwn = ctx.identity.organisation === current.providerId;
    if (!fromOwn && ctx.identity.orgKind !== 'cpi')
      throw forbidden('Only the provider in charge or the CPI hands a person over');
    if (current.endedOn !== null) throw conflict('This take-in-charge has already ended');
    if (input.toProviderId === current.providerId)
      throw badInput('input.toProviderId', 'The person is already in charge of this provider');
    if (!input.reason.trim()) throw badInput('input.reason', 'A hand-over states its reason');
    if (input.on < current.startedOn || input.on > todayInRome())
      throw badInput('input.on', 'The hand-over date must be between the start and today');
    if (input.budget != null && !(input.budget >= 0)) throw badInput('input.budget', 'A budget is zero or more euro');
    const provider = await ctx.remote.provider(ctx.identity, input.toProviderId);
    if (!provider) throw notFound('Provider', input.toProviderId);
    try {
      const next = await ctx.stores.takeInCharges.handOver(current, {
        providerId: provider.id,
        providerKind: provider.kind,
        on: input.on,
        reason: input.reason.trim(),
        budgetCents: euroToCents(input.budget),
        createdBy: ctx.identity.subject,
      });
      if (!next) throw conflict('This take-in-charge has already ended');
      // The ended row was loaded before the change: the answer must show it as it is now.
      ctx.loaders.takeInChargeById.clear(current.id);
      return next;
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('The person is already in charge within this programme');
      throw error;
    }
  },
};
