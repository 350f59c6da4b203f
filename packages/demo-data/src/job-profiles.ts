import type { Random } from './random.ts';
import { privateSectors, publicJobs } from './sectors.ts';
import type { DemoEmployer, DemoEnrolment, DemoJobProfile, DemoMatchingProfile, DemoVacancy } from './types.ts';

/**
 * Job profiles and the people's functional profiles in one vocabulary, the ICF codes the graph accepts
 * (services/employers/src/reference/icf-vocabulary.ts), so a demo shortlist excludes and ranks for visible reasons:
 * a warehouse job demands lifting (d4300), a person who must avoid d430 is never shortlisted for it.
 */
const tasksByTitle: ReadonlyArray<[RegExp, ReadonlyArray<{ description: string; demands: string[] }>]> = [
  [
    /magazzin/i,
    [
      { description: 'Movimentazione merci', demands: ['d4300', 'd4154', 'd450'] },
      { description: 'Registrazione carichi', demands: ['d440', 'd360'] },
    ],
  ],
  [
    /saldat|macchine utensili|panettiere|confezionamento/i,
    [
      { description: 'Lavorazione al banco', demands: ['d4154', 'd445', 'd440'] },
      { description: 'Controllo qualità', demands: ['d160'] },
    ],
  ],
  [
    /socio-sanitari/i,
    [
      { description: 'Assistenza alla persona', demands: ['d4300', 'd450', 'd720'] },
      { description: 'Turni di reparto', demands: ['d240'] },
    ],
  ],
  [/pulizie/i, [{ description: 'Pulizia di ambienti', demands: ['d450', 'd445', 'd4154'] }]],
  [/vendite|cassa|commesso/i, [{ description: 'Servizio al banco e alla cassa', demands: ['d4154', 'd350', 'd172'] }]],
  [
    /sviluppat|programmat/i,
    [{ description: 'Sviluppo e test del software', demands: ['d4153', 'd440', 'd175', 'd220'] }],
  ],
];
const officeTasks = [
  { description: 'Inserimento dati e pratiche', demands: ['d4153', 'd440', 'd360'] },
  { description: 'Rapporti con il pubblico', demands: ['d350'] },
];
const adjustments = ['e1201', 'e1251', 'e1351', 'e150'];
/** What people on the list most often must avoid, drawn from the demands above. */
const avoidable = ['d430', 'd4154', 'd450', 'd445', 'd240', 'd720', 'd350'];

const tasksFor = (title: string) => tasksByTitle.find(([pattern]) => pattern.test(title))?.[1] ?? officeTasks;

export function generateJobProfile(
  random: Random,
  vacancy: Omit<DemoVacancy, 'jobProfile'>,
  employer: DemoEmployer,
): DemoJobProfile {
  const site = employer.sites.find((s) => s.province === vacancy.province) ?? employer.sites[0]!;
  return {
    tasks: tasksFor(vacancy.title).map((t) => ({ description: t.description, demands: [...t.demands] })),
    adjustmentsAvailable: random.sample(adjustments, random.int(0, 2)),
    weeklyHours: random.pick([20, 25, 30, 36, 40]),
    shifts: /socio-sanitari|magazzin/i.test(vacancy.title) && random.chance(0.4) ? ['DAY', 'WEEKEND'] : ['DAY'],
    contract: random.chance(0.7) ? 'PERMANENT' : 'FIXED_TERM',
    siteName: site.name,
  };
}

const allJobs = [...privateSectors.flatMap((s) => s.jobs), ...Object.values(publicJobs).flat()].filter(
  (j) => j.cp2011 !== null,
);

/** A functional profile and a professional record for each person on the disability list. */
export function generateMatchingProfiles(
  random: Random,
  enrolments: readonly DemoEnrolment[],
  today: string,
): DemoMatchingProfile[] {
  return enrolments
    .filter((e) => e.list === 'DISABILITY' && e.status === 'ACCEPTED')
    .map((e) => {
      const job = random.pick(allJobs);
      const year = Number(today.slice(0, 4)) - random.int(2, 12);
      return {
        personKey: e.personKey,
        tasksToAvoid: random.sample(avoidable, random.int(0, 2)),
        workplaceAdjustments: random.chance(0.3) ? [random.pick(adjustments)] : [],
        occupationCode: random.chance(0.8) ? job.cp2011 : null,
        occupationFrom: `${year}-01-01`,
        occupationTo: `${year + random.int(1, 3)}-12-31`,
        weeklyHours: random.pick([null, 20, 30, 40]),
        maxDistanceKm: random.pick([null, 15, 30, 50, 80]),
        shifts: random.chance(0.5) ? ['DAY'] : random.chance(0.5) ? ['DAY', 'WEEKEND'] : [],
      };
    });
}
