/**
 * The mandatory content of the patto di servizio personalizzato (D.Lgs. 150/2015 art. 20 c.2; seed 001):
 * five elements and three availabilities. A pact missing any of them cannot be signed.
 */
export interface PactContent {
  responsibleOperator?: string | null;
  employabilityProfile?: string | null;
  searchActs: ReadonlyArray<{ act: string; timing: string }>;
  contactFrequency?: string | null;
  searchProof?: string | null;
  availableForWorkshops: boolean;
  availableForTraining: boolean;
  availableForSuitableOffers: boolean;
}

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

/** The labels of what is missing, in the order of the law's letters; empty when the pact can be signed. */
export function missingPactContent(pact: PactContent): string[] {
  const missing: string[] = [];
  if (!filled(pact.responsibleOperator)) missing.push('a) responsible operator (responsabile delle attività)');
  if (!filled(pact.employabilityProfile)) missing.push('b) employability profile (profilo personale di occupabilità)');
  if (pact.searchActs.length === 0 || pact.searchActs.some((a) => !filled(a.act) || !filled(a.timing))) {
    missing.push('c) active-search acts and their timing (atti di ricerca attiva e tempistica)');
  }
  if (!filled(pact.contactFrequency))
    missing.push('d) ordinary frequency of contacts (frequenza ordinaria di contatti)');
  if (!filled(pact.searchProof))
    missing.push('e) how active search is proven (modalità di dimostrazione della ricerca attiva)');
  if (!pact.availableForWorkshops) missing.push('availability a) workshops on CV and interviews');
  if (!pact.availableForTraining) missing.push('availability b) training or requalification');
  if (!pact.availableForSuitableOffers)
    missing.push('availability c) acceptance of suitable offers (D.Lgs. 150/2015 art. 25)');
  return missing;
}
