import { demoCallers } from './callers.ts';
import { DemoLoadError, gatewayClient } from './gateway-client.ts';
import { withdrawEmployerService } from './employer-service-withdrawals.ts';
import { employerServiceInput, loadEmployerServices } from './employer-services.ts';
import { groupBy } from '@reg/subgraph-kit/loaders';
import { loadInternship } from './internships.ts';
import {
  importEmployersInBatches,
  importPeopleInBatches,
  importServicePactsInBatches,
  importVacanciesInBatches,
  importWorkforceReportsInBatches,
  recordPlacementsInBatches,
  reportDeliveriesInBatches,
  reportEmployerServicesInBatches,
  requireAccepted,
  withRetries,
} from './bulk-client.ts';
import { operations } from './operations.ts';
import { loadServicePacts, PACTS_PER_REQUEST, servicePactImportRow } from './pacts.ts';
import { runPool } from './promise-pool.ts';
import {
  loadNominativeReferral,
  loadReferrals,
  nominativeCandidates,
  referralEmployer,
  reservedVacancyOf,
} from './referrals.ts';
import { loadWorkforceReport, workforceReportInput } from './workforce-reports.ts';
import type {
  DemoDelivery,
  DemoEnrolment,
  DemoPerson,
  DemoProvider,
  DemoTakeInCharge,
  RegionDataset,
} from './types.ts';

export interface LoadRegionOptions {
  gatewayUrl: string;
  /** Progress lines (one per phase); silent when absent. Errors are always printed to stderr. */
  log?: (line: string) => void;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Where the token settings come from (AUTH_JWT_SECRET, AUTH_ISSUER, AUTH_AUDIENCE); process.env by default. */
  env?: NodeJS.ProcessEnv;
  /**
   * 'bulk' (default): employers and vacancies through importEmployers and importVacancies, people with their
   * enrolments, take-in-charges and matching profiles through importPeople, deliveries through
   * reportServiceDeliveries, services to employers through reportEmployerServiceDeliveries, in batches inside the
   * limits (README "Bulk loading"); 'single': one public mutation per
   * step, as a desk would make them (the slow path the bulk one is measured against).
   */
  mode?: 'bulk' | 'single';
}

export type KeyToId = Record<string, string>;

export interface LoadSummary {
  counts: {
    providers: number;
    people: number;
    enrolments: number;
    enrolmentDecisions: number;
    takeInCharges: number;
    employers: number;
    vacancies: number;
    deliveries: number;
    placements: number;
  };
  /** The CPI provider id of each province (sigla -> id). */
  cpiByProvince: Record<string, string>;
  /** An accredited body: the one that has the sample person in charge when it is one, else one in Milano. */
  accreditedProviderId: string | null;
  /** A person with deliveries and a placement, resident in Milano when possible (a CPI MI token can read them). */
  samplePersonId: string | null;
  samplePerson: {
    key: string;
    id: string;
    province: string;
    providerId: string;
    providerKind: DemoProvider['kind'];
  } | null;
  /** An employer with a placement. */
  sampleEmployerId: string | null;
  /** Server ids by demo key, per kind of entity. */
  ids: {
    providers: KeyToId;
    people: KeyToId;
    enrolments: KeyToId;
    takeInCharges: KeyToId;
    employers: KeyToId;
    vacancies: KeyToId;
    deliveries: KeyToId;
    placements: KeyToId;
    employerServices: KeyToId;
    internships: KeyToId;
  };
  elapsedMs: number;
}

const need = (map: KeyToId, key: string, what: string): string => {
  const id = map[key];
  if (id === undefined) throw new Error(`demo load: ${what} ${key} has no id (was it loaded?)`);
  return id;
};

/** What registerPerson (and importPeople's person) is sent for a demo person. */
const personInput = (p: DemoPerson) => ({
  fiscalCode: p.fiscalCode,
  givenName: p.givenName,
  familyName: p.familyName,
  birthDate: p.birthDate,
  sex: p.sex,
  residenceProvince: p.residenceProvince,
  residenceMunicipality: p.residenceMunicipality,
  email: p.email,
  phone: p.phone,
});

/** The DID the application rests on (L. 68/1999 art. 8 c.1 reads the unemployment status on the day of it). */
const declarationInput = (enrolment: DemoEnrolment) => ({
  declaredOn: enrolment.unemploymentDeclaredOn,
  reference: `DID-${enrolment.key}`,
});

/** The application as submitEnrolment (and importPeople's enrolment) is sent it: the assessment and its form. */
const enrolmentInput = (enrolment: DemoEnrolment) => ({
  list: enrolment.list,
  submittedOn: enrolment.submittedOn,
  category: enrolment.category,
  invalidityPercent: enrolment.invalidityPercent,
  pensionCategory: enrolment.pensionCategory,
  documents: [{ kind: 'APPLICATION_FORM', reference: `DEMO-${enrolment.key}`, presentedOn: enrolment.submittedOn }],
});

const deliveryInput = (d: DemoDelivery, personId: string) => ({
  idempotencyKey: d.idempotencyKey,
  personId,
  serviceCode: d.serviceCode,
  deliveredOn: d.deliveredOn,
  minutes: d.minutes,
  sessions: d.sessions,
  modality: d.modality,
  outputs: d.outputs,
  operator: d.operator,
});

/**
 * Writes a generated region through the gateway with the public mutations, acting each time as the caller the
 * access rules expect, so the demo exercises the same checks as real use. Phases in dependency order (providers,
 * employers and vacancies, each person's story from registration to deliveries, placements; in bulk mode the
 * independent ones side by side), at most `concurrency` requests in flight per phase; the first GraphQL error is
 * printed and stops the load.
 */
export async function loadRegion(dataset: RegionDataset, options: LoadRegionOptions): Promise<LoadSummary> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const concurrency = options.concurrency ?? 8;
  const mode = options.mode ?? 'bulk';
  const request = gatewayClient(options.gatewayUrl);
  const callers = demoCallers(options.env);
  const ids: LoadSummary['ids'] = {
    providers: {},
    people: {},
    enrolments: {},
    takeInCharges: {},
    employers: {},
    vacancies: {},
    deliveries: {},
    placements: {},
    employerServices: {},
    internships: {},
  };
  let enrolmentDecisions = 0;

  const providers = new Map(dataset.providers.map((p) => [p.key, p]));
  const people = new Map(dataset.people.map((p) => [p.key, p]));
  const cpiOf = new Map(dataset.providers.filter((p) => p.kind === 'CPI').map((p) => [p.province, p]));
  const cpiCaller = (province: string) => {
    const cpi = cpiOf.get(province);
    if (!cpi) throw new Error(`demo load: no CPI in the dataset for province ${province}`);
    return callers.cpi(province, need(ids.providers, cpi.key, 'provider'));
  };

  // Phases overlap in bulk mode: when each one ended shows which of them the total waited for.
  const endedAt = () => `, ended ${((performance.now() - started) / 1000).toFixed(1)} s into the load`;
  const phase = async <T>(name: string, items: readonly T[], task: (item: T) => Promise<void>) => {
    const t = performance.now();
    await runPool(items, concurrency, task);
    log(`demo load: ${name}: ${items.length} in ${Math.round(performance.now() - t)} ms${endedAt()}`);
  };
  const timed = async (name: string, task: () => Promise<void>) => {
    const t = performance.now();
    await task();
    log(`demo load: ${name} in ${Math.round(performance.now() - t)} ms${endedAt()}`);
  };

  try {
    await phase('providers', dataset.providers, async (p) => {
      const input = {
        name: p.name,
        kind: p.kind,
        province: p.province,
        municipality: p.municipality,
        serviceCodes: p.serviceCodes,
        accreditedFrom: p.accreditedFrom,
      };
      const data = await request<{ registerProvider: { id: string } }>(
        await callers.region(),
        'registerProvider',
        p.key,
        operations.registerProvider,
        { input },
      );
      ids.providers[p.key] = data.registerProvider.id;
    });

    const vacanciesOf = groupBy(dataset.vacancies, (v) => v.employerKey);
    const vacancyInput = (v: RegionDataset['vacancies'][number], employerId: string, siteId: string) => ({
      employerId,
      title: v.title,
      occupationCode: v.occupationCode,
      occupationCodeSystem: v.occupationCodeSystem,
      province: v.province,
      positions: v.positions,
      reservedFor: v.reservedFor,
      openedOn: v.openedOn,
      jobProfile: {
        tasks: v.jobProfile.tasks,
        adjustmentsAvailable: v.jobProfile.adjustmentsAvailable,
        weeklyHours: v.jobProfile.weeklyHours,
        shifts: v.jobProfile.shifts,
        contract: v.jobProfile.contract,
        siteId,
      },
    });
    const employerInput = (e: RegionDataset['employers'][number]) => ({
      name: e.name,
      fiscalCode: e.fiscalCode,
      kind: e.kind,
      atecoCode: e.atecoCode,
      province: e.province,
      sites: e.sites,
    });
    const loadEmployersSingly = () =>
      phase('employers and vacancies', dataset.employers, async (e) => {
        // A CPI desk registers the employers of its province (employers subgraph: registrars are CPI and Region).
        const token = await cpiCaller(e.province);
        const input = employerInput(e);
        const data = await request<{ registerEmployer: { id: string; sites: Array<{ id: string; name: string }> } }>(
          token,
          'registerEmployer',
          e.key,
          operations.registerEmployer,
          { input },
        );
        const employerId = data.registerEmployer.id;
        const siteId = new Map(data.registerEmployer.sites.map((s) => [s.name, s.id]));
        ids.employers[e.key] = employerId;
        for (const v of vacanciesOf.get(e.key) ?? []) {
          const vacancy = vacancyInput(v, employerId, need(Object.fromEntries(siteId), v.jobProfile.siteName, 'site'));
          // The CPI of the vacancy's province manages it (the employer may have sites in other provinces).
          const opened = await request<{ openVacancy: { id: string } }>(
            await cpiCaller(v.province),
            'openVacancy',
            v.key,
            operations.openVacancy,
            { input: vacancy },
          );
          ids.vacancies[v.key] = opened.openVacancy.id;
        }
      });

    /**
     * The bulk path: each province's CPI imports the employers registered in its province (importEmployers, 200 a
     * call), then each province's CPI the vacancies of its province (importVacancies), the sites known by the answers.
     */
    const loadEmployersInBulk = async () => {
      const siteIds = new Map<string, Map<string, string>>();
      await timed(`employers (importEmployers): ${dataset.employers.length}`, () =>
        runPool(
          [...groupBy(dataset.employers, (e) => e.province)],
          Math.min(concurrency, 4),
          async ([province, list]) => {
            const results = await importEmployersInBatches(
              request,
              await cpiCaller(province),
              list.map(employerInput),
              {
                label: province,
              },
            );
            requireAccepted(
              'importEmployers',
              list.map((e) => e.key),
              results,
            );
            results.forEach((r, i) => {
              ids.employers[list[i]!.key] = r.employerId!;
              siteIds.set(list[i]!.key, new Map(r.sites.map((site) => [site.name, site.id])));
            });
          },
        ),
      );
      await timed(`vacancies (importVacancies): ${dataset.vacancies.length}`, () =>
        runPool(
          [...groupBy(dataset.vacancies, (v) => v.province)],
          Math.min(concurrency, 4),
          async ([province, list]) => {
            const rows = list.map((v) =>
              vacancyInput(
                v,
                need(ids.employers, v.employerKey, 'employer'),
                need(Object.fromEntries(siteIds.get(v.employerKey) ?? []), v.jobProfile.siteName, 'site'),
              ),
            );
            const results = await importVacanciesInBatches(request, await cpiCaller(province), rows, {
              label: province,
            });
            requireAccepted(
              'importVacancies',
              list.map((v) => v.key),
              results,
            );
            results.forEach((r, i) => {
              ids.vacancies[list[i]!.key] = r.vacancyId!;
            });
          },
        ),
      );
    };

    const matchingProfileOf = new Map(dataset.matchingProfiles.map((m) => [m.personKey, m]));
    /** The functional profile and professional record matching reads, as importPeople's row carries them. */
    const matchingProfileInput = (p: DemoPerson) => {
      const matching = matchingProfileOf.get(p.key);
      if (!matching) return {};
      const experiences = matching.occupationCode
        ? [
            {
              employer: 'Esperienza precedente',
              occupationCode: matching.occupationCode,
              occupationCodeSystem: 'ISTAT_CP2011',
              from: matching.occupationFrom,
              to: matching.occupationTo,
            },
          ]
        : [];
      return {
        functionalProfile: {
          residualCapacities: [],
          tasksToAvoid: matching.tasksToAvoid,
          compatibleTasks: [],
          workplaceAdjustments: matching.workplaceAdjustments,
        },
        professionalRecord: {
          experiences,
          availability: {
            weeklyHours: matching.weeklyHours,
            maxDistanceKm: matching.maxDistanceKm,
            shifts: matching.shifts,
          },
        },
      };
    };
    /** The same through the single mutations (recordFunctionalProfile, saveProfessionalRecord). */
    const recordMatchingProfile = async (p: DemoPerson, personId: string, cpi: string) => {
      const { functionalProfile, professionalRecord } = matchingProfileInput(p);
      if (!functionalProfile || !professionalRecord) return;
      await request(cpi, 'recordFunctionalProfile', p.key, operations.recordFunctionalProfile, {
        input: { personId, ...functionalProfile },
      });
      await request(cpi, 'saveProfessionalRecord', p.key, operations.saveProfessionalRecord, {
        input: { personId, ...professionalRecord },
      });
    };

    /**
     * The bulk path: each province's CPI imports its people's files (person, enrolment with its decisions,
     * take-in-charges, matching profile) 100 a call; then (reportDeliveriesInBulk) each provider reports its
     * deliveries 200 a call, oldest first, two providers at a time. Any rejected row stops the load, as a refused
     * single mutation does.
     */
    const loadPeopleInBulk = async () => {
      const enrolmentOf = new Map(dataset.enrolments.map((e) => [e.personKey, e]));
      const takeInChargesOf = groupBy(dataset.takeInCharges, (t) => t.personKey);
      const byProvince = [...groupBy(dataset.people, (p) => p.residenceProvince)];
      await timed(
        `people, enrolments, take-in-charges and matching profiles (importPeople): ${dataset.people.length}`,
        () =>
          runPool(byProvince, Math.min(concurrency, 4), async ([province, list]) => {
            const token = await cpiCaller(province);
            const rows = list.map((p) => personFile(p, enrolmentOf.get(p.key), takeInChargesOf.get(p.key) ?? []));
            // 100 files a call, not the 200 a call takes: a call is never re-sent (its rows would answer
            // PERSON_ALREADY_REGISTERED without their ids), so it must stay inside the gateway's 10-second
            // time-out on a busy machine too, while the employers load beside it.
            const results = await importPeopleInBatches(request, token, rows, { label: province, batchSize: 100 });
            requireAccepted(
              'importPeople',
              list.map((p) => p.key),
              results,
            );
            results.forEach((r, i) => {
              const p = list[i]!;
              ids.people[p.key] = r.personId!;
              const enrolment = enrolmentOf.get(p.key);
              if (enrolment && r.enrolmentId) {
                ids.enrolments[enrolment.key] = r.enrolmentId;
                enrolmentDecisions += enrolment.transitions.length;
              }
              (takeInChargesOf.get(p.key) ?? []).forEach((t, j) => {
                ids.takeInCharges[t.key] = r.takeInChargeIds[j]!;
              });
            });
          }),
      );
    };
    const reportDeliveriesInBulk = async () => {
      const byProvider = [...groupBy(dataset.deliveries, (d) => d.providerKey)];
      await timed(`deliveries (reportServiceDeliveries): ${dataset.deliveries.length}`, () =>
        // A provider's batches one after the other (its paths' running totals go in date order), providers side by side.
        runPool(byProvider, Math.min(concurrency, 2), async ([providerKey, list]) => {
          const provider = providers.get(providerKey);
          if (!provider) throw new Error(`demo load: deliveries name unknown provider ${providerKey}`);
          const token = await callers.provider(provider, need(ids.providers, provider.key, 'provider'));
          const sorted = [...list].sort((a, b) => a.deliveredOn.localeCompare(b.deliveredOn));
          const rows = sorted.map((d) => deliveryInput(d, need(ids.people, d.personKey, 'person')));
          const results = await reportDeliveriesInBatches(request, token, rows, { label: providerKey });
          requireAccepted(
            'reportServiceDeliveries',
            sorted.map((d) => d.key),
            results,
          );
          results.forEach((r, i) => {
            ids.deliveries[sorted[i]!.key] = r.deliveryId!;
          });
        }),
      );
    };
    const personFile = (p: DemoPerson, enrolment: DemoEnrolment | undefined, tics: readonly DemoTakeInCharge[]) => ({
      ...matchingProfileInput(p),
      person: personInput(p),
      unemploymentDeclaration: enrolment ? declarationInput(enrolment) : null,
      enrolment: enrolment
        ? {
            ...enrolmentInput(enrolment),
            decisions: enrolment.transitions.map((t) => ({ to: t.to, on: t.on, reason: t.reason })),
          }
        : null,
      takeInCharges: tics.map((t) => ({
        providerId: need(ids.providers, t.providerKey, 'provider'),
        programme: t.programme,
        startedOn: t.startedOn,
      })),
    });

    const placementInput = (pl: RegionDataset['placements'][number]) => ({
      idempotencyKey: pl.idempotencyKey,
      personId: need(ids.people, pl.personKey, 'person'),
      employerId: need(ids.employers, pl.employerKey, 'employer'),
      vacancyId: pl.vacancyKey === null ? null : need(ids.vacancies, pl.vacancyKey, 'vacancy'),
      contract: pl.contract,
      termMonths: pl.termMonths,
      weeklyHours: pl.weeklyHours,
      fullTimeWeeklyHours: pl.fullTimeWeeklyHours,
      startedOn: pl.startedOn,
      countsTowardQuota: pl.countsTowardQuota,
    });
    const personProvince = (personKey: string, what: string) => {
      const person = people.get(personKey);
      if (!person) throw new Error(`demo load: ${what} names unknown person ${personKey}`);
      return person.residenceProvince;
    };
    const employerOf = new Map(dataset.employers.map((e) => [e.key, e]));
    /** Recorded by the person's CPI: a quota hire of an employer of another province waits for that province's CPI. */
    const confirmQuota = async (pl: RegionDataset['placements'][number], placementId: string) => {
      const employer = employerOf.get(pl.employerKey);
      if (!employer) throw new Error(`demo load: placement ${pl.key} names unknown employer ${pl.employerKey}`);
      await request(
        await cpiCaller(employer.province),
        'confirmQuotaPlacement',
        pl.key,
        operations.confirmQuotaPlacement,
        { id: placementId },
      );
    };
    const loadPlacements = () =>
      phase('placements', dataset.placements, async (pl) => {
        const token = await cpiCaller(personProvince(pl.personKey, `placement ${pl.key}`));
        // Sent again if the graph could not answer (placements load beside the deliveries): the key makes it harmless.
        const data = await withRetries(() =>
          request<{ recordPlacement: { id: string; quotaStatus: string | null } }>(
            token,
            'recordPlacement',
            pl.key,
            operations.recordPlacement,
            { input: placementInput(pl) },
          ),
        );
        ids.placements[pl.key] = data.recordPlacement.id;
        if (data.recordPlacement.quotaStatus === 'PENDING') await confirmQuota(pl, data.recordPlacement.id);
      });
    /** The bulk path: each province's CPI records its people's placements (recordPlacements, 100 a call). */
    const loadPlacementsInBulk = () =>
      timed(`placements (recordPlacements): ${dataset.placements.length}`, async () => {
        const pending: Array<{ pl: RegionDataset['placements'][number]; id: string }> = [];
        await runPool(
          [...groupBy(dataset.placements, (pl) => personProvince(pl.personKey, `placement ${pl.key}`))],
          Math.min(concurrency, 4),
          async ([province, list]) => {
            const results = await recordPlacementsInBatches(
              request,
              await cpiCaller(province),
              list.map(placementInput),
              {
                label: province,
                batchSize: 100,
              },
            );
            requireAccepted(
              'recordPlacements',
              list.map((pl) => pl.key),
              results,
            );
            results.forEach((r, i) => {
              ids.placements[list[i]!.key] = r.placementId!;
              if (r.quotaStatus === 'PENDING') pending.push({ pl: list[i]!, id: r.placementId! });
            });
          },
        );
        await runPool(pending, concurrency, ({ pl, id }) => confirmQuota(pl, id));
      });

    // Profiling, pact and PAI by the CPI of the person's province, once the people are in (pacts.ts), a few a request.
    const loadPacts = () => {
      const provinceOf = (pact: RegionDataset['servicePacts'][number]) => {
        const person = people.get(pact.personKey);
        if (!person) throw new Error(`demo load: pact ${pact.key} names unknown person ${pact.personKey}`);
        return person.residenceProvince;
      };
      const chunks = [...groupBy(dataset.servicePacts, provinceOf)].flatMap(([province, list]) =>
        Array.from({ length: Math.ceil(list.length / PACTS_PER_REQUEST) }, (_, i) => ({
          province,
          pacts: list.slice(i * PACTS_PER_REQUEST, (i + 1) * PACTS_PER_REQUEST),
        })),
      );
      return timed(`profiling, signed pacts and PAIs: ${dataset.servicePacts.length}`, () =>
        runPool(chunks, concurrency, async ({ province, pacts }) =>
          loadServicePacts(request, await cpiCaller(province), pacts, (pact) => ({
            personId: need(ids.people, pact.personKey, 'person'),
            providerId: need(ids.providers, pact.providerKey, 'provider'),
          })),
        ),
      );
    };

    /** The bulk path: each province's CPI records its people's pacts (importServicePacts, 100 a call). */
    const loadPactsInBulk = () =>
      timed(`profiling, signed pacts and PAIs (importServicePacts): ${dataset.servicePacts.length}`, () =>
        runPool(
          [...groupBy(dataset.servicePacts, (pact) => personProvince(pact.personKey, `pact ${pact.key}`))],
          Math.min(concurrency, 4),
          async ([province, list]) => {
            const rows = list.map((pact) =>
              servicePactImportRow(pact, {
                personId: need(ids.people, pact.personKey, 'person'),
                providerId: need(ids.providers, pact.providerKey, 'provider'),
              }),
            );
            const results = await importServicePactsInBatches(request, await cpiCaller(province), rows, {
              label: province,
              batchSize: 100,
            });
            requireAccepted(
              'importServicePacts',
              list.map((pact) => pact.key),
              results,
            );
          },
        ),
      );

    // The year's reports once the employers are in: they make the obligations the referral below acts on.
    const loadWorkforceReports = () =>
      phase('workforce reports', dataset.workforceReports, async (r) =>
        loadWorkforceReport(
          request,
          await cpiCaller(employerOf.get(r.employerKey)!.province),
          r,
          need(ids.employers, r.employerKey, 'employer'),
        ),
      );
    /** The bulk path: each province's CPI imports the reports of the employers registered there. */
    const loadWorkforceReportsInBulk = () =>
      timed(`workforce reports (importWorkforceReports): ${dataset.workforceReports.length}`, () =>
        runPool(
          [...groupBy(dataset.workforceReports, (r) => employerOf.get(r.employerKey)!.province)],
          Math.min(concurrency, 4),
          async ([province, list]) => {
            const rows = list.map((r) => workforceReportInput(r, need(ids.employers, r.employerKey, 'employer')));
            const results = await importWorkforceReportsInBatches(request, await cpiCaller(province), rows, {
              label: province,
            });
            requireAccepted(
              'importWorkforceReports',
              list.map((r) => r.key),
              results,
            );
          },
        ),
      );
    const loadEmployerServicesPhase = () =>
      timed(`employer services (${dataset.employerServices.length})`, () =>
        loadEmployerServices(dataset.employerServices, {
          request,
          concurrency,
          providerToken: (key) => callers.provider(providers.get(key)!, need(ids.providers, key, 'provider')),
          employerId: (key) => need(ids.employers, key, 'employer'),
          reported: (key, id) => {
            ids.employerServices[key] = id;
          },
        }),
      );

    /** The bulk path: each provider reports its services to employers (reportEmployerServiceDeliveries), oldest first. */
    const loadEmployerServicesInBulk = () =>
      timed(`employer services (reportEmployerServiceDeliveries): ${dataset.employerServices.length}`, () =>
        runPool(
          [...groupBy(dataset.employerServices, (s) => s.providerKey)],
          Math.min(concurrency, 4),
          async ([providerKey, list]) => {
            const provider = providers.get(providerKey);
            if (!provider) throw new Error(`demo load: services to employers name unknown provider ${providerKey}`);
            const token = await callers.provider(provider, need(ids.providers, providerKey, 'provider'));
            const sorted = [...list].sort((a, b) => a.deliveredOn.localeCompare(b.deliveredOn));
            const rows = sorted.map((s) => employerServiceInput(s, need(ids.employers, s.employerKey, 'employer')));
            const results = await reportEmployerServicesInBatches(request, token, rows, { label: providerKey });
            requireAccepted(
              'reportEmployerServiceDeliveries',
              sorted.map((s) => s.key),
              results,
            );
            sorted.forEach((s, i) => {
              ids.employerServices[s.key] = results[i]!.deliveryId!;
            });
          },
        ),
      );
    /** A few reports withdrawn as made in error, by the reporter or by the CPI of the employer's province. */
    const serviceOf = new Map(dataset.employerServices.map((s) => [s.key, s]));
    const withdrawEmployerServices = () =>
      phase('withdrawn services to employers', dataset.employerServiceWithdrawals, async (w) => {
        const s = serviceOf.get(w.serviceKey);
        if (!s) throw new Error(`demo load: withdrawal names unknown service to an employer ${w.serviceKey}`);
        const token =
          w.by === 'REPORTER'
            ? await callers.provider(providers.get(s.providerKey)!, need(ids.providers, s.providerKey, 'provider'))
            : await cpiCaller(employerOf.get(s.employerKey)!.province);
        await withdrawEmployerService(request, token, w, need(ids.employerServices, s.key, 'service to an employer'));
      });

    // Promoted by the provider whose 2Cc/3Bc deliveries are their tutoring (internships.ts).
    const loadInternships = () =>
      phase('internships', dataset.internships, async (internship) => {
        const provider = providers.get(internship.providerKey);
        if (!provider) throw new Error(`demo load: internship ${internship.key} names unknown provider`);
        const token = await callers.provider(provider, need(ids.providers, provider.key, 'provider'));
        ids.internships[internship.key] = await loadInternship(request, token, internship, {
          personId: need(ids.people, internship.personKey, 'person'),
          hostEmployerId: need(ids.employers, internship.hostEmployerKey, 'employer'),
        });
      });

    const referred = referralEmployer(dataset.employers, dataset.workforceReports);
    const loadReferralsPhase = async () => {
      if (!referred) return;
      await timed('referrals', async () => {
        const cpi = await cpiCaller(referred.province);
        const employerId = need(ids.employers, referred.key, 'employer');
        const numeric = new Set(await loadReferrals(request, cpi, referred, employerId, dataset.today));
        const nominee = nominativeCandidates(referred, dataset).find(
          (p) => !numeric.has(need(ids.people, p.key, 'person')),
        );
        if (!nominee) return;
        const vacancy = reservedVacancyOf(referred, dataset.vacancies);
        await loadNominativeReferral(
          request,
          { cpi, employer: await callers.employer(employerId) },
          referred,
          {
            employerId,
            personId: need(ids.people, nominee.key, 'person'),
            fiscalCode: nominee.fiscalCode,
            vacancyId: vacancy ? need(ids.vacancies, vacancy.key, 'vacancy') : null,
          },
          dataset.today,
        );
      });
    };

    if (mode === 'single') {
      await loadEmployersSingly();
      const enrolmentOf = new Map(dataset.enrolments.map((e) => [e.personKey, e]));
      const takeInChargesOf = groupBy(dataset.takeInCharges, (t) => t.personKey);
      const deliveriesOf = groupBy(dataset.deliveries, (d) => d.personKey);
      await phase('people with their enrolments, take-in-charges and deliveries', dataset.people, async (p) => {
        // Each person's story in order: the next step needs the ids of the previous ones.
        const cpi = await cpiCaller(p.residenceProvince);
        const input = personInput(p);
        const personId = (
          await request<{ registerPerson: { id: string } }>(cpi, 'registerPerson', p.key, operations.registerPerson, {
            input,
          })
        ).registerPerson.id;
        ids.people[p.key] = personId;

        const enrolment = enrolmentOf.get(p.key);
        if (enrolment) {
          await request(cpi, 'declareUnemployment', enrolment.key, operations.declareUnemployment, {
            input: { personId, ...declarationInput(enrolment) },
          });
          const submitted = await request<{ submitEnrolment: { id: string } }>(
            cpi,
            'submitEnrolment',
            enrolment.key,
            operations.submitEnrolment,
            {
              input: { personId, ...enrolmentInput(enrolment) },
            },
          );
          const enrolmentId = submitted.submitEnrolment.id;
          ids.enrolments[enrolment.key] = enrolmentId;
          for (const t of enrolment.transitions) {
            await request(cpi, 'changeEnrolmentStatus', enrolment.key, operations.changeEnrolmentStatus, {
              input: { enrolmentId, to: t.to, on: t.on, reason: t.reason },
            });
            enrolmentDecisions++;
          }
        }

        await recordMatchingProfile(p, personId, cpi);

        for (const t of takeInChargesOf.get(p.key) ?? []) {
          const input = {
            personId,
            providerId: need(ids.providers, t.providerKey, 'provider'),
            programme: t.programme,
            startedOn: t.startedOn,
          };
          const data = await request<{ takeInCharge: { id: string } }>(
            cpi,
            'takeInCharge',
            t.key,
            operations.takeInCharge,
            { input },
          );
          ids.takeInCharges[t.key] = data.takeInCharge.id;
        }

        const deliveries = [...(deliveriesOf.get(p.key) ?? [])].sort((a, b) =>
          a.deliveredOn.localeCompare(b.deliveredOn),
        );
        for (const d of deliveries) {
          const provider = providers.get(d.providerKey);
          if (!provider) throw new Error(`demo load: delivery ${d.key} names unknown provider ${d.providerKey}`);
          const token = await callers.provider(provider, need(ids.providers, provider.key, 'provider'));
          const input = deliveryInput(d, personId);
          const data = await request<{ reportServiceDelivery: { id: string } }>(
            token,
            'reportServiceDelivery',
            d.key,
            operations.reportServiceDelivery,
            { input },
          );
          ids.deliveries[d.key] = data.reportServiceDelivery.id;
        }
      });
      await loadPlacements();
      await loadPacts();
      await loadWorkforceReports();
      await loadEmployerServicesPhase();
      await withdrawEmployerServices();
      await loadInternships();
      await loadReferralsPhase();
    } else {
      // Each phase starts as soon as what it needs is in: employers and people do not depend on each other,
      // deliveries and pacts need the people, placements the people, employers and vacancies (not the deliveries),
      // the workforce reports and the services to employers only the employers. The internships and the referrals
      // read what the people's files, pacts and placements leave (enrolments, certifications, who is placed), the
      // referrals also the workforce reports; neither reads nor is read by the deliveries or the services to
      // employers, so they run beside those (the longest phase) instead of after them, on the same facts as before.
      const employersIn = loadEmployersInBulk();
      const peopleIn = loadPeopleInBulk();
      const reportsIn = employersIn.then(loadWorkforceReportsInBulk);
      const storiesIn = Promise.all([
        peopleIn.then(loadPactsInBulk),
        Promise.all([employersIn, peopleIn]).then(loadPlacementsInBulk),
      ]);
      await Promise.all([
        reportsIn.then(loadEmployerServicesInBulk).then(withdrawEmployerServices),
        peopleIn.then(reportDeliveriesInBulk),
        storiesIn.then(loadInternships),
        Promise.all([storiesIn, reportsIn]).then(loadReferralsPhase),
      ]);
    }
  } catch (error) {
    // Loud on purpose: the start script and the tests must show what the graph refused, with the demo key to find it.
    if (error instanceof DemoLoadError) {
      console.error(
        `demo load stopped: ${error.message}\n${JSON.stringify({ operation: error.operation, key: error.entityKey, status: error.status, errors: error.errors }, null, 2)}`,
      );
    } else {
      console.error('demo load stopped:', error);
    }
    throw error;
  }

  const sample = pickSample(dataset);
  const samplePersonId = sample ? need(ids.people, sample.personKey, 'person') : null;
  const sampleProvider = sample ? providers.get(sample.providerKey) : undefined;
  const accredited =
    (sampleProvider?.kind === 'ACCREDITED' ? sampleProvider : undefined) ??
    dataset.providers.find((p) => p.kind === 'ACCREDITED' && p.province === 'MI') ??
    dataset.providers.find((p) => p.kind === 'ACCREDITED');
  return {
    counts: {
      providers: dataset.providers.length,
      people: dataset.people.length,
      enrolments: dataset.enrolments.length,
      enrolmentDecisions,
      takeInCharges: dataset.takeInCharges.length,
      employers: dataset.employers.length,
      vacancies: dataset.vacancies.length,
      deliveries: dataset.deliveries.length,
      placements: dataset.placements.length,
    },
    cpiByProvince: Object.fromEntries(
      [...cpiOf.values()].map((p) => [p.province, need(ids.providers, p.key, 'provider')]),
    ),
    accreditedProviderId: accredited ? need(ids.providers, accredited.key, 'provider') : null,
    samplePersonId,
    samplePerson:
      sample && samplePersonId && sampleProvider
        ? {
            key: sample.personKey,
            id: samplePersonId,
            province: sample.province,
            providerId: need(ids.providers, sampleProvider.key, 'provider'),
            providerKind: sampleProvider.kind,
          }
        : null,
    sampleEmployerId: sample ? need(ids.employers, sample.employerKey, 'employer') : null,
    ids,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/**
 * The person the README and the end-to-end tests show: placed, with the most deliveries, in Milano if anyone
 * there qualifies, taken in charge by an accredited body if possible (so both a CPI and a body can read them).
 */
function pickSample(dataset: RegionDataset) {
  const deliveriesOf = groupBy(dataset.deliveries, (d) => d.personKey);
  const people = new Map(dataset.people.map((p) => [p.key, p]));
  const providers = new Map(dataset.providers.map((p) => [p.key, p]));
  const candidates = dataset.placements.flatMap((placement) => {
    const deliveries = deliveriesOf.get(placement.personKey) ?? [];
    const person = people.get(placement.personKey);
    const providerKey = deliveries[0]?.providerKey;
    if (!person || !providerKey || deliveries.length === 0) return [];
    const score =
      (person.residenceProvince === 'MI' ? 1000 : 0) +
      (providers.get(providerKey)?.kind === 'ACCREDITED' ? 100 : 0) +
      deliveries.length;
    return [
      {
        personKey: person.key,
        province: person.residenceProvince,
        providerKey,
        employerKey: placement.employerKey,
        score,
      },
    ];
  });
  return candidates.sort((a, b) => b.score - a.score || a.personKey.localeCompare(b.personKey))[0] ?? null;
}

/** Whether the graph already holds a region (any CPI registered): the start script loads the demo only into an empty one. */
export async function isRegionLoaded(gatewayUrl: string, options: { env?: NodeJS.ProcessEnv } = {}): Promise<boolean> {
  const request = gatewayClient(gatewayUrl);
  const data = await request<{ providers: { id: string }[] }>(
    await demoCallers(options.env).region(),
    'providers',
    'CPI',
    operations.cpiProviders,
  );
  return data.providers.length > 0;
}
