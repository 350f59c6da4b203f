import { addDays, addMonths, minDate } from '@reg/calendar';
import { groupBy } from '@reg/subgraph-kit/loaders';
import type { GatewayRequest } from './gateway-client.ts';
import type { Random } from './random.ts';
import type { DemoDelivery, DemoEmployer, DemoPerson } from './types.ts';

/** At most this many internships in a demo region: a few to show, not a statistic. */
export const MAX_DEMO_INTERNSHIPS = 12;

export interface DemoInternship {
  key: string;
  idempotencyKey: string;
  personKey: string;
  /** The promoter: the provider whose 2Cc/3Bc deliveries to the person are the internship's tutoring. */
  providerKey: string;
  hostEmployerKey: string;
  serviceCode: '2Cc' | '3Bc';
  agreementReference: string;
  signedOn: string;
  project: {
    objectives: string[];
    plannedStartOn: string;
    plannedEndOn: string;
    weeklyHours: number;
    promoterTutor: { name: string; role: string };
    hostTutor: { name: string; role: string };
    approvedOn: string;
  };
  startedOn: string | null;
  /** A proroga (extendInternship), agreed while it ran: its end moved later, within the maximum duration. */
  extension: { newEndOn: string; agreedOn: string; reason: string } | null;
  dossier: Array<{ entryOn: string; activity: string; competences: string[] }>;
  end: { endedOn: string; reason: 'COMPLETED' | 'INTERRUPTED'; note: string | null } | null;
  attestation: { issuedOn: string; activities: string; results: string } | null;
}

const objectives = [
  ['Conoscere il contesto aziendale e le norme di sicurezza', 'Gestire le attività di magazzino'],
  ['Acquisire le procedure di front office', 'Usare il gestionale aziendale'],
  ['Svolgere attività di archiviazione', 'Lavorare in squadra rispettando i tempi'],
] as const;

/**
 * A few internships of the region, one per promoter and person whose 2Cc or 3Bc deliveries are in the dataset (the
 * tutoring of seed 003 is what those deliveries report): signed on the first delivery's day (the promoter had the
 * person in charge and was accredited then), started a week later for 3 or 6 months (within the 12/24-month
 * maximum), hosted by an employer of the person's province; every other one that runs to its planned end is
 * extended by two months, agreed a fortnight before that end (or today, when that is still ahead); those whose
 * term has passed are completed with an attestation, one in five interrupted after a month.
 */
export function generateInternships(
  random: Random,
  data: { people: readonly DemoPerson[]; employers: readonly DemoEmployer[]; deliveries: readonly DemoDelivery[] },
  today: string,
): DemoInternship[] {
  const people = new Map(data.people.map((p) => [p.key, p]));
  const byProvince = groupBy(data.employers, (e) => e.sites.map((s) => s.province));
  const paths = groupBy(
    data.deliveries.filter((d) => d.serviceCode === '2Cc' || d.serviceCode === '3Bc'),
    (d) => `${d.personKey}|${d.providerKey}|${d.serviceCode}`,
  );
  const firsts = [...paths.values()]
    .map((ds) =>
      ds.reduce((a, d) =>
        d.deliveredOn < a.deliveredOn || (d.deliveredOn === a.deliveredOn && d.key < a.key) ? d : a,
      ),
    )
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, MAX_DEMO_INTERNSHIPS);
  let extendable = 0;
  return firsts.map((first, i) => {
    const person = people.get(first.personKey)!;
    const nearby = byProvince.get(person.residenceProvince) ?? [];
    const host = random.pick(nearby.length > 0 ? nearby : data.employers);
    const signedOn = first.deliveredOn;
    const plannedStartOn = addDays(signedOn, 7);
    const plannedEndOn = addDays(addMonths(plannedStartOn, random.chance(0.5) ? 3 : 6), -1);
    const started = plannedStartOn <= today;
    const interrupted = started && random.chance(0.2) && addDays(plannedStartOn, 30) <= today;
    const agreedOn = minDate(addDays(plannedEndOn, -14), today);
    const extended = started && !interrupted && agreedOn >= plannedStartOn && extendable++ % 2 === 0;
    const currentEndOn = extended ? addMonths(plannedEndOn, 2) : plannedEndOn;
    const completed = started && !interrupted && currentEndOn <= today;
    const endedOn = interrupted ? addDays(plannedStartOn, 30) : completed ? currentEndOn : null;
    const entryOn = addDays(plannedStartOn, 14);
    const key = `internship-${i + 1}`;
    return {
      key,
      idempotencyKey: `demo-${key}`,
      personKey: person.key,
      providerKey: first.providerKey,
      hostEmployerKey: host.key,
      serviceCode: first.serviceCode as '2Cc' | '3Bc',
      agreementReference: `CONV-${signedOn.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      signedOn,
      project: {
        objectives: [...random.pick(objectives)],
        plannedStartOn,
        plannedEndOn,
        weeklyHours: random.pick([20, 25, 30]),
        promoterTutor: { name: 'Tutor del promotore', role: 'Operatore servizi al lavoro' },
        hostTutor: { name: 'Tutor aziendale', role: 'Responsabile di reparto' },
        approvedOn: signedOn,
      },
      startedOn: started ? plannedStartOn : null,
      extension: extended
        ? { newEndOn: currentEndOn, agreedOn, reason: 'Tempo in più per raggiungere gli obiettivi del progetto' }
        : null,
      dossier:
        started && entryOn <= minDate(endedOn ?? today, today)
          ? [{ entryOn, activity: 'Affiancamento al tutor aziendale', competences: ['Sicurezza sul lavoro'] }]
          : [],
      end: endedOn
        ? {
            endedOn,
            reason: interrupted ? 'INTERRUPTED' : 'COMPLETED',
            note: interrupted ? 'Rinuncia del tirocinante per motivi personali' : null,
          }
        : null,
      attestation: completed
        ? {
            issuedOn: minDate(addDays(currentEndOn, 5), today),
            activities: 'Attività svolte secondo il progetto formativo, registrate nel dossier',
            results: 'Obiettivi del progetto raggiunti',
          }
        : null,
    };
  });
}

const documents = {
  sign: 'mutation SignInternshipAgreement($input: SignInternshipAgreementInput!) { signInternshipAgreement(input: $input) { id } }',
  approve:
    'mutation ApproveInternshipProject($input: ApproveInternshipProjectInput!) { approveInternshipProject(input: $input) { id } }',
  start: 'mutation StartInternship($input: StartInternshipInput!) { startInternship(input: $input) { id } }',
  dossier:
    'mutation AddInternshipDossierEntry($input: AddInternshipDossierEntryInput!) { addInternshipDossierEntry(input: $input) { id } }',
  extend: 'mutation ExtendInternship($input: ExtendInternshipInput!) { extendInternship(input: $input) { id } }',
  end: 'mutation EndInternship($input: EndInternshipInput!) { endInternship(input: $input) { id } }',
  attest:
    'mutation IssueInternshipAttestation($input: IssueInternshipAttestationInput!) { issueInternshipAttestation(input: $input) { id } }',
};

/** Records one internship through the gateway as its promoter (extensions included), step by step; returns its server id. */
export async function loadInternship(
  request: GatewayRequest,
  token: string,
  internship: DemoInternship,
  ids: { personId: string; hostEmployerId: string },
): Promise<string> {
  const { key } = internship;
  const { signInternshipAgreement } = await request<{ signInternshipAgreement: { id: string } }>(
    token,
    'signInternshipAgreement',
    key,
    documents.sign,
    {
      input: {
        idempotencyKey: internship.idempotencyKey,
        personId: ids.personId,
        hostEmployerId: ids.hostEmployerId,
        serviceCode: internship.serviceCode,
        agreementReference: internship.agreementReference,
        signedOn: internship.signedOn,
      },
    },
  );
  const internshipId = signInternshipAgreement.id;
  const step = (operation: string, document: string, input: Record<string, unknown>) =>
    request(token, operation, key, document, { input: { internshipId, ...input } });
  await step('approveInternshipProject', documents.approve, internship.project);
  if (internship.startedOn) await step('startInternship', documents.start, { startedOn: internship.startedOn });
  for (const entry of internship.dossier) await step('addInternshipDossierEntry', documents.dossier, entry);
  if (internship.extension) await step('extendInternship', documents.extend, internship.extension);
  if (internship.end) await step('endInternship', documents.end, internship.end);
  if (internship.attestation) await step('issueInternshipAttestation', documents.attest, internship.attestation);
  return internshipId;
}
