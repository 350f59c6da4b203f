import { catalogueVersions } from '@reg/catalogue/reference';
import type { CatalogueVersion, ServiceStandardDefinition, TargetGroup } from '@reg/catalogue/reference';
import type { EnrolmentList } from './types.ts';

export type { CatalogueVersion, ModalityStandard, ServiceStandardDefinition } from '@reg/catalogue/reference';

/** The catalogue version in force on a date (versions never overlap; a later one closes the earlier). */
export function catalogueOn(date: string): CatalogueVersion {
  const version = catalogueVersions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
  if (!version) throw new RangeError(`no catalogue version is valid on ${date}`);
  return version;
}

export function standardOn(code: string, date: string): ServiceStandardDefinition {
  const standard = catalogueOn(date).standards.find((s) => s.code === code);
  if (!standard) throw new RangeError(`service ${code} is not in the catalogue valid on ${date}`);
  return standard;
}

/**
 * Whether a service is for a person (seed 003): area 1 for everyone, area 2 for job seekers, area 3 only for
 * people with a disability or disadvantage (here: everyone on an L. 68 list, the art. 18 categories included),
 * 2Cb only for those NOT in them, area 4 for employers and never for a person.
 */
export function fitsPerson(targetGroup: TargetGroup, list: EnrolmentList | null): boolean {
  switch (targetGroup) {
    case 'EVERYONE':
    case 'JOB_SEEKERS':
      return true;
    case 'DISABLED_OR_DISADVANTAGED':
      return list !== null;
    case 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED':
      return list === null;
    case 'EMPLOYERS':
      return false;
  }
}

/** A service that ends in a hire: its non-optional outputs include the placement itself (2Ce, 3Bb, 3Be, 4E). */
export function endsInPlacement(standard: ServiceStandardDefinition): boolean {
  return standard.outputs.some((o) => o.code === 'JOB_PLACEMENT' && !o.optional);
}
