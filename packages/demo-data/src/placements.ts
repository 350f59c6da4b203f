import { ageOn } from '@reg/calendar';
import { groupBy } from '@reg/subgraph-kit/loaders';
import { countsTowardQuota } from './placement-quota.ts';
import { weightedPicker, type Random } from './random.ts';
import type {
  DemoEmployer,
  DemoPerson,
  DemoPlacement,
  DemoVacancy,
  EnrolmentList,
  PlacementContract,
} from './types.ts';

/** Apprenticeship is open to people up to 29 (D.Lgs. 81/2015 art. 44; art. 47 c.4 lifts it for the unemployed, rarely used). */
const APPRENTICE_MAX_AGE = 29;
const termsInMonths = [3, 6, 6, 12, 12, 12, 18, 24] as const;
const partTimeHours = [18, 20, 24, 25, 30, 32] as const;

export interface PlacementMarket {
  /** An employer near the person, those with a quota for the person's list favoured. */
  employerFor(random: Random, province: string, list: EnrolmentList): DemoEmployer;
  vacanciesByEmployer: Map<string, DemoVacancy[]>;
}

/**
 * Hires happen near home: an employer with a site in the person's province (any employer if none), bigger ones
 * more often, and three times as often one with a quota the person's list can fill.
 */
export function placementMarket(
  employers: readonly DemoEmployer[],
  vacancies: readonly DemoVacancy[],
): PlacementMarket {
  const byProvince = groupBy(employers, (e) => e.sites.map((s) => s.province));
  const pickers = new Map<string, (random: Random) => DemoEmployer>();
  return {
    employerFor(random, province, list) {
      const id = `${province}|${list}`;
      let picker = pickers.get(id);
      if (!picker) {
        const nearby = byProvince.get(province) ?? [];
        picker = weightedPicker(
          nearby.length > 0 ? nearby : employers,
          (e) => Math.log(e.employees + 1) * (countsTowardQuota(list, e.employees, 'PERMANENT') ? 3 : 1),
        );
        pickers.set(id, picker);
      }
      return picker(random);
    },
    vacanciesByEmployer: groupBy(vacancies, (v) => v.employerKey),
  };
}

function contractFor(random: Random, employer: DemoEmployer, person: DemoPerson, startedOn: string): PlacementContract {
  // Public bodies hire by competition on their own payroll (D.Lgs. 165/2001 art. 35): no apprentices, no agency.
  if (employer.kind === 'PUBLIC') return random.chance(0.6) ? 'PERMANENT' : 'FIXED_TERM';
  const contracts: { contract: PlacementContract; weight: number }[] = [
    { contract: 'PERMANENT', weight: 35 },
    { contract: 'FIXED_TERM', weight: 35 },
    { contract: 'APPRENTICESHIP', weight: ageOn(person.birthDate, startedOn) <= APPRENTICE_MAX_AGE ? 15 : 0 },
    { contract: 'AGENCY', weight: 15 },
  ];
  return random.weighted(contracts, (c) => c.weight).contract;
}

/** A hire with an employer of the market, through one of its vacancies that fits the person when there is one. */
export function drawPlacement(
  random: Random,
  market: PlacementMarket,
  person: DemoPerson,
  list: EnrolmentList,
  startedOn: string,
  key: string,
  seed: number,
): DemoPlacement {
  const employer = market.employerFor(random, person.residenceProvince, list);
  const category = list === 'DISABILITY' ? 'DISABLED' : 'ART18';
  const fitting = (market.vacanciesByEmployer.get(employer.key) ?? []).filter(
    (v) => v.openedOn <= startedOn && (v.reservedFor === null || v.reservedFor === category),
  );
  const vacancy = fitting.length > 0 && random.chance(0.6) ? random.pick(fitting) : null;
  const contract = contractFor(random, employer, person, startedOn);
  const fullTime = employer.kind === 'PUBLIC' ? 36 : 40;
  return {
    key,
    idempotencyKey: `demo-${seed}-${key}`,
    personKey: person.key,
    employerKey: employer.key,
    vacancyKey: vacancy?.key ?? null,
    contract,
    termMonths: contract === 'FIXED_TERM' ? random.pick(termsInMonths) : null,
    weeklyHours: random.chance(0.55) ? fullTime : random.pick(partTimeHours),
    fullTimeWeeklyHours: fullTime,
    startedOn,
    countsTowardQuota: countsTowardQuota(list, employer.employees, contract),
  };
}
