/**
 * Sectors of the demo's employers: the ATECO 2007 class, how firms in it are named, and the jobs they offer
 * (with the ISTAT CP2011 occupation code where the title maps cleanly onto one; many real vacancies have none).
 */
export interface Job {
  title: string;
  cp2011: string | null;
}

export interface Sector {
  ateco: string;
  label: string;
  /** Relative frequency among private employers. */
  weight: number;
  /** Firms of this sector are rarely above 35 employees (bakeries, restaurants). */
  smallFirms: boolean;
  /** Name stems, given a place word and a family name. */
  names: (place: string, family: string) => string[];
  siteLabel: string;
  jobs: readonly Job[];
}

const warehouse: Job = { title: 'Magazziniere/a', cp2011: '4.3.1.2.0' };
const clerk: Job = { title: 'Impiegato/a amministrativo/a', cp2011: '4.1.1.2.0' };

export const privateSectors: readonly Sector[] = [
  {
    ateco: '62.01',
    label: 'produzione di software',
    weight: 3,
    smallFirms: false,
    names: (w, f) => [`${w} Software`, `${f} Informatica`, `${w} Digital Lab`],
    siteLabel: 'Sede operativa',
    jobs: [
      { title: 'Sviluppatore/trice software junior', cp2011: '2.1.1.4.1' },
      { title: 'Tecnico/a programmatore/trice', cp2011: '3.1.2.1.0' },
      { title: 'Addetto/a di segreteria', cp2011: '4.1.1.1.0' },
    ],
  },
  {
    ateco: '47.11',
    label: 'supermercati',
    weight: 3,
    smallFirms: false,
    names: (w, f) => [`Supermercati ${w}`, `Market ${f}`, `${w} Alimentari`],
    siteLabel: 'Punto vendita',
    jobs: [
      { title: 'Addetto/a alle vendite', cp2011: '5.1.2.2.0' },
      warehouse,
      { title: 'Addetto/a alla cassa', cp2011: null },
    ],
  },
  {
    ateco: '10.71',
    label: 'panetteria e pasticceria fresca',
    weight: 2,
    smallFirms: true,
    names: (w, f) => [`Panificio ${f}`, `Forno ${w}`, `Pasticceria ${f}`],
    siteLabel: 'Laboratorio',
    jobs: [
      { title: 'Aiuto panettiere/a', cp2011: null },
      { title: 'Addetto/a al confezionamento', cp2011: null },
      { title: 'Commesso/a di panetteria', cp2011: '5.1.2.2.0' },
    ],
  },
  {
    ateco: '25.62',
    label: 'lavori di meccanica generale',
    weight: 4,
    smallFirms: false,
    names: (w, f) => [`Meccanica ${f}`, `Officine ${w}`, `${f} Lavorazioni Meccaniche`],
    siteLabel: 'Stabilimento',
    jobs: [
      { title: 'Saldatore/trice', cp2011: '6.2.1.2.0' },
      { title: 'Operaio/a alle macchine utensili', cp2011: null },
      clerk,
      warehouse,
    ],
  },
  {
    ateco: '86.10',
    label: 'servizi ospedalieri',
    weight: 1,
    smallFirms: false,
    names: (w, f) => [`Casa di Cura ${w}`, `Clinica ${f}`, `Istituto Clinico ${w}`],
    siteLabel: 'Presidio',
    jobs: [
      { title: 'Operatore/trice socio-sanitario/a', cp2011: '5.3.1.1.0' },
      { title: "Addetto/a all'accettazione", cp2011: null },
      { title: 'Addetto/a alla contabilità', cp2011: '4.3.2.1.0' },
    ],
  },
  {
    ateco: '49.41',
    label: 'trasporto di merci su strada',
    weight: 2,
    smallFirms: false,
    names: (w, f) => [`Trasporti ${f}`, `Autotrasporti ${w}`],
    siteLabel: 'Deposito',
    jobs: [warehouse, { title: 'Impiegato/a traffico e spedizioni', cp2011: null }],
  },
  {
    ateco: '81.21',
    label: 'pulizia generale di edifici',
    weight: 2,
    smallFirms: false,
    names: (w, f) => [`${w} Servizi di Pulizia`, `Multiservizi ${f}`],
    siteLabel: 'Sede operativa',
    jobs: [{ title: 'Addetto/a alle pulizie', cp2011: null }],
  },
  {
    ateco: '56.10',
    label: 'ristorazione',
    weight: 2,
    smallFirms: true,
    names: (w, f) => [`Trattoria ${f}`, `Ristorante ${w}`],
    siteLabel: 'Locale',
    jobs: [
      { title: 'Aiuto cuoco/a', cp2011: null },
      { title: 'Cameriere/a di sala', cp2011: null },
    ],
  },
  {
    ateco: '52.10',
    label: 'magazzinaggio',
    weight: 2,
    smallFirms: false,
    names: (w, f) => [`Logistica ${w}`, `${f} Logistica`],
    siteLabel: 'Magazzino',
    jobs: [warehouse, { title: 'Carrellista', cp2011: null }],
  },
];

export const publicJobs: Record<string, readonly Job[]> = {
  '84.11': [
    { title: 'Istruttore/trice amministrativo/a', cp2011: '4.1.1.2.0' },
    { title: 'Collaboratore/trice amministrativo/a', cp2011: '4.1.1.1.0' },
  ],
  '86.10': [
    { title: 'Operatore/trice socio-sanitario/a', cp2011: '5.3.1.1.0' },
    { title: 'Addetto/a alla contabilità', cp2011: '4.3.2.1.0' },
  ],
  '85.20': [
    { title: 'Collaboratore/trice scolastico/a', cp2011: null },
    { title: 'Assistente amministrativo/a', cp2011: '4.1.1.1.0' },
  ],
};
