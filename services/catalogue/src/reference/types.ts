/** Who a service is for (seed 003: areas 1-4; 2Cb is only for people NOT in the disability/disadvantage categories; area 3 only for them). */
export type TargetGroup =
  | 'EVERYONE'
  | 'JOB_SEEKERS'
  | 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED'
  | 'DISABLED_OR_DISADVANTAGED'
  | 'EMPLOYERS';
export type ModalityKind = 'INDIVIDUAL' | 'GROUP' | 'IN_COMPANY' | 'REMOTE' | 'SELF_SERVICE' | 'SEMINAR' | 'OTHER';
/** Whether minMinutes/maxMinutes bound each session or the whole path (sum of sessions). */
export type MinutesScope = 'SESSION' | 'PATH';
export interface ModalityStandard {
  code: string; // stable, unique within the service, UPPER_SNAKE, e.g. 'INDIVIDUAL_INTERVIEW'
  kind: ModalityKind;
  description: string; // Italian, from the seed
  minMinutes: number | null; // integer minutes; null where the seed sets no bound
  maxMinutes: number | null;
  minutesScope: MinutesScope;
  /** Only when the seed bounds BOTH each session and the whole path: the path bound here, the session bound in min/maxMinutes. */
  pathMinMinutes?: number | null;
  pathMaxMinutes?: number | null;
  minSessions: number | null;
  maxSessions: number | null;
  /**
   * Maximum time span of the path in calendar months from its first session: "massimo 2 mesi" runs from 1 July
   * to 1 September (DOMAIN.md), whatever the length of the months in between.
   */
  maxSpanMonths: number | null;
  sourceText: string; // the verbatim sentence(s) of the seed this modality comes from
  /**
   * Added field: activities the seed explicitly keeps out of the hour count (4E: "escluse le attività di
   * formazione"), so that a consumer summing delivered hours knows what not to add.
   */
  durationExcludes?: string;
}
export interface OutputStandard {
  code: string /* UPPER_SNAKE, stable, reused across services when it is the same output, e.g. 'CV', 'PAI', 'COMPETENCE_DOSSIER' */;
  label: string /* Italian */;
  optional: boolean /* the seed says "Eventuale" */;
}
export interface ServiceStandardDefinition {
  code: string; // '1A', '2Ba', ...
  title: string; // Italian title
  area: 1 | 2 | 3 | 4;
  areaTitle: string;
  groupCode: string | null; // '2B', '2C', '3B' for sub-services, else null
  groupTitle: string | null;
  targetGroup: TargetGroup;
  purpose: string[]; // Finalità
  activities: string[]; // Attività
  modalities: ModalityStandard[];
  outputs: OutputStandard[];
  competences: string[]; // Competenze professionali specifiche (or the reference to Allegato 3 when that is all the seed says)
  lepCodes: string[]; // codes of LepService this standard implements (your best mapping, explained in comments)
  /**
   * Added field: other standards of the same catalogue this one activates (4E hands workers over to coaching or
   * to self-employment consulting). Holds the codes as resolved, not as printed (see the 4E comment).
   */
  relatedStandardCodes?: string[];
}
export interface CatalogueVersion {
  id: string;
  title: string;
  source: string;
  validFrom: string /* ISO date */;
  validTo: string | null;
  standards: ServiceStandardDefinition[];
  /** Added field: the act the repertory is issued under, as the seed cites it. */
  legalBasis?: string;
  /** Added field: statements of the seed about the catalogue as a whole (e.g. services it leaves to the CPI). */
  notes?: string[];
}
export interface LepService {
  code: string;
  letter: string | null;
  title: string;
  description: string;
  activities: string[];
  source: string /* seed file name */;
  standardCodes: string[];
  /** Added field: the heading the seed groups this service under (004: "inserimento o reinserimento lavorativo"). */
  groupTitle?: string;
  /** Added field: seed 001 gives an Output and an Outcome per collocamento mirato service. */
  outputs?: string[];
  outcomes?: string[];
  /** Added field: further seed text on the same service found in another seed (see alsoListedIn). */
  notes?: string[];
  /** Added field: other seed files that list the same service. */
  alsoListedIn?: string[];
}
