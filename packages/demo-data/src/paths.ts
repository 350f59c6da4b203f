import { addDays, minDate } from '@reg/calendar';
import { drawDelivery, placementSupport, preparatory, servicesFor, type PathState } from './deliveries.ts';
import { familyNames, femaleGivenNames, maleGivenNames } from './names.ts';
import { drawPlacement, placementMarket } from './placements.ts';
import type { Random } from './random.ts';
import type {
  DemoDelivery,
  DemoEmployer,
  DemoEnrolment,
  DemoPerson,
  DemoPlacement,
  DemoProvider,
  DemoTakeInCharge,
  DemoVacancy,
} from './types.ts';

export interface PathInputs {
  people: readonly DemoPerson[];
  enrolments: readonly DemoEnrolment[];
  takeInCharges: readonly DemoTakeInCharge[];
  providers: readonly DemoProvider[];
  employers: readonly DemoEmployer[];
  vacancies: readonly DemoVacancy[];
}

/** Most paths have a few services before any hire; about a third of the people with one end up hired. */
const MAX_PREPARATORY_SERVICES = 4;
const PLACED_SHARE = 0.3;

const byKey = <T extends { key: string }>(items: readonly T[]) => new Map(items.map((i) => [i.key, i]));

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo data is inconsistent: no ${what}`);
  return value;
}

/**
 * What happens after a take-in-charge: the provider delivers some of the services it is accredited for, in the
 * catalogue's order (reception, orientation, then the specialist ones), weeks apart; some people are then hired,
 * and the provider follows the hire with a placement service when it is accredited for one.
 */
export function generatePaths(
  random: Random,
  inputs: PathInputs,
  today: string,
  seed: number,
): { deliveries: DemoDelivery[]; placements: DemoPlacement[] } {
  const people = byKey(inputs.people);
  const providers = byKey(inputs.providers);
  const listOf = new Map(inputs.enrolments.map((e) => [e.personKey, e.list]));
  const market = placementMarket(inputs.employers, inputs.vacancies);
  const operators = new Map<string, string[]>();
  const operatorsOf = (provider: DemoProvider) => {
    let names = operators.get(provider.key);
    if (!names) {
      names = Array.from(
        { length: random.int(2, 5) },
        () => `${random.pick(random.chance(0.6) ? femaleGivenNames : maleGivenNames)} ${random.pick(familyNames)}`,
      );
      operators.set(provider.key, names);
    }
    return names;
  };

  const deliveries: DemoDelivery[] = [];
  const placements: DemoPlacement[] = [];
  const nextDeliveryKey = () => `DEL-${String(deliveries.length + 1).padStart(7, '0')}`;

  for (const takeInCharge of inputs.takeInCharges) {
    const person = need(people.get(takeInCharge.personKey), `person ${takeInCharge.personKey}`);
    const provider = need(providers.get(takeInCharge.providerKey), `provider ${takeInCharge.providerKey}`);
    const list = need(listOf.get(person.key), `enrolment of ${person.key}`);
    const state: PathState = { hasPai: false };
    const operator = random.pick(operatorsOf(provider));

    const candidates = preparatory(servicesFor(provider, list, takeInCharge.startedOn));
    const chosen =
      candidates.length === 0
        ? []
        : random.sample(candidates, random.int(1, Math.min(MAX_PREPARATORY_SERVICES, candidates.length)));
    let on = minDate(addDays(takeInCharge.startedOn, random.int(0, 14)), today);
    let lastOn: string | null = null;
    for (const standard of chosen) {
      if (on > today) break;
      const delivery = drawDelivery(
        random,
        { takeInCharge, provider, standard, deliveredOn: on, operator },
        state,
        nextDeliveryKey(),
        seed,
      );
      deliveries.push(delivery);
      lastOn = on;
      // The next service starts after this one, longer paths taking longer (about four hours of it a day).
      on = addDays(on, random.int(7, 45) + Math.round(delivery.minutes / 240));
    }

    if (lastOn === null || !random.chance(PLACED_SHARE)) continue;
    const startedOn = addDays(lastOn, random.int(15, 120));
    if (startedOn > today) continue;
    placements.push(
      drawPlacement(
        random,
        market,
        person,
        list,
        startedOn,
        `PLA-${String(placements.length + 1).padStart(6, '0')}`,
        seed,
      ),
    );

    const deliveredOn = minDate(addDays(startedOn, random.int(30, 180)), today);
    const support = placementSupport(servicesFor(provider, list, deliveredOn));
    if (support.length > 0 && random.chance(0.8)) {
      deliveries.push(
        drawDelivery(
          random,
          { takeInCharge, provider, standard: random.pick(support), deliveredOn, operator },
          state,
          nextDeliveryKey(),
          seed,
        ),
      );
    }
  }
  return { deliveries, placements };
}
