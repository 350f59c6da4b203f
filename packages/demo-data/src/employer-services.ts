import { addDays } from '@reg/calendar';
import { standardOn } from './catalogue.ts';
import { drawDuration } from './durations.ts';
import type { GatewayRequest } from './gateway-client.ts';
import { runPool } from './promise-pool.ts';
import type { Random } from './random.ts';
import type { DemoEmployer, DemoProvider } from './types.ts';

/** A service of area 4 (seed 003, 4A-4E) delivered to an employer, as its provider reports it. */
export interface DemoEmployerService {
  key: string;
  idempotencyKey: string;
  employerKey: string;
  providerKey: string;
  serviceCode: string;
  modality: string;
  deliveredOn: string;
  minutes: number;
  sessions: number;
  outputs: string[];
  /** 4E: the employer's references of the redundant workers served; empty otherwise. */
  redundantWorkers: string[];
}

/** How often each service is asked for: first information most, relocation of redundant workers least. */
const demand = [
  { code: '4A', weight: 5 },
  { code: '4B', weight: 3 },
  { code: '4C', weight: 4 },
  { code: '4D', weight: 2 },
  { code: '4E', weight: 1 },
];

/**
 * About half the employers asked for one or two services to employers in the last two years, each delivered by the
 * CPI of the employer's province or, one time in three when there is one, by an accredited body of that province
 * accredited for it; durations within the catalogue's bounds (drawDuration). 4E only for employers of more than 15
 * staff (a staff-reduction procedure, L. 223/1991), one report per redundant worker interviewed one to one (seed
 * 003: 15-20 hours each), sometimes a group of them.
 */
export function generateEmployerServices(
  random: Random,
  employers: readonly DemoEmployer[],
  providers: readonly DemoProvider[],
  today: string,
): DemoEmployerService[] {
  const services: DemoEmployerService[] = [];
  for (const employer of employers) {
    if (!random.chance(0.5)) continue;
    const eligible = demand.filter((d) => d.code !== '4E' || employer.employees > 15);
    const codes = new Set([random.weighted(eligible, (d) => d.weight).code]);
    if (random.chance(0.3)) codes.add(random.weighted(eligible, (d) => d.weight).code);
    for (const code of codes) {
      const deliveredOn = addDays(today, -random.int(1, 730));
      const bodies = providers.filter(
        (p) =>
          p.kind === 'ACCREDITED' &&
          p.province === employer.province &&
          p.serviceCodes.includes(code) &&
          p.accreditedFrom <= deliveredOn,
      );
      const provider =
        bodies.length > 0 && random.chance(1 / 3)
          ? random.pick(bodies)
          : providers.find((p) => p.kind === 'CPI' && p.province === employer.province);
      if (!provider) continue;
      const standard = standardOn(code, deliveredOn);
      const outputs = standard.outputs.filter((o) => !o.optional).map((o) => o.code);
      const add = (modalityCode: string, workers: string[], n: number) => {
        const modality = standard.modalities.find((m) => m.code === modalityCode)!;
        const key = `ES-${employer.key}-${code}-${n}`;
        services.push({
          key,
          idempotencyKey: key,
          employerKey: employer.key,
          providerKey: provider.key,
          serviceCode: code,
          modality: modality.code,
          deliveredOn,
          ...drawDuration(random, modality),
          outputs,
          redundantWorkers: workers,
        });
      };
      if (code !== '4E') {
        add(random.pick(standard.modalities).code, [], 1);
      } else if (random.chance(0.25)) {
        const size = random.int(3, 6);
        add(
          'GROUP_INTERVIEW',
          Array.from({ length: size }, (_, i) => `ESUBERO-G${i + 1}`),
          1,
        );
      } else {
        const workers = random.int(1, 3);
        for (let n = 1; n <= workers; n++) add('INDIVIDUAL_INTERVIEW', [`ESUBERO-${n}`], n);
      }
    }
  }
  return services;
}

const reportEmployerService =
  'mutation ReportEmployerServiceDelivery($input: ReportEmployerServiceDeliveryInput!) { reportEmployerServiceDelivery(input: $input) { id } }';

/** reportEmployerServiceDelivery's input for a demo service (also a row of reportEmployerServiceDeliveries). */
export const employerServiceInput = (s: DemoEmployerService, employerId: string) => {
  const { key: _key, employerKey: _employer, providerKey: _provider, ...input } = s;
  return { ...input, employerId };
};

/** Each provider reports its services to employers through the gateway, as itself. */
export async function loadEmployerServices(
  services: readonly DemoEmployerService[],
  context: {
    request: GatewayRequest;
    concurrency: number;
    providerToken: (providerKey: string) => Promise<string>;
    employerId: (employerKey: string) => string;
    /** Told each report's server id. */
    reported: (key: string, id: string) => void;
  },
): Promise<void> {
  await runPool(services, context.concurrency, async (s) => {
    const data = await context.request<{ reportEmployerServiceDelivery: { id: string } }>(
      await context.providerToken(s.providerKey),
      'reportEmployerServiceDelivery',
      s.key,
      reportEmployerService,
      { input: employerServiceInput(s, context.employerId(s.employerKey)) },
    );
    context.reported(s.key, data.reportEmployerServiceDelivery.id);
  });
}
