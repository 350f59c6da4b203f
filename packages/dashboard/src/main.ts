import './styles.css';
import type { Chart } from 'chart.js';
import {
  currentToken,
  demoIdentities,
  signInAsDemo,
  signInConfig,
  signOut,
  startOidcSignIn,
  type SignInConfig,
} from './auth.ts';
import { drawChart } from './charts.ts';
import { IndicatorsDocument, MeDocument, ObligationsDocument, ProvincesDocument } from './documents.ts';
import { h } from './dom.ts';
import {
  formatValue,
  headlineMeasure,
  isRatio,
  seriesOf,
  cellValue,
  type Breakdown,
  type Cell,
  type Family,
} from './figures.ts';
import type { DashboardMeQuery, IndicatorGranularity, IndicatorQuery } from './generated/graphql.ts';
import { GraphError, request } from './graph.ts';
import { currentLang, setLang, texts, type Lang } from './i18n.ts';

type Me = DashboardMeQuery['me'];
interface Filters {
  fromYear: number;
  toYear: number;
  granularity: IndicatorGranularity;
  breakdown: Breakdown;
}

const families = ['services', 'paths', 'placements', 'placementRate', 'retention'] as const;
const thisYear = new Date().getFullYear();
const state = {
  lang: currentLang() as Lang,
  config: null as SignInConfig | null,
  token: null as string | null,
  me: null as Me | null,
  filters: { fromYear: thisYear - 1, toYear: thisYear, granularity: 'QUARTER', breakdown: 'PROVINCE' } as Filters,
};
let charts: Chart[] = [];
/** Charts are drawn once their canvas is in the page (Chart.js sizes them from their container). */
let pendingCharts: Array<() => Chart> = [];
const t = () => texts[state.lang];
const locale = () => (state.lang === 'it' ? 'it-IT' : 'en-GB');
const root = document.getElementById('app')!;

function frame(...content: Node[]): void {
  for (const chart of charts) chart.destroy();
  charts = [];
  document.documentElement.lang = state.lang;
  document.title = t().title;
  root.replaceChildren(
    h('a', { href: '#main', class: 'skip' }, t().skip),
    h(
      'header',
      {},
      h('h1', {}, t().title),
      h(
        'div',
        { class: 'tools' },
        state.me
          ? h(
              'p',
              { class: 'who' },
              `${t().signedInAs}: `,
              h('strong', {}, state.me.provider?.name ?? state.me.organisation ?? state.me.subject),
              ` (${state.me.kind}${state.me.province ? `, ${state.me.province}` : ''})`,
            )
          : null,
        h('button', { type: 'button', id: 'lang', lang: t().switchToLang, onclick: () => switchLang() }, t().switchTo),
        state.token
          ? h('button', { type: 'button', id: 'sign-out', onclick: () => void doSignOut() }, t().signOut)
          : null,
      ),
    ),
    h('main', { id: 'main', tabindex: '-1' }, ...content),
  );
}

function switchLang(): void {
  state.lang = state.lang === 'it' ? 'en' : 'it';
  setLang(state.lang);
  // Focus stays on the control the user pressed, once the page is drawn again in the other language.
  void show().then(() => document.getElementById('lang')?.focus());
}

async function doSignOut(): Promise<void> {
  if (state.config) await signOut(state.config);
  state.token = null;
  state.me = null;
  await show();
}

function failure(error: unknown): Node {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { role: 'alert', class: 'error' }, `${t().error}: ${message}`);
}

async function signInPage(): Promise<void> {
  const config = state.config!;
  if (config.signIn === 'oidc') {
    frame(
      h('h2', {}, t().signIn),
      h('button', { type: 'button', onclick: () => void startOidcSignIn(config) }, t().signInOidc),
    );
    return;
  }
  const identities = await demoIdentities();
  frame(
    h('h2', {}, t().signIn),
    h('p', {}, t().signInDev),
    h(
      'ul',
      { class: 'identities' },
      identities.map((identity) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-identity': identity.id,
              onclick: async () => {
                state.token = await signInAsDemo(identity.id);
                await show();
              },
            },
            `${t().signInAs}: ${identity.label}`,
          ),
        ),
      ),
    ),
  );
}

function viewTitle(me: Me): string {
  if (me.kind === 'CPI') return t().cpiView(me.provider?.name ?? me.organisation ?? '', me.province ?? '');
  if (me.kind === 'ACCREDITED') return t().accreditedView(me.provider?.name ?? me.organisation ?? '');
  return t().regionView;
}

/** What the caller's view asks: the Region everything, a CPI its province, a body its own provider. */
function indicatorQuery(me: Me, filters: Filters): IndicatorQuery {
  const groupBy = filters.breakdown === 'none' ? [] : [filters.breakdown];
  const query: IndicatorQuery = {
    from: `${filters.fromYear}-01-01`,
    to: `${filters.toYear}-12-31`,
    granularity: filters.granularity,
    groupBy,
  };
  if (me.kind === 'CPI' && me.province) query.province = me.province;
  if (me.kind === 'ACCREDITED' && me.organisation) query.provider = me.organisation;
  return query;
}

function filterForm(me: Me): HTMLFormElement {
  const f = state.filters;
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 5 + i);
  const select = (id: string, label: string, value: string, options: Array<[string, string]>) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, name: id },
        options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
      ),
    );
  // A CPI's figures are one province, a body's one provider: breaking them down by province says nothing more.
  const breakdowns: Array<[string, string]> =
    me.kind === 'REGION'
      ? [
          ['none', t().none],
          ['PROVINCE', t().PROVINCE],
          ['PROVIDER_KIND', t().PROVIDER_KIND],
        ]
      : [
          ['none', t().none],
          ['PROVIDER_KIND', t().PROVIDER_KIND],
        ];
  const form = h(
    'form',
    { id: 'filters', 'aria-labelledby': 'filters-title' },
    h('h2', { id: 'filters-title', class: 'visually-hidden' }, t().filters),
    select(
      'from-year',
      t().fromYear,
      String(f.fromYear),
      years.map((y) => [String(y), String(y)]),
    ),
    select(
      'to-year',
      t().toYear,
      String(f.toYear),
      years.map((y) => [String(y), String(y)]),
    ),
    select(
      'granularity',
      t().granularity,
      f.granularity,
      (['MONTH', 'QUARTER', 'YEAR'] as const).map((g) => [g, t()[g]]),
    ),
    select('breakdown', t().breakdown, breakdowns.some(([b]) => b === f.breakdown) ? f.breakdown : 'none', breakdowns),
    h('button', { type: 'submit' }, t().apply),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const fromYear = Number(data.get('from-year'));
    const toYear = Number(data.get('to-year'));
    state.filters = {
      fromYear: Math.min(fromYear, toYear),
      toYear: Math.max(fromYear, toYear),
      granularity: data.get('granularity') as IndicatorGranularity,
      breakdown: data.get('breakdown') as Breakdown,
    };
    void show();
  });
  return form;
}

function download(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function suppressedMark(cell: Cell): HTMLElement {
  const reason = cell.suppression === 'COMPLEMENTARY' ? t().COMPLEMENTARY : t().PRIMARY;
  return h(
    'span',
    { class: 'suppressed', 'data-suppression': cell.suppression ?? 'PRIMARY' },
    h('span', { 'aria-hidden': 'true' }, '▨ '),
    reason,
    h('a', { href: '#suppression-note', class: 'note-ref', 'aria-label': t().suppressionNote }, '*'),
  );
}

function familySection(
  name: (typeof families)[number],
  family: Family,
  filters: Filters,
  ownProvider: boolean,
): HTMLElement {
  const title = t().families[name];
  const breakdown = filters.breakdown;
  // The Region and a CPI see totals (no provider); a body's figures are its own provider's cells.
  const cells = ownProvider
    ? family.cells
    : family.cells.filter((cell) => cell.provider === null || cell.provider === undefined);
  const periods = [...new Set(cells.map((c) => c.period))].sort();
  const seriesNames = [...new Set(cells.map((c) => seriesOf(c, breakdown, t())))].sort();
  const measure = headlineMeasure[name] ?? null;
  const measureLabel = measure ? (t().measures[measure] ?? measure) : t().people;
  const canvas = h('canvas', { role: 'img', 'aria-label': t().chartOf(`${title} (${measureLabel})`) });
  const withDimension = breakdown !== 'none';
  const table = h(
    'table',
    { id: `table-${name}`, 'data-family': name },
    h('caption', {}, t().tableOf(title)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t().period),
        withDimension ? h('th', { scope: 'col' }, breakdown === 'PROVINCE' ? t().province : t().providerKind) : null,
        h('th', { scope: 'col' }, t().people),
        family.measureNames.map((m) => h('th', { scope: 'col' }, t().measures[m] ?? m)),
      ),
    ),
    h(
      'tbody',
      {},
      cells.map((cell) =>
        h(
          'tr',
          {
            'data-period': cell.period,
            'data-series': withDimension
              ? breakdown === 'PROVINCE'
                ? (cell.province ?? '')
                : (cell.providerKind ?? '')
              : '',
          },
          h('th', { scope: 'row' }, cell.period),
          withDimension ? h('td', {}, seriesOf(cell, breakdown, t())) : null,
          cell.suppressed
            ? h('td', { colspan: 1 + family.measureNames.length, 'data-suppressed': 'true' }, suppressedMark(cell))
            : [
                h(
                  'td',
                  { 'data-measure': 'people', 'data-value': cell.people ?? '' },
                  formatValue(cell.people, null, locale()),
                ),
                ...family.measureNames.map((m) =>
                  h(
                    'td',
                    { 'data-measure': m, 'data-value': cellValue(cell, m) ?? '' },
                    formatValue(cellValue(cell, m), m, locale()),
                  ),
                ),
              ],
        ),
      ),
    ),
  );
  const section = h(
    'section',
    { class: 'family', id: `family-${name}`, 'aria-labelledby': `title-${name}` },
    h(
      'div',
      { class: 'family-head' },
      h('h2', { id: `title-${name}` }, title),
      h('a', { href: `#definition-${name}`, class: 'definition-link' }, `${t().definition}: ${title}`),
      h(
        'button',
        {
          type: 'button',
          class: 'csv',
          'data-csv': name,
          onclick: () =>
            download(
              `${name}-${filters.fromYear}-${filters.toYear}-${filters.granularity.toLowerCase()}.csv`,
              family.csv,
            ),
        },
        `${t().downloadCsv}: ${title}`,
      ),
    ),
    cells.length === 0
      ? h('p', {}, t().noData)
      : h(
          'div',
          { class: 'figure' },
          h('div', { class: 'chart' }, canvas),
          h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t().tableOf(title) }, table),
        ),
    cells.some((c) => c.suppressed)
      ? h('p', { class: 'note' }, h('a', { href: '#suppression-note' }, `* ${t().suppressed}`))
      : null,
  );
  if (cells.length > 0) {
    const series = seriesNames.map((label) => ({
      label,
      values: periods.map((p) => {
        const cell = cells.find((c) => c.period === p && seriesOf(c, breakdown, t()) === label);
        return cell ? cellValue(cell, measure) : null;
      }),
    }));
    pendingCharts.push(() => drawChart(canvas, 'line', periods, series, measure !== null && isRatio(measure)));
  }
  return section;
}

async function obligationsSection(me: Me): Promise<HTMLElement> {
  const heading = h('h2', { id: 'title-obligations' }, t().obligations);
  const section = (...content: Node[]) =>
    h('section', { class: 'family', id: 'obligations', 'aria-labelledby': 'title-obligations' }, ...content);
  if (me.kind === 'ACCREDITED') return section(heading, h('p', {}, t().obligationsForbidden));
  const on = new Date().toISOString().slice(0, 10);
  const provinces =
    me.kind === 'CPI' && me.province
      ? [me.province]
      : [...new Set((await request(state.token!, ProvincesDocument)).providers.map((p) => p.province))].sort();
  const rows = await Promise.all(
    provinces.map(async (province) => {
      const ranking = (await request(state.token!, ObligationsDocument, { province, on })).obligationRanking ?? [];
      const accrued = ranking.reduce((sum, s) => sum + (s.accruedSanction ?? 0), 0);
      return {
        province,
        employers: ranking.length,
        uncovered: ranking.reduce((s, r) => s + r.uncovered, 0),
        sanctionable: ranking.reduce((s, r) => s + r.sanctionablePositions, 0),
        accrued,
      };
    }),
  );
  const csv =
    [
      'province;employers_uncovered;uncovered_positions;sanctionable_positions;accrued_sanction_eur',
      ...rows.map((r) => [r.province, r.employers, r.uncovered, r.sanctionable, r.accrued.toFixed(2)].join(';')),
    ].join('\n') + '\n';
  const canvas = h('canvas', { role: 'img', 'aria-label': t().chartOf(`${t().obligations} (${t().uncovered})`) });
  const table = h(
    'table',
    { id: 'table-obligations' },
    h('caption', {}, t().tableOf(t().obligations)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [t().province, t().employersUncovered, t().uncovered, t().sanctionable, t().accruedSanction].map((c) =>
          h('th', { scope: 'col' }, c),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { 'data-province': r.province },
          h('th', { scope: 'row' }, r.province),
          h('td', { 'data-measure': 'employers', 'data-value': r.employers }, formatValue(r.employers, null, locale())),
          h('td', { 'data-measure': 'uncovered', 'data-value': r.uncovered }, formatValue(r.uncovered, null, locale())),
          h(
            'td',
            { 'data-measure': 'sanctionable', 'data-value': r.sanctionable },
            formatValue(r.sanctionable, null, locale()),
          ),
          h(
            'td',
            { 'data-measure': 'accrued', 'data-value': r.accrued },
            new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(r.accrued),
          ),
        ),
      ),
    ),
  );
  pendingCharts.push(() =>
    drawChart(
      canvas,
      'bar',
      rows.map((r) => r.province),
      [
        { label: t().uncovered, values: rows.map((r) => r.uncovered) },
        { label: t().sanctionable, values: rows.map((r) => r.sanctionable) },
      ],
      false,
    ),
  );
  return section(
    h(
      'div',
      { class: 'family-head' },
      heading,
      h('a', { href: '#definition-obligations', class: 'definition-link' }, `${t().definition}: ${t().obligations}`),
      h(
        'button',
        {
          type: 'button',
          class: 'csv',
          'data-csv': 'obligations',
          onclick: () => download(`obligations-${on}.csv`, csv),
        },
        `${t().downloadCsv}: ${t().obligations}`,
      ),
    ),
    h('p', {}, t().obligationsNote(on), ' ', t().obligationsCsv),
    rows.length === 0
      ? h('p', {}, t().noData)
      : h(
          'div',
          { class: 'figure' },
          h('div', { class: 'chart' }, canvas),
          h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t().tableOf(t().obligations) },
            table,
          ),
        ),
  );
}

async function dashboardPage(): Promise<void> {
  const me = state.me!;
  pendingCharts = [];
  if (me.kind !== 'REGION' && state.filters.breakdown === 'PROVINCE')
    state.filters = { ...state.filters, breakdown: 'none' };
  frame(h('h2', {}, viewTitle(me)), filterForm(me), h('p', { 'aria-live': 'polite' }, t().loading));
  const filters = state.filters;
  const { indicators } = await request(state.token!, IndicatorsDocument, { query: indicatorQuery(me, filters) });
  // A refused table comes with an error, which request() has already thrown; null without one is not expected.
  if (!indicators) throw new Error('The graph answered no indicator table');
  const obligations = await obligationsSection(me).catch((error: unknown) =>
    h('section', { id: 'obligations' }, h('h2', {}, t().obligations), failure(error)),
  );
  frame(
    h('h2', { id: 'view-title', 'data-view': me.kind }, viewTitle(me)),
    filterForm(me),
    h(
      'p',
      { class: 'as-of' },
      `${t().asOf}: `,
      h('time', { datetime: indicators.asOf }, new Date(indicators.asOf).toLocaleString(locale())),
    ),
    ...families.map((name) => familySection(name, indicators[name], filters, me.kind === 'ACCREDITED')),
    obligations,
    h(
      'section',
      { id: 'definitions', 'aria-labelledby': 'definitions-title' },
      h('h2', { id: 'definitions-title' }, t().definitions),
      h('p', { id: 'suppression-note', class: 'note' }, t().suppressionNote),
      h(
        'dl',
        {},
        families.flatMap((name) => [
          h('dt', { id: `definition-${name}` }, t().families[name]),
          h('dd', {}, indicators[name].definition),
        ]),
        h('dt', { id: 'definition-obligations' }, t().obligations),
        h('dd', {}, t().obligationsNote(new Date().toISOString().slice(0, 10))),
      ),
    ),
  );
  charts = pendingCharts.map((draw) => draw());
  pendingCharts = [];
}

async function show(): Promise<void> {
  try {
    state.config ??= await signInConfig();
    state.token ??= await currentToken(state.config);
    if (!state.token) return await signInPage();
    state.me ??= (await request(state.token, MeDocument)).me;
    await dashboardPage();
  } catch (error) {
    if (error instanceof GraphError && error.code === 'UNAUTHENTICATED') {
      state.token = null;
      state.me = null;
      if (state.config) await signOut(state.config);
      return signInPage();
    }
    frame(failure(error));
  }
}

void show();
