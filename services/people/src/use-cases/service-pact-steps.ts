import { badInput, inputError, ruleViolation } from '@reg/errors';
import { inDisadvantageTargetGroup } from '@reg/target-groups';
import type {
  ActionPlanInput,
  QualitativeProfilingInput,
  QuantitativeProfilingInput,
  ServicePactInput,
} from '../generated/graphql.ts';
import type { PlannedServiceCheck } from '../remote/index.ts';
import { cleanList } from '../resolvers/input.ts';
import { actionPlanProblems } from '../rules/action-plan-services.ts';
import { quantitativeProfilingProblems } from '../rules/profiling.ts';
import { missingPactContent, type PactContent } from '../rules/service-pact-content.ts';
import type { UnemploymentStatus } from '../rules/unemployment-status.ts';

/**
 * The checks of the pact and plan mutations (recordQuantitativeProfiling, recordQualitativeProfiling,
 * saveServicePact, saveActionPlan, signServicePact) on facts already fetched: each answers what to write or throws
 * the mutation's error, so a single call and a row of importServicePacts are refused by the same code.
 */

/** recordQuantitativeProfiling: the profiling to add (a new version). */
export function checkedQuantitativeProfiling(input: QuantitativeProfilingInput, today: string) {
  const [problem] = quantitativeProfilingProblems(input);
  if (problem) throw inputError(problem);
  if (input.computedOn > today) throw badInput('input.computedOn', 'A score cannot be computed in the future');
  return { kind: 'QUANTITATIVE' as const, on: input.computedOn, score: input.score, content: { ...input.inputs } };
}

/** recordQualitativeProfiling: the profiling to add (a new version). */
export function checkedQualitativeProfiling(input: QualitativeProfilingInput, today: string) {
  const needs = cleanList(input.needs);
  if (needs.length === 0) throw badInput('input.needs', 'A qualitative profiling states at least one need');
  if (input.assessedOn > today) throw badInput('input.assessedOn', 'An assessment cannot be dated in the future');
  const content = {
    needs,
    strengths: cleanList(input.strengths ?? []),
    barriers: cleanList(input.barriers ?? []),
    notes: input.notes?.trim() || null,
  };
  return { kind: 'QUALITATIVE' as const, on: input.assessedOn, score: null, content };
}

/** saveServicePact: the draft's content, trimmed. */
export function servicePactContent(input: ServicePactInput) {
  return {
    responsibleOperator: input.responsibleOperator?.trim() || null,
    employabilityProfile: input.employabilityProfile?.trim() || null,
    searchActs: (input.searchActs ?? []).map((a) => ({ act: a.act.trim(), timing: a.timing.trim() })),
    contactFrequency: input.contactFrequency?.trim() || null,
    searchProof: input.searchProof?.trim() || null,
    availableForWorkshops: input.availableForWorkshops ?? false,
    availableForTraining: input.availableForTraining ?? false,
    availableForSuitableOffers: input.availableForSuitableOffers ?? false,
  };
}

/** The planned services as saveActionPlan stores them (the catalogue is asked about these). */
export const plannedServices = (input: ActionPlanInput) =>
  input.services.map((s) => ({
    serviceCode: s.serviceCode.trim(),
    providerId: s.providerId,
    plannedFrom: s.plannedFrom,
    plannedTo: s.plannedTo ?? null,
  }));

/**
 * saveActionPlan: the goals and services to store, given the catalogue's answer for each planned service (in order)
 * and the person's enrolments and certifications (who is in the protected target group on a day).
 */
export function checkedActionPlan(
  input: ActionPlanInput,
  checks: readonly PlannedServiceCheck[],
  facts: Parameters<typeof inDisadvantageTargetGroup>[0],
) {
  const services = plannedServices(input);
  const goals = cleanList(input.goals);
  const [problem] = actionPlanProblems(
    goals.length === input.goals.length ? goals : [...goals, ''],
    services.map((s, index) => ({ ...s, index, ...checks[index]! })),
    (on: string) => inDisadvantageTargetGroup(facts, on),
  );
  if (problem) throw inputError(problem);
  return { goals, services };
}

/**
 * signServicePact on the latest draft (the caller checks that it is the latest and not signed) of the pact: not in the future, while the unemployment status holds on the day
 * (D.Lgs. 150/2015 art. 20 c.1, `status` read for signedOn), with every mandatory content (art. 20 c.2).
 */
export function checkPactSignature(
  pact: PactContent,
  signedOn: string,
  today: string,
  status: UnemploymentStatus,
): void {
  if (signedOn > today) throw badInput('signedOn', 'A pact cannot be signed in the future');
  requirePactStatus(status, signedOn);
  const missing = missingPactContent(pact);
  if (missing.length > 0)
    throw ruleViolation('PACT_MANDATORY_CONTENT', `The pact lacks: ${missing.join('; ')} (D.Lgs. 150/2015 art. 20)`, {
      missing,
    });
}

/**
 * The pact of service confirms the unemployment status (D.Lgs. 150/2015 art. 20 c.1; seed 001: "sottoscrizione Patto
 * di Servizio personalizzato e conferma dello stato di disoccupazione"): it is signed while a DID holds, not before
 * one, not while the status is suspended by work or after it was lost.
 */
export function requirePactStatus(status: UnemploymentStatus, signedOn: string): void {
  if (status.state !== 'UNEMPLOYED')
    throw ruleViolation(
      'PACT_WITHOUT_UNEMPLOYMENT_STATUS',
      `The pact confirms the unemployment status (D.Lgs. 150/2015 art. 20): on ${signedOn} it is ${status.state}`,
      { state: status.state },
    );
}
