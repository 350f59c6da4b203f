import { describe, expect, it } from 'vitest';
import { missingPactContent, type PactContent } from './service-pact-content.ts';

const complete: PactContent = {
  responsibleOperator: 'Dott.ssa Anna Ferri, CPI Milano',
  employabilityProfile: 'Profilo 3: media distanza dal mercato del lavoro',
  searchActs: [{ act: 'Invio di almeno 3 candidature', timing: 'ogni mese' }],
  contactFrequency: 'Un colloquio ogni 30 giorni',
  searchProof: 'Copia delle candidature inviate',
  availableForWorkshops: true,
  availableForTraining: true,
  availableForSuitableOffers: true,
};

describe('service pact content (D.Lgs. 150/2015 art. 20; seed 001)', () => {
  it('a pact with the five elements and the three availabilities can be signed', () => {
    expect(missingPactContent(complete)).toEqual([]);
  });

  it.each([
    ['responsibleOperator', 'a) responsible operator'],
    ['employabilityProfile', 'b) employability profile'],
    ['contactFrequency', 'd) ordinary frequency of contacts'],
    ['searchProof', 'e) how active search is proven'],
  ] as const)('seed 001: without %s it names element %s', (field, label) => {
    expect(missingPactContent({ ...complete, [field]: '  ' })[0]).toContain(label);
  });

  it('seed 001 element c): search acts need both the act and its timing', () => {
    expect(missingPactContent({ ...complete, searchActs: [] })[0]).toContain('c) active-search acts');
    expect(missingPactContent({ ...complete, searchActs: [{ act: 'Candidature', timing: '' }] })[0]).toContain(
      'c) active-search acts',
    );
  });

  it('seed 001 availabilities a), b), c): each one is mandatory', () => {
    expect(
      missingPactContent({
        ...complete,
        availableForWorkshops: false,
        availableForTraining: false,
        availableForSuitableOffers: false,
      }),
    ).toEqual([
      'availability a) workshops on CV and interviews',
      'availability b) training or requalification',
      'availability c) acceptance of suitable offers (D.Lgs. 150/2015 art. 25)',
    ]);
  });
});
