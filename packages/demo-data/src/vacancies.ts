import { addDays } from '@reg/calendar';
import { generateJobProfile } from './job-profiles.ts';
import type { Random } from './random.ts';
import { privateSectors, publicJobs, type Job } from './sectors.ts';
import type { DemoEmployer, DemoVacancy } from './types.ts';

/** Vacancies open at some point in the last two years, so that placements can be made through them. */
const OPENED_WITHIN_DAYS = 730;

function jobsOf(employer: DemoEmployer): readonly Job[] {
  const jobs =
    employer.kind === 'PUBLIC'
      ? publicJobs[employer.atecoCode]
      : privateSectors.find((s) => s.ateco === employer.atecoCode)?.jobs;
  return jobs && jobs.length > 0 ? jobs : [{ title: 'Impiegato/a amministrativo/a', cp2011: '4.1.1.2.0' }];
}

function vacancyCount(random: Random, employees: number): number {
  if (employees < 15) return random.chance(0.3) ? 1 : 0;
  if (employees <= 50) return random.int(1, 2);
  if (employees <= 150) return random.int(1, 3);
  return random.int(2, 4);
}

/**
 * Employers with a quota (15 or more employees, L. 68/1999 art. 3) often reserve vacancies for the disability list;
 * those above 50 also for the art. 18 categories.
 */
function reservation(random: Random, employees: number): DemoVacancy['reservedFor'] {
  const r = random.next();
  if (employees >= 15 && r < 0.35) return 'DISABLED';
  if (employees > 50 && r < 0.5) return 'ART18';
  return null;
}

/** `profiles` is a stream of its own, so job profiles never change which vacancies a seed gives. */
export function generateVacancies(
  random: Random,
  employers: readonly DemoEmployer[],
  today: string,
  profiles: Random,
): DemoVacancy[] {
  const vacancies: DemoVacancy[] = [];
  for (const employer of employers) {
    for (let n = vacancyCount(random, employer.employees); n > 0; n--) {
      const job = random.pick(jobsOf(employer));
      const vacancy: Omit<DemoVacancy, 'jobProfile'> = {
        key: `VAC-${String(vacancies.length + 1).padStart(6, '0')}`,
        employerKey: employer.key,
        title: job.title,
        occupationCode: job.cp2011,
        occupationCodeSystem: job.cp2011 ? 'ISTAT_CP2011' : null,
        province: random.pick(employer.sites).province,
        positions: employer.employees > 150 ? random.int(1, 5) : random.chance(0.8) ? 1 : 2,
        reservedFor: reservation(random, employer.employees),
        openedOn: addDays(today, -random.int(0, OPENED_WITHIN_DAYS)),
      };
      vacancies.push({ ...vacancy, jobProfile: generateJobProfile(profiles, vacancy, employer) });
    }
  }
  return vacancies;
}
