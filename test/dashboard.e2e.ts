import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { ensureDashboardBuilt } from '../scripts/dashboard-build.ts';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { declareUnemployment } from './support/fixtures.ts';
import { artefactPath, controlsNotReachedByKeyboard, launchChromium, wcagViolations } from './support/browser.ts';

/*
 * The monitoring dashboard in headless Chromium, served by the gateway at /dashboard/, signed in through the
 * development sign-in as each demo identity. A small region (2025): CPI Milano (MI) serves 7 people and CPI
 * Torino (TO) 3, so the Region's Turin cells (3 people) are suppressed; an accredited body of Milan serves 2 of
 * the Milanese; a Milanese employer of 60 has 4 uncovered positions. Every figure on screen is compared with the
 * graph's own answer to the same query, asked with the same token.
 */

let database: TestDatabase;
let graph: RunningGraph;
let browser: Browser;
let origin: string;

async function must(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await gql(graph.gatewayUrl, token, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function seedRegion() {
  const region = await callers.region();
  const provider = async (name: string, kind: string, province: string, municipality: string) =>
    (
      await must(region, 'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }', {
        input: { name, kind, province, municipality, serviceCodes: ['1A'], accreditedFrom: '2020-01-01' },
      })
    )['registerProvider'].id as string;
  const cpiMI = await provider('CPI Milano', 'CPI', 'MI', 'F205');
  const cpiTO = await provider('CPI Torino', 'CPI', 'TO', 'L219');
  const body = await provider('Ente Lavoro Insieme', 'ACCREDITED', 'MI', 'F205');
  const tokens = {
    cpiMI: await callers.cpi('MI', cpiMI),
    cpiTO: await callers.cpi('TO', cpiTO),
    body: await callers.accredited(body),
  };
  const names = ['Anna', 'Bruno', 'Carla', 'Dario', 'Elena', 'Fabio', 'Giulia', 'Luca', 'Marco', 'Nadia'];
  let key = 0;
  const people: string[] = [];
  for (let i = 0; i < 10; i++) {
    const [cpi, province, municipality] = i < 7 ? [tokens.cpiMI, 'MI', 'F205'] : [tokens.cpiTO, 'TO', 'L219'];
    const data = {
      givenName: names[i]!,
      familyName: 'Bianchi',
      birthDate: `198${i}-04-1${i}`,
      sex: 'M' as const,
      birthPlaceCode: municipality,
    };
    const personId = (
      await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
        input: {
          fiscalCode: encodePersonFiscalCode(data),
          givenName: data.givenName,
          familyName: data.familyName,
          birthDate: data.birthDate,
          sex: 'M',
          residenceProvince: province,
          residenceMunicipality: municipality,
        },
      })
    )['registerPerson'].id as string;
    await declareUnemployment(must, cpi, personId, '2025-01-02');
    const enrolment = (
      await must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
        input: {
          personId,
          list: 'DISABILITY',
          submittedOn: '2025-01-15',
          category: 'CIVIL_INVALID',
          invalidityPercent: 67,
        },
      })
    )['submitEnrolment'].id;
    await must(cpi, 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
      input: { enrolmentId: enrolment, to: 'ACCEPTED', on: '2025-02-01' },
    });
    const pathId = (
      await must(
        cpi,
        'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { path { id } } }',
        {
          input: {
            idempotencyKey: `d${++key}`,
            personId,
            serviceCode: '1A',
            modality: 'INDIVIDUAL_INTERVIEW',
            minutes: 20,
            deliveredOn: `2025-03-1${i}`,
          },
        },
      )
    )['reportServiceDelivery'].path.id;
    if (i < 7)
      await must(cpi, 'mutation ($input: CloseServicePathInput!) { closeServicePath(input: $input) { id } }', {
        input: { pathId, closedOn: '2025-03-31' },
      });
    people.push(personId);
  }
  for (const personId of people.slice(0, 2)) {
    await must(tokens.cpiMI, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
      input: { personId, providerId: body, programme: 'GOL', startedOn: '2025-02-10' },
    });
    await must(
      tokens.body,
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
      {
        input: {
          idempotencyKey: `d${++key}`,
          personId,
          serviceCode: '1A',
          modality: 'INDIVIDUAL_INTERVIEW',
          minutes: 20,
          deliveredOn: '2025-04-15',
        },
      },
    );
  }
  const employerId = (
    await must(tokens.cpiMI, 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
      input: {
        name: 'Officine Lombarde S.p.A.',
        fiscalCode: '01199250158',
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
      },
    })
  )['registerEmployer'].id;
  await must(
    tokens.cpiMI,
    'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
    {
      input: {
        employerId,
        year: 2025,
        submittedOn: '2026-01-20',
        workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
      },
    },
  );
  for (const [i, personId] of people.slice(0, 3).entries()) {
    await must(tokens.cpiMI, 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }', {
      input: {
        idempotencyKey: `p${i}`,
        personId,
        employerId,
        contract: 'PERMANENT',
        startedOn: `2025-0${6 + i}-01`,
        countsTowardQuota: i === 0,
      },
    });
  }
}

beforeAll(async () => {
  ensureDashboardBuilt();
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true, anonymousSchema: true });
  origin = new URL(graph.gatewayUrl).origin;
  await seedRegion();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await graph?.close();
  await database?.drop();
});

const indicatorsQuery = `query ($query: IndicatorQuery!) { indicators(query: $query) {
  services { ...F } paths { ...F } placements { ...F } placementRate { ...F } retention { ...F } } }
  fragment F on IndicatorFamily { csv measureNames cells { period province providerKind provider { id } people suppressed suppression measures { name value } } }`;
const families = ['services', 'paths', 'placements', 'placementRate', 'retention'] as const;

type Row = { period: string; series: string; suppressed: boolean; values: Record<string, string> };

/** Signs in through the dashboard's development sign-in as a demo identity, then shows 2025 by quarter. */
async function signIn(
  identity: 'region' | 'cpi' | 'accredited',
  breakdown: 'none' | 'PROVINCE' | 'PROVIDER_KIND',
): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/dashboard/`);
  await page.click(`button[data-identity="${identity}"]`);
  await page.waitForSelector('#view-title');
  await page.selectOption('#from-year', '2025');
  await page.selectOption('#to-year', '2025');
  await page.selectOption('#granularity', 'QUARTER');
  await page.selectOption('#breakdown', breakdown);
  await page.click('#filters button[type="submit"]');
  await page.waitForFunction(
    () =>
      document.querySelector('#from-year') &&
      (document.querySelector('#from-year') as HTMLSelectElement).value === '2025' &&
      document.querySelector('#view-title'),
  );
  await page.waitForSelector('#table-services');
  return page;
}

/** The rows of a family's table as the page shows them. */
const tableRows = (page: Page, family: string) =>
  page.$$eval(`#table-${family} tbody tr`, (rows) =>
    rows.map((row) => ({
      period: row.getAttribute('data-period')!,
      series: row.getAttribute('data-series')!,
      suppressed: row.querySelector('[data-suppressed]') !== null,
      values: Object.fromEntries(
        [...row.querySelectorAll('td[data-measure]')].map((td) => [
          td.getAttribute('data-measure')!,
          td.getAttribute('data-value')!,
        ]),
      ),
    })),
  );

/** The graph's answer to the same query with the page's own token, as rows of the same shape. */
async function graphRows(page: Page, query: Record<string, unknown>, breakdown: 'none' | 'PROVINCE' | 'PROVIDER_KIND') {
  const token = await page.evaluate(() => sessionStorage.getItem('dashboard.token'));
  expect(token).toBeTruthy();
  const data = await must(token!, indicatorsQuery, { query });
  const rows = (family: string): Row[] =>
    (data['indicators'][family].cells as Array<Record<string, any>>)
      .filter((cell) => !cell['provider'] || query['provider'])
      .map((cell) => ({
        period: cell['period'],
        series:
          breakdown === 'PROVINCE'
            ? (cell['province'] ?? '')
            : breakdown === 'PROVIDER_KIND'
              ? (cell['providerKind'] ?? '')
              : '',
        suppressed: cell['suppressed'],
        values: cell['suppressed']
          ? {}
          : {
              people: String(cell['people'] ?? ''),
              ...Object.fromEntries(
                (cell['measures'] as Array<{ name: string; value: number | null }>).map((m) => [
                  m.name,
                  m.value === null ? '' : String(m.value),
                ]),
              ),
            },
      }));
  return { rows, csv: (family: string) => data['indicators'][family].csv as string, token: token! };
}

async function expectAccessible(page: Page, name: string) {
  const violations = await wcagViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  expect(await controlsNotReachedByKeyboard(page), `${name}: controls not reached with Tab`).toEqual([]);
}

describe('the monitoring dashboard in a real browser', () => {
  it('signs in: the development sign-in page lists the demo identities and is accessible', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/dashboard/`);
    await page.waitForSelector('button[data-identity="region"]');
    expect(
      await page.$$eval('button[data-identity]', (buttons) => buttons.map((b) => b.getAttribute('data-identity'))),
    ).toEqual(['region', 'cpi', 'accredited']);
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await expectAccessible(page, 'sign-in');
    await page.screenshot({ path: artefactPath('sign-in.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('GraphiQL loads the schema before a token is set and shows the Authorization header template', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const introspection = page.waitForResponse(
      (r) =>
        r.url() === graph.gatewayUrl &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('__schema'),
    );
    await page.goto(graph.gatewayUrl);
    const response = await introspection;
    expect(response.status()).toBe(200);
    expect(
      ((await response.json()) as { data: { __schema: { queryType: { name: string } } } }).data.__schema.queryType.name,
    ).toBe('Query');
    await page.waitForFunction(() => document.body.innerText.includes('Bearer'));
    await page.screenshot({ path: artefactPath('graphiql.png') });
    // The editor renders spaces as no-break spaces.
    expect(await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))).toContain(
      'Every operation needs a token',
    );
    await page.close();
  }, 120_000);

  it("the Region's view shows the graph's figures by province, suppressed cells marked and never zero, CSV, definitions", async () => {
    const page = await signIn('region', 'PROVINCE');
    expect(await page.getAttribute('#view-title', 'data-view')).toBe('REGION');
    const graph = await graphRows(
      page,
      { from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER', groupBy: ['PROVINCE'] },
      'PROVINCE',
    );
    for (const family of families) expect(await tableRows(page, family), family).toEqual(graph.rows(family));
    // Turin's 3 people of the first quarter are suppressed: marked and explained, with no number in the row.
    const turin = (await tableRows(page, 'services')).find((row) => row.period === '2025-Q1' && row.series === 'TO');
    expect(turin).toMatchObject({ suppressed: true, values: {} });
    const mark = page.locator('#table-services tr[data-period="2025-Q1"][data-series="TO"] .suppressed');
    expect(await mark.textContent()).toContain('oscurato');
    expect(await mark.textContent()).not.toMatch(/\b0\b/);
    expect(await page.textContent('#suppression-note')).toContain('non sono zero');
    // Milan's Q1 would give Turin's away by difference from the region's total: complementary, and said so.
    expect(
      await page.getAttribute(
        '#table-services tr[data-period="2025-Q1"][data-series="MI"] .suppressed',
        'data-suppression',
      ),
    ).toBe('COMPLEMENTARY');
    expect(
      await page.getAttribute(
        '#table-services tr[data-period="2025-Q1"][data-series="TO"] .suppressed',
        'data-suppression',
      ),
    ).toBe('PRIMARY');
    // Only Milan closed paths (7 people, within the standard): visible.
    expect(
      (await tableRows(page, 'paths')).find((row) => row.period === '2025-Q1' && row.series === 'MI')?.values,
    ).toMatchObject({ people: '7', closedPaths: '7', withinStandard: '7' });
    // CSV: the graph's own CSV of what is on screen.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-csv="services"]')]);
    expect(download.suggestedFilename()).toBe('services-2025-2025-quarter.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(graph.csv('services'));
    // Each figure links to its definition, which is the graph's.
    await page.click('#family-paths a.definition-link');
    expect(await page.evaluate(() => location.hash)).toBe('#definition-paths');
    const definition = await must(
      graph.token,
      '{ indicators(query: { from: "2025-01-01", to: "2025-12-31", granularity: QUARTER }) { paths { definition } } }',
    );
    expect(await page.textContent('#definition-paths + dd')).toBe(definition['indicators'].paths.definition);
    // L. 68 obligations by province: the employer's 4 uncovered positions in Milan.
    expect(
      await page.getAttribute('#table-obligations tr[data-province="MI"] td[data-measure="uncovered"]', 'data-value'),
    ).toBe('4');
    await expectAccessible(page, 'region');
    await page.screenshot({ path: artefactPath('region.png'), fullPage: true });
    // In English too, with the same figures.
    await page.click('#lang');
    await page.waitForFunction(
      () => document.documentElement.lang === 'en' && document.querySelector('#table-services') !== null,
    );
    expect(await page.textContent('#title-services')).toBe('Services delivered');
    expect(await tableRows(page, 'services')).toEqual(graph.rows('services'));
    await expectAccessible(page, 'region (English)');
    await page.screenshot({ path: artefactPath('region-en.png'), fullPage: true });
    await page.close();
  }, 240_000);

  it("a CPI's view: its province, unsuppressed, by provider kind, with its province's obligations", async () => {
    const page = await signIn('cpi', 'PROVIDER_KIND');
    expect(await page.getAttribute('#view-title', 'data-view')).toBe('CPI');
    expect(await page.textContent('#view-title')).toContain('CPI Milano');
    const me = await must(await page.evaluate(() => sessionStorage.getItem('dashboard.token')!), '{ me { province } }');
    expect(me['me'].province).toBe('MI');
    const graph = await graphRows(
      page,
      { from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER', groupBy: ['PROVIDER_KIND'], province: 'MI' },
      'PROVIDER_KIND',
    );
    for (const family of families) expect(await tableRows(page, family), family).toEqual(graph.rows(family));
    expect(
      (await tableRows(page, 'services')).find((row) => row.period === '2025-Q2' && row.series === 'ACCREDITED')
        ?.values['people'],
    ).toBe('2');
    expect(
      await page.$$eval('#table-obligations tbody tr', (rows) => rows.map((r) => r.getAttribute('data-province'))),
    ).toEqual(['MI']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-csv="placements"]')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(graph.csv('placements'));
    await expectAccessible(page, 'cpi');
    await page.screenshot({ path: artefactPath('cpi.png'), fullPage: true });
    await page.close();
  }, 240_000);

  it("an accredited body's view: its own figures with the same components, and no employers' obligations", async () => {
    const page = await signIn('accredited', 'none');
    expect(await page.getAttribute('#view-title', 'data-view')).toBe('ACCREDITED');
    const token = await page.evaluate(() => sessionStorage.getItem('dashboard.token')!);
    const provider = (await must(token, '{ me { organisation } }'))['me'].organisation as string;
    const graph = await graphRows(
      page,
      { from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER', groupBy: [], provider },
      'none',
    );
    for (const family of families) expect(await tableRows(page, family), family).toEqual(graph.rows(family));
    expect((await tableRows(page, 'services')).find((row) => row.period === '2025-Q2')?.values['people']).toBe('2');
    expect(await page.locator('#table-obligations').count()).toBe(0);
    expect(await page.textContent('#obligations')).toContain('non da un ente accreditato');
    await expectAccessible(page, 'accredited');
    await page.screenshot({ path: artefactPath('accredited.png'), fullPage: true });
    await page.close();
  }, 240_000);
});
