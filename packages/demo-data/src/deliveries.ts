import { catalogueOn, endsInPlacement, fitsPerson, type ServiceStandardDefinition } from './catalogue.ts';
import { drawDuration } from './durations.ts';
import type { Random } from './random.ts';
import type { DemoDelivery, DemoProvider, DemoTakeInCharge, EnrolmentList } from './types.ts';

/** What a provider may deliver to a person on a date: its accreditation scope, cut to the services meant for the person. */
export function servicesFor(provider: DemoProvider, list: EnrolmentList, on: string): ServiceStandardDefinition[] {
  if (on < provider.accreditedFrom) return [];
  const scope = new Set(provider.serviceCodes);
  return catalogueOn(on).standards.filter((s) => scope.has(s.code) && fitsPerson(s.targetGroup, list));
}

/** The services that prepare a person for work (everything but those whose output is the hire itself). */
export const preparatory = (services: readonly ServiceStandardDefinition[]) =>
  services.filter((s) => !endsInPlacement(s));
export const placementSupport = (services: readonly ServiceStandardDefinition[]) => services.filter(endsInPlacement);

/** What the person's record says so far: a PAI can be updated only once one has been drawn up. */
export interface PathState {
  hasPai: boolean;
}

/**
 * Outputs of one delivery: always the ones the seed requires; an "Eventuale" one now and then, except that a
 * PAI update needs a PAI (trento-standards.ts: a PAI_UPDATE service cannot be the first to produce a PAI).
 */
function outputsOf(random: Random, standard: ServiceStandardDefinition, state: PathState): string[] {
  const outputs: string[] = [];
  for (const output of standard.outputs) {
    if (!output.optional) outputs.push(output.code);
    else if (output.code === 'PAI') {
      if (!state.hasPai && random.chance(0.6)) outputs.push(output.code);
    } else if (output.code === 'PAI_UPDATE') {
      if (state.hasPai && random.chance(0.4)) outputs.push(output.code);
    } else if (random.chance(0.35)) outputs.push(output.code);
  }
  if (outputs.includes('PAI')) state.hasPai = true;
  return outputs;
}

export interface DeliveryDraft {
  takeInCharge: DemoTakeInCharge;
  provider: DemoProvider;
  standard: ServiceStandardDefinition;
  deliveredOn: string;
  operator: string;
}

export function drawDelivery(
  random: Random,
  draft: DeliveryDraft,
  state: PathState,
  key: string,
  seed: number,
): DemoDelivery {
  const modality = random.pick(draft.standard.modalities);
  const { minutes, sessions } = drawDuration(random, modality);
  return {
    key,
    // Stable across runs and unique per dataset: a reload after a failure never reports a delivery twice.
    idempotencyKey: `demo-${seed}-${key}`,
    personKey: draft.takeInCharge.personKey,
    providerKey: draft.provider.key,
    takeInChargeKey: draft.takeInCharge.key,
    serviceCode: draft.standard.code,
    modality: modality.code,
    deliveredOn: draft.deliveredOn,
    minutes,
    sessions,
    outputs: outputsOf(random, draft.standard, state),
    operator: draft.operator,
  };
}
