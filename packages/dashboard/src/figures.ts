import type { DashboardFamilyFragment } from './generated/graphql.ts';
import type { Texts } from './i18n.ts';

export type Family = DashboardFamilyFragment;
export type Cell = Family['cells'][number];
export type Breakdown = 'none' | 'PROVINCE' | 'PROVIDER_KIND';

/** The measure each family's chart shows over time (its table shows them all). */
export const headlineMeasure: Record<string, string | null> = {
  services: null,
  paths: 'shareWithinStandard',
  placements: null,
  placementRate: 'placementRate',
  retention: 'retention6',
};

export const isRatio = (measure: string) => /share|rate|^retention\d/i.test(measure);

/** A cell's value for a measure (null: people), null when suppressed or not computed. */
export function cellValue(cell: Cell, measure: string | null): number | null {
  if (cell.suppressed) return null;
  if (measure === null) return cell.people ?? null;
  return cell.measures.find((m) => m.name === measure)?.value ?? null;
}

/** The series a cell belongs to under a breakdown: its province or provider kind, or the total. */
export function seriesOf(cell: Cell, breakdown: Breakdown, t: Texts): string {
  if (breakdown === 'PROVINCE') return cell.province ?? t.all;
  if (breakdown === 'PROVIDER_KIND') return cell.providerKind ? t[cell.providerKind] : t.all;
  return t.all;
}

export function formatValue(value: number | null | undefined, measure: string | null, locale: string): string {
  if (value === null || value === undefined) return '–';
  if (measure && isRatio(measure))
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
