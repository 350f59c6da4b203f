/**
 * Catalogue of the reasons a worker leaves the computation base. `rule` ids are stable: clients key on them
 * (ExcludedWorkers.rule), so rename only with a contract change. Catalogue order is the order of `excluded`.
 */
export interface ExclusionRule {
  readonly rule: string;
  readonly article: string;
  /** Noun phrase for the explanation, plural-neutral ("worker(s) ..."). */
  readonly description: string;
}

export const EXCLUSION_RULES = {
  HIRED_UNDER_L68: {
    rule: 'L68_ART4_C1_HIRED_UNDER_L68',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'worker(s) hired under L. 68/1999, who count toward a quota',
  },
  ALREADY_DISABLED: {
    rule: 'L68_ART4_C3BIS_ALREADY_DISABLED',
    article: 'L. 68/1999 art. 4 c.3-bis',
    description: 'worker(s) disabled before hiring and hired outside the lists, who count toward the disability quota',
  },
  DISABLED_DURING_EMPLOYMENT: {
    rule: 'L68_ART4_C4_DISABLED_DURING_EMPLOYMENT',
    article: 'L. 68/1999 art. 4 c.4',
    description: 'worker(s) disabled during employment, who count toward the disability quota',
  },
  WAR_SERVICE_LABOUR_INVALID_1_TO_6: {
    rule: 'L68_ART4_C3BIS_INVALID_CATEGORY_1_TO_6',
    article: 'L. 68/1999 art. 4 c.3-bis',
    description:
      'war, service or labour invalid(s) of categories 1 to 6 hired outside the lists, who count toward the disability quota',
  },
  AGENCY_MISSION_12_MONTHS: {
    rule: 'DLGS81_2015_ART34_C3_AGENCY_MISSION_12_MONTHS',
    article: 'D.Lgs. 81/2015 art. 34 c.3',
    description:
      "disabled agency worker(s) on missions of 12 months or more, who count toward the user company's disability quota",
  },
  FIXED_TERM_6_MONTHS: {
    rule: 'L68_ART4_C1_FIXED_TERM_6_MONTHS',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'fixed-term worker(s) with contracts of 6 months or less',
  },
  EXECUTIVE: {
    rule: 'L68_ART4_C1_EXECUTIVE',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'executive(s) (dirigenti)',
  },
  APPRENTICE: {
    rule: 'DLGS81_2015_ART47_C3_APPRENTICE',
    article: 'D.Lgs. 81/2015 art. 47 c.3',
    description: 'apprentice(s), excluded from every statutory headcount',
  },
  INSERTION_CONTRACT: {
    rule: 'L68_ART4_C1_INSERTION_CONTRACT',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'worker(s) on work-entry/insertion contracts',
  },
  AGENCY_WORKER: {
    rule: 'L68_ART4_C1_AGENCY_WORKER',
    article: 'L. 68/1999 art. 4 c.1; D.Lgs. 81/2015 art. 34 c.3',
    description: 'agency worker(s) at the user company',
  },
  COOPERATIVE_MEMBER: {
    rule: 'L68_ART4_C1_COOPERATIVE_MEMBER',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'member(s) of production and labour cooperatives',
  },
  HOMEWORKER: {
    rule: 'L68_ART4_C1_HOMEWORKER',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'homeworker(s) (lavoratori a domicilio)',
  },
  WORK_ABROAD: {
    rule: 'L68_ART4_C1_WORK_ABROAD',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'worker(s) hired for work abroad, for its duration',
  },
  LSU: {
    rule: 'L68_ART4_C1_LSU',
    article: 'L. 68/1999 art. 4 c.1',
    description: 'socially useful worker(s) (LSU, D.Lgs. 81/2000 art. 7)',
  },
  SPECIAL_REGIME_ART3_C3: {
    rule: 'L68_ART3_C3_OUTSIDE_TECHNICAL_ADMINISTRATIVE_STAFF',
    article: 'L. 68/1999 art. 3 c.3',
    description: 'worker(s) of a party, union or non-profit outside the technical-executive and administrative staff',
  },
  SPECIAL_REGIME_ART3_C4: {
    rule: 'L68_ART3_C4_OUTSIDE_ADMINISTRATIVE_SERVICES',
    article: 'L. 68/1999 art. 3 c.4',
    description: 'worker(s) of police, civil protection or defence outside the administrative services',
  },
  HIGH_RISK_SELF_CERTIFIED: {
    rule: 'L68_ART5_C3BIS_INAIL_RATE_60_PER_THOUSAND',
    article: 'L. 68/1999 art. 5 c.3-bis',
    description:
      'worker(s) in activities at an INAIL rate of 60 per thousand or more, under the self-certified exemption',
  },
  TRAVELLING_TRANSPORT: {
    rule: 'L68_ART5_C2_TRAVELLING_TRANSPORT',
    article: 'L. 68/1999 art. 5 c.2',
    description: 'travelling staff of transport companies',
  },
  CONSTRUCTION_SITE: {
    rule: 'L68_ART5_C2_CONSTRUCTION_SITE',
    article: 'L. 68/1999 art. 5 c.2',
    description: 'construction-site staff of building companies',
  },
  CABLEWAY: {
    rule: 'L68_ART5_C2_CABLEWAY',
    article: 'L. 68/1999 art. 5 c.2',
    description: 'operating staff of cableway companies',
  },
} as const satisfies Record<string, ExclusionRule>;

export type ExclusionRuleKey = keyof typeof EXCLUSION_RULES;

export const EXCLUSION_RULE_ORDER: readonly ExclusionRuleKey[] = Object.keys(EXCLUSION_RULES) as ExclusionRuleKey[];
