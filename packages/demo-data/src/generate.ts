import { catalogueOn } from './catalogue.ts';
import { isIsoDate } from '@reg/calendar';
import { generateEmployers } from './employers.ts';
import { generateEmployerServiceWithdrawals } from './employer-service-withdrawals.ts';
import { generateEmployerServices } from './employer-services.ts';
import { generateEnrolments } from './enrolments.ts';
import { generateInternships } from './internships.ts';
import { generateMatchingProfiles } from './job-profiles.ts';
import { generateServicePacts } from './pacts.ts';
import { generatePaths } from './paths.ts';
import { generatePeople } from './people.ts';
import { generateProviders } from './providers.ts';
import { streamFor } from './random.ts';
import { countsFor } from './sizes.ts';
import { generateTakeInCharges } from './take-in-charges.ts';
import type { RegionDataset, RegionSize } from './types.ts';
import { generateVacancies } from './vacancies.ts';
import { generateWorkforceReports } from './workforce-reports.ts';

/** The demo's fixed "today": a dataset never depends on the day it is generated. */
export const DEFAULT_TODAY = '2026-11-01';

export interface GenerateRegionOptions {
  seed: number;
  size: RegionSize;
  /** Reference date (YYYY-MM-DD): people's ages and every event are relative to it, none after it. */
  today?: string;
}

/**
 * A synthetic Lombardy: one CPI per province and accredited bodies, people on the L. 68/1999 lists with their
 * enrolments, take-in-charges, service deliveries that respect the catalogue, employers of every size class with
 * vacancies, and placements. Same seed, size and today give a deep-equal dataset.
 */
export function generateRegion(options: GenerateRegionOptions): RegionDataset {
  const { seed, size } = options;
  const today = options.today ?? DEFAULT_TODAY;
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${today}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const counts = countsFor(size);

  const providers = generateProviders(streamFor(seed, 'providers'), counts.accreditedBodies, today);
  const people = generatePeople(streamFor(seed, 'people'), counts.people, today);
  const enrolments = generateEnrolments(streamFor(seed, 'enrolments'), people, today);
  const takeInCharges = generateTakeInCharges(streamFor(seed, 'take-in-charges'), enrolments, providers, today);
  const employers = generateEmployers(streamFor(seed, 'employers'), counts.employers);
  const vacancies = generateVacancies(streamFor(seed, 'vacancies'), employers, today, streamFor(seed, 'job-profiles'));
  const matchingProfiles = generateMatchingProfiles(streamFor(seed, 'matching-profiles'), enrolments, today);
  const { deliveries, placements } = generatePaths(
    streamFor(seed, 'paths'),
    { people, enrolments, takeInCharges, providers, employers, vacancies },
    today,
    seed,
  );

  const employerServices = generateEmployerServices(streamFor(seed, 'employer-services'), employers, providers, today);
  return {
    seed,
    size,
    today,
    region: 'Lombardia',
    catalogueVersionId: catalogueOn(today).id,
    counts,
    providers,
    people,
    enrolments,
    takeInCharges,
    employers,
    vacancies,
    matchingProfiles,
    deliveries,
    placements,
    employerServices,
    employerServiceWithdrawals: generateEmployerServiceWithdrawals(
      streamFor(seed, 'employer-service-withdrawals'),
      employerServices,
    ),
    internships: generateInternships(streamFor(seed, 'internships'), { people, employers, deliveries }, today),
    servicePacts: generateServicePacts(
      streamFor(seed, 'service-pacts'),
      { people, enrolments, takeInCharges, providers },
      today,
    ),
    workforceReports: generateWorkforceReports(streamFor(seed, 'workforce-reports'), employers, today),
  };
}
