import type { CatalogueVersion, OutputStandard, ServiceStandardDefinition } from './types.ts';

// Repertory of minimum standards of the provincial employment services, Provincia Autonoma di Trento
// (seed 003_133e0e8801c5193e.txt). Texts are the seed's, with PDF line breaks, double spaces and list
// numbering removed; sub-bullets are folded into their parent item, separated by "; ".
//
// Conventions applied to every modality below:
// - durations: the seed gives hours or minutes; 1 h = 60 min exactly (HOUR).
// - minutesScope 'SESSION' when the seed bounds one interview/meeting ("Colloquio individuale (durata da 10 a
//   30 minuti)"); 'PATH' when the bound is "complessiva", "del percorso", or covers activities that cannot be a
//   single sitting (tutoring across an internship, 80-300 hours of workshop).
// - a bound the seed does not state is null, never guessed.

const HOUR = 60;
const SEED = '003_133e0e8801c5193e.txt';

const AREA_1 = 'Servizi generali';
const AREA_2 = 'Servizi specialistici per persone in cerca di lavoro';
const AREA_3 =
  'Servizi specialistici per persone con disabilità o svantaggio come definito dal Documento degli Interventi di Politica del Lavoro';
// The index says "per datori di lavoro", the page headers "per i datori di lavoro": the index form is used.
const AREA_4 = 'Servizi specialistici per datori di lavoro';

const GROUP_2B = 'Orientamento specialistico';
const GROUP_2C = 'Accompagnamento al lavoro';
const GROUP_3B = 'Accompagnamento al lavoro';

// Output codes are shared across services so that "which services can produce X" is a simple lookup.
// 'PAI' is used where the seed allows drafting/signing the Piano di Azione Individuale; 'PAI_UPDATE' where it
// only allows updating one that already exists ("Eventuale aggiornamento del PAI"): a service of the second
// kind cannot be the first to produce a PAI.
const out = (code: string, label: string, optional: boolean): OutputStandard => ({ code, label, optional });

// Competences shared word for word by 2A and 2Ba.
const ORIENTATION_COMPETENCES: string[] = [
  "Adottare metodologie di orientamento professionale: analizzare l’esperienza formativa e lavorativa dell’utente per valorizzarla; agevolare i processi di orientamento; elaborare le informazioni sulle condizioni, opzioni, risorse dell’utente e sulle possibilità di azione; responsabilizzare l'utente; motivare l’utente all’inserimento lavorativo; programmare le strategie di inserimento lavorativo",
  'Applicare tecniche per l’ascolto attivo, tecniche di espressione e di comunicazione',
  'Possedere competenze trasversali (diagnosticare, relazionarsi, affrontare)',
  'Conoscere le dinamiche del mercato del lavoro locale',
  'Conoscere i servizi formativi e sociali',
];

// Workshop (Laboratorio) text is identical in 2Cd and 3Bd except one comma in competence 3.
const WORKSHOP_PURPOSE: string[] = [
  'Favorire la conoscenza del contesto lavorativo in situazioni simulate.',
  'Agevolare la conoscenza di specifici ruoli e profili professionali.',
  'Acquisire conoscenze e competenze specifiche.',
];
const WORKSHOP_ACTIVITIES: string[] = [
  'Realizzare attività pratiche simulando un contesto lavorativo specifico',
  'Far sperimentare mansioni di profili professionali specifici',
  'Accompagnare lo svolgimento dell’attività mediante un tutor',
  'Supportare l’utente nell’analisi dell’esperienza e dei risultati conseguiti',
];
const WORKSHOP_OUTPUTS: OutputStandard[] = [
  out('PRACTICAL_ACTIVITY_COMPLETED', 'Realizzazione dell’attività pratica', false),
  out('ATTESTATION', 'Rilascio di un’attestazione contente obiettivi, attività svolte e risultati conseguiti', false),
  out('PAI_UPDATE', 'Eventuale aggiornamento del Piano di Azione Individuale (PAI)', true),
  out('COMPETENCE_CERTIFICATION_REFERRAL', 'Eventuale rinvio per la certificazione delle competenze', true),
];
const workshopModality = () => ({
  code: 'PRACTICAL_GROUP_ACTIVITY_WITH_TUTORING',
  // The practical work is in a group; the individual tutoring accompanies it.
  kind: 'GROUP' as const,
  description: 'Attività pratiche in gruppo e tutoraggio individuale',
  minMinutes: 80 * HOUR,
  maxMinutes: 300 * HOUR,
  minutesScope: 'PATH' as const,
  minSessions: null,
  maxSessions: null,
  maxSpanMonths: null,
  sourceText: 'Attività pratiche in gruppo e tutoraggio individuale (durata complessiva tra 80 e 300 ore)',
});

// Job placement (Inserimento lavorativo): 2Ce and 3Be share purpose and activities word for word.
const PLACEMENT_PURPOSE: string[] = [
  'Accompagnare all’inserimento o reinserimento lavorativo mediante contratti di lavoro subordinato, anche di somministrazione, utilizzando interventi integrati di orientamento professionale, formazione e tutoraggio.',
];
const PLACEMENT_ACTIVITIES: string[] = [
  'Supporto nella definizione del progetto professionale e nella stesura di un percorso personalizzato',
  'Eventuale predisposizione e sottoscrizione del Piano di Azione Individuale (PAI)',
  'Realizzazione di eventuali attività formative propedeutiche all’inserimento lavorativo',
  'Tutoraggio del percorso',
  'Supporto motivazionale',
  'Individuazione del datore di lavoro',
  'Supporto all’inserimento nel contesto lavorativo',
  'Eventuale supporto al neo assunto finalizzato a sostenere nel tempo la stabilità della posizione lavorativa acquisita',
];

// Competences shared word for word by 4A and 4B.
const EMPLOYER_CONSULTING_COMPETENCES: string[] = [
  'Conoscere e saper applicare le metodologie per la rilevazione e codificazione dei fabbisogni formativi e professionali delle aziende',
  'Conoscere gli elementi di organizzazione aziendale',
  'Conoscere la rete territoriale di servizi alle imprese e le misure in vigore',
  'Saper identificare i servizi più idonei sulla base dei bisogni dell’impresa',
  'Conoscere il quadro normativo di riferimento sul mercato del lavoro',
  "Conoscere l’evoluzione della struttura professionale dell'occupazione a livello regionale e nazionale",
  'Conoscere il sistema della formazione continua',
];

// LEP mapping (lepCodes): seed 003 names no LEP, so each mapping below is a judgement on the activities
// compared with the LEP texts of seeds 004 and 001 (see lep-services.ts). Area 3 standards map both to the
// collocamento mirato LEP (seed 001, people under L. 68/1999) and to the general LEP, because area 3 also
// serves people with a "svantaggio" who are not in the L. 68 lists.
const standards: ServiceStandardDefinition[] = [
  // ───────────────────────────── Area 1 ─────────────────────────────
  {
    code: '1A',
    title: 'Accoglienza, informazione e primo orientamento ai servizi',
    area: 1,
    areaTitle: AREA_1,
    groupCode: null,
    groupTitle: null,
    // General services: the seed names no target restriction and the activities serve any user.
    targetGroup: 'EVERYONE',
    purpose: [
      'Garantire informazioni circa le opportunità occupazionali, le principali caratteristiche del mercato del lavoro, gli strumenti di politica attiva e passiva e l’offerta di servizi per il lavoro.',
      'Garantire accessibilità e fruibilità dei servizi e delle informazioni, anche al fine della acquisizione della immediata disponibilità al lavoro.',
    ],
    activities: [
      'Lettura del bisogno professionale espresso dall’utente e rilevazione dei servizi richiesti',
      'Presentazione delle finalità e delle modalità di funzionamento dei servizi erogati dal sistema della rete dei servizi per il lavoro',
      'Attività di informazione di base nei seguenti ambiti: tipologie degli interventi di politica del lavoro, categorie di lavoratori interessati, servizi forniti ai lavoratori, requisiti e modalità di accesso ai medesimi; percorsi formativi per acquisire, aumentare, adeguare la professionalità alle esigenze del mercato del lavoro; professioni, settori di attività e loro tendenze evolutive nell’immediato futuro, soprattutto in relazione al mercato del lavoro locale; opportunità occupazionali nel settore pubblico e privato; politiche passive del lavoro',
      'Supporto all’accesso ai servizi telematici della Did online, della stipula del Patto di servizio e della stampa dei certificati occupazionali',
      'Funzione di primo filtro verso gli altri servizi di politica attiva',
    ],
    modalities: [
      {
        code: 'SELF_CONSULTATION_SPACE',
        kind: 'SELF_SERVICE',
        description: 'Spazio di auto consultazione con messa a disposizione di documentazione e materiali',
        minMinutes: null,
        maxMinutes: null,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Spazio di auto consultazione con messa a disposizione di documentazione e materiali',
      },
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale',
        minMinutes: 10,
        maxMinutes: 30,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloquio individuale (durata da 10 a 30 minuti)',
      },
      {
        code: 'GROUP_MEETING',
        kind: 'GROUP',
        description: 'Incontri di gruppo in caso di convocazioni relative a progetti collettivi',
        minMinutes: 30,
        maxMinutes: 1 * HOUR,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Incontri di gruppo in caso di convocazioni relative a progetti collettivi (durata da 30 minuti a 1 ora)',
      },
      {
        code: 'INFORMATION_SEMINAR',
        kind: 'SEMINAR',
        description: 'Informazione collettiva tramite la realizzazione di seminari',
        minMinutes: null,
        maxMinutes: null,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Informazione collettiva tramite la realizzazione di seminari',
      },
    ],
    outputs: [
      out('INFORMATION_PROVIDED', 'Erogazione di informazioni all’utenza', false),
      // One output in the seed: DID and pact are signed in the same online procedure.
      out('DID_AND_SERVICE_PACT', 'Eventuale sottoscrizione della Did online e del Patto di servizio', true),
      out('REFERRAL', 'Eventuale rinvio ad altro servizio o a CPI', true),
    ],
    // 1A has no "Competenze professionali specifiche" box: the seed says only "Requisiti Come definito in
    // ALLLEGATO 3" (sic, three L), and Allegato 3 is not part of the seed.
    competences: ['Requisiti come definito in ALLEGATO 3'],
    // Reception and first information (004); the DID online and the pact, because 1A supports "l’accesso ai
    // servizi telematici della Did online, della stipula del Patto di servizio" and may end with their signature.
    lepCodes: ['ACCOGLIENZA_PRIMA_INFORMAZIONE', 'DID_PROFILAZIONE_SAP', 'PATTO_SERVIZIO'],
  },

  // ───────────────────────────── Area 2 ─────────────────────────────
  {
    code: '2A',
    title: 'Orientamento professionale di primo livello',
    area: 2,
    areaTitle: AREA_2,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'JOB_SEEKERS',
    purpose: [
      'Sostenere l‘utente nell’acquisizione di informazioni utili per orientarsi e promuoversi nel mercato del lavoro e presentare i servizi offerti dalla rete provinciale pubblico/privata.',
      'Promuovere un processo di autorientamento finalizzato al riconoscimento del proprio obiettivo professionale e delle strategie idonee al suo conseguimento.',
      'Sensibilizzare e fornire un primo orientamento al lavoro, nonché informazioni sul lavoro e sulle politiche del lavoro a specifici gruppi.',
    ],
    activities: [
      'Ricognizione delle esperienze formative, delle abilità, delle conoscenze, delle potenzialità, delle attitudini e della storia professionale dell’utente',
      'Informazione individualizzata nei seguenti ambiti: tipologie degli interventi di politica del lavoro, categorie di lavoratori interessati, servizi forniti ai lavoratori, requisiti e modalità di accesso ai medesimi; tecniche di ricerca attiva di lavoro; percorsi formativi per acquisire, aumentare, adeguare la professionalità alle esigenze del mercato del lavoro: indicazioni su scuole, università, corsi di formazione professionale a vari livelli, borse di studio in Italia ed all’estero; professioni, settori di attività e loro tendenze evolutive nell’immediato futuro, soprattutto in relazione al mercato del lavoro locale; opportunità occupazionali nel settore pubblico e privato; disciplina del rapporto di lavoro; politiche passive del lavoro',
      'Verifica del fabbisogno formativo dell’utente',
      'Esplicitazione dell’obiettivo professionale e delle modalità per conseguirlo',
      'Supporto nella redazione del curriculum vitae (CV)',
      'Inserimento del CV sul portale dedicato della Provincia Autonoma di Trento per l’incontro domanda offerta',
      'Valutazione della tipologia di bisogno espresso dal giovane e profilazione',
      'Predisposizione e sottoscrizione del Piano di Azione Individuale (PAI)',
    ],
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale (anche con profiling e predisposizione e sottoscrizione del PAI)',
        minMinutes: 1 * HOUR,
        maxMinutes: 2 * HOUR,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio individuale (anche con profiling e predisposizione e sottoscrizione del PAI ) durata minima 1 ora, massima 2 ore',
      },
      {
        code: 'GROUP_INTERVIEW',
        kind: 'GROUP',
        description: 'Colloquio di gruppo',
        minMinutes: 1 * HOUR,
        maxMinutes: 2 * HOUR,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloquio di gruppo (durata minima 1 ora, massima 2 ore)',
      },
      {
        code: 'ORIENTATION_INTERVENTION_FOR_ORGANISATIONS',
        // Delivered to audiences (classes, members of an association), hence GROUP.
        kind: 'GROUP',
        description:
          'Interventi orientativi per Scuole, Università, Associazioni ed Organizzazioni pubbliche e private',
        minMinutes: 2 * HOUR,
        maxMinutes: 10 * HOUR,
        // "Interventi ... (durata da 2 a 10 ore)": the bound is read as the whole intervention delivered to one
        // organisation, which may take several meetings (10 hours is not a single sitting), not each meeting.
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Interventi orientativi per Scuole, Università, Associazioni ed Organizzazioni pubbliche e private (durata da 2 a 10 ore)',
      },
    ],
    outputs: [
      out('INFORMATION_PROVIDED_AND_RECORDED', 'Erogazione delle informazioni e registrazione in banca dati', false),
      out(
        'PROFESSIONAL_GOAL_AWARENESS',
        'Far acquisire consapevolezza in merito all’obiettivo professionale e alle modalità per conseguirlo',
        false,
      ),
      out('CV', 'Eventuale redazione del CV', true),
      out('PAI', 'Eventuale predisposizione e sottoscrizione del PAI', true),
      out('PROFILING', 'Eventuale profiling', true),
      out('REFERRAL', 'Eventuale rinvio ad altro servizio', true),
    ],
    competences: ORIENTATION_COMPETENCES,
    // Basic orientation (004); profiling and database registration are the DID/profiling/SAP LEP; the
    // "Verifica del fabbisogno formativo" with information on courses is the LEP on avviamento a formazione.
    lepCodes: ['ORIENTAMENTO_BASE', 'DID_PROFILAZIONE_SAP', 'AVVIAMENTO_FORMAZIONE'],
  },
  {
    code: '2Ba',
    title: 'Consulenza professionale',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2B',
    groupTitle: GROUP_2B,
    targetGroup: 'JOB_SEEKERS',
    purpose: [
      'Supportare le persone nell’elaborare decisioni, autonome e consapevoli, sul proprio percorso professionale.',
      'Sviluppare capacità di auto-orientamento, mediante l’acquisizione di un ruolo attivo nella definizione di un progetto professionale, individuando l’obiettivo, i tempi, i metodi e gli strumenti per realizzarlo.',
    ],
    activities: [
      'Analisi delle capacità e delle aspirazioni professionali, delle competenze, delle potenzialità, delle attitudini, dei vincoli e delle risorse della persona',
      'Stesura del progetto professionale',
      'Eventuale supporto nella redazione del curriculum vitae (CV) e nella ricerca attiva di un impiego',
      'Individuazione di interventi di supporto all’inserimento lavorativo coerenti con i bisogni individuati e orientamento verso eventuali servizi specialistici e della formazione',
      'Eventuale predisposizione, sottoscrizione o aggiornamento del Piano di Azione Individuale (PAI)',
    ],
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale',
        // "durata minima 1 ora" bounds each interview; the seed sets no maximum per interview and no path
        // total, so maxMinutes stays null and no path bound is derived (3 x 1 h would be an inference).
        minMinutes: 1 * HOUR,
        maxMinutes: null,
        minutesScope: 'SESSION',
        minSessions: 3,
        maxSessions: 8,
        maxSpanMonths: null,
        sourceText: 'Colloquio individuale (durata minima 1 ora - percorso minimo di 3 colloqui, massimo di 8)',
      },
      {
        code: 'GROUP_INTERVIEW',
        kind: 'GROUP',
        description: 'Colloquio di gruppo, anche per targets specifici',
        minMinutes: 12 * HOUR,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio di gruppo, anche per targets specifici (durata minima del percorso 12 ore, massima di 20)',
      },
    ],
    outputs: [
      out('PROFESSIONAL_PROJECT', 'Definizione di un progetto professionale individuale', false),
      out('CV', 'Eventuale redazione del CV', true),
      out('PAI', 'Eventuale predisposizione, sottoscrizione o aggiornamento del PAI', true),
    ],
    competences: ORIENTATION_COMPETENCES,
    lepCodes: ['ORIENTAMENTO_SPECIALISTICO'],
  },
  {
    code: '2Bb',
    title: 'Bilancio di competenze',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2B',
    groupTitle: GROUP_2B,
    targetGroup: 'JOB_SEEKERS',
    purpose: [
      'Promuovere nell’utente la capacità di individuare risorse nella propria storia socioprofessionale e tradurle in un progetto di sviluppo e/o inserimento lavorativo realizzabile e pianificato.',
    ],
    activities: [
      'Stipula di un contratto individualizzato e formalizzato i cui contenuti devono precisare gli obiettivi generali ed operativi perseguiti, il percorso e gli impegni reciproci',
      'Attività di investigazione finalizzata all’autovalutazione, all’analisi delle esperienze pregresse e al reperimento degli elementi trasferibili in nuove situazioni professionali',
      'Messa a punto di un progetto professionale individuale e di un piano di azione',
      'Eventuale predisposizione, sottoscrizione o aggiornamento del Piano di Azione Individuale (PAI)',
    ],
    modalities: [
      {
        code: 'COMPETENCE_ASSESSMENT_PATH',
        // A single mixed modality; individual interviews lead it and group work is only "eventuale".
        kind: 'INDIVIDUAL',
        description:
          'Colloqui individuali, eventuale attività di gruppo, attività di autoanalisi, attività di ricerca individuale, simulazioni',
        minMinutes: 15 * HOUR,
        maxMinutes: 18 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        // "in un arco temporale di massimo 2 mesi": two calendar months from the first session (ModalityStandard.maxSpanMonths).
        maxSpanMonths: 2,
        sourceText:
          'Colloqui individuali, eventuale attività di gruppo, attività di autoanalisi, attività di ricerca individuale, simulazioni (durata complessiva da 15 a 18 ore da svolgersi in un arco temporale di massimo 2 mesi)',
      },
    ],
    outputs: [
      out(
        'COMPETENCE_DOSSIER',
        'Produzione di un dossier individuale che comprenda i risultati dettagliati del bilancio di competenze',
        false,
      ),
      out('PAI_UPDATE', 'Eventuale aggiornamento del PAI', true),
    ],
    competences: [
      'Adottare metodologie di bilancio di competenze: ricostruire l’esperienza formativa e lavorativa dell’utente; analizzare i profili e le competenze professionali associate; individuare le competenze trasferibili in diversi contesti professionali; individuare gli ambiti di miglioramento e le modalità per realizzarlo; gestire e strutturare informazioni complesse; pianificare le strategie di raggiungimento degli obiettivi',
      'Applicare tecniche per l’ascolto attivo, tecniche di espressione e di comunicazione',
      'Possedere competenze trasversali (diagnosticare, relazionarsi, affrontare)',
      'Conoscere le dinamiche del mercato del lavoro locale',
      'Conoscere i servizi formativi e di ricerca e selezione del personale',
    ],
    // The LEP orientamento specialistico opens with "Bilancio delle competenze della persona" (seed 004).
    lepCodes: ['ORIENTAMENTO_SPECIALISTICO'],
  },
  {
    code: '2Ca',
    title: 'Coaching',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2C',
    groupTitle: GROUP_2C,
    targetGroup: 'JOB_SEEKERS',
    purpose: [
      'Supportare l’utente nel perseguire gli obiettivi professionali individuati, attraverso una pianificazione efficace delle strategie più idonee e il rispetto di tempi e modalità stabiliti.',
    ],
    activities: [
      'Supporto nella stesura di un piano di azione',
      'Accompagnamento nell’attività di ricerca attiva di opportunità di inserimento lavorativo e/o formativo',
      'Supporto all’autopromozione',
      'Tutoraggio del percorso',
      'Supporto motivazionale',
    ],
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale',
        minMinutes: 10 * HOUR,
        maxMinutes: 15 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloquio individuale (durata minima complessiva 10 ore, massima 15)',
      },
    ],
    outputs: [
      out(
        'INTENSIVE_GOAL_SUPPORT',
        'Supporto intensivo al conseguimento dell’obiettivo professionale/formativo o ridefinizione dello stesso',
        false,
      ),
      out('PAI_UPDATE', 'Eventuale aggiornamento del Piano di Azione Individuale (PAI)', true),
    ],
    competences: [
      'Organizzare e pianificare le informazioni e le azioni',
      'Conoscere le tecniche di ricerca attiva del lavoro',
      'Conoscere tecniche e criteri di selezione e/o ricollocazione del personale',
      'Rinforzare l’autonomia dell’utente, individuando gli elementi di debolezza e mettendo in atto le strategie idonee a superarli',
      'Avere nozioni di diritto del lavoro e contrattualistica',
      'Conoscere le dinamiche del mercato del lavoro locale',
      'Conoscere l’offerta locale dei servizi formativi e di ricerca e selezione del personale',
    ],
    // The LEP accompagnamento al lavoro names coaching explicitly (seed 004).
    lepCodes: ['ACCOMPAGNAMENTO_LAVORO'],
  },
  {
    code: '2Cb',
    title: 'Tutorato personalizzato',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2C',
    groupTitle: GROUP_2C,
    // "persone in particolare difficoltà, che non rientrano nelle categorie delle persone con disabilità o
    // svantaggio certificato": area 3 (3Bb) is the tutoring for those categories.
    targetGroup: 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED',
    purpose: [
      'Supportare persone in particolare difficoltà, che non rientrano nelle categorie delle persone con disabilità o svantaggio certificato, nella ricerca di un impiego e nella fase di inserimento.',
    ],
    activities: [
      'Supporto nella definizione di un percorso personalizzato in accordo con eventuali altri servizi territoriali che hanno in carico l’utente',
      'Accompagnamento, mediato da un tutor, nell’attività di ricerca attiva di opportunità di inserimento lavorativo e/o formativo',
      'Supporto all’autopromozione',
      'Tutoraggio del percorso',
      'Supporto motivazionale',
      'Adesione attiva alla rete di servizi che supporta l’utente',
      'Supporto per il consolidamento della posizione lavorativa acquisita, in caso di assunzione',
    ],
    // The seed prints a second, empty bullet after this one: there is only one modality.
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW_AND_ACCOMPANIMENT',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale e attività di accompagnamento',
        minMinutes: 20 * HOUR,
        maxMinutes: 40 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio individuale e attività di accompagnamento (durata minima complessiva 20 ore e massima 40 ore)',
      },
    ],
    outputs: [
      out(
        'INTENSIVE_GOAL_SUPPORT',
        'Supporto intensivo al conseguimento dell’obiettivo professionale/formativo o ridefinizione dello stesso',
        false,
      ),
      out('REFERRAL', 'Eventuale rimando e/o segnalazione ad altri servizi', true),
      out('PAI_UPDATE', 'Eventuale aggiornamento del Piano di Azione Individuale (PAI)', true),
    ],
    competences: [
      'Organizzare e pianificare le informazioni e le azioni',
      'Conoscere le tecniche di ricerca attiva del lavoro',
      'Conoscere tecniche e criteri di selezione e/o ricollocazione del personale',
      'Rinforzare l’autonomia dell’utente, individuando gli elementi di debolezza e mettendo in atto le strategie idonee a superarli',
      'Lavorare in rete',
      'Conoscere l’offerta locale dei servizi per fasce deboli',
      'Avere nozioni di diritto del lavoro e contrattualistica',
      'Conoscere le dinamiche del mercato del lavoro locale',
      'Conoscere l’offerta locale di servizi formativi',
    ],
    // Tutoring is an activity of the LEP accompagnamento al lavoro. Not mapped to the LEP on integrated intake
    // of vulnerable people: that one is a CPI intake with a multi-professional team, not a tutoring path.
    lepCodes: ['ACCOMPAGNAMENTO_LAVORO'],
  },
  {
    code: '2Cc',
    title: 'Tirocinio',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2C',
    groupTitle: GROUP_2C,
    targetGroup: 'JOB_SEEKERS',
    purpose: [
      'Favorire la conoscenza diretta del mondo del lavoro.',
      'Agevolare la conoscenza di specifici ruoli e profili professionali.',
      'Acquisire conoscenze e competenze specifiche.',
    ],
    activities: [
      'Individuare direttamente o supportare l’utente nell’individuazione del soggetto ospitante',
      'Formalizzare l’eventuale Convenzione e il Progetto formativo',
      'Ottemperare agli adempimenti amministrativi previsti dalle norme',
      'Accompagnare lo svolgimento dell’attività mediante un tutor',
      'Supportare l’utente nell’analisi dell’esperienza e dei risultati conseguiti',
      'Supportare il consolidamento della posizione lavorativa acquisita, in caso di assunzione',
    ],
    // The seed prints a second, empty bullet after this one: there is only one modality.
    modalities: [
      {
        code: 'INTERVIEWS_AND_TUTORING',
        // Tutoring happens at the host company during the internship.
        kind: 'IN_COMPANY',
        description: 'Colloqui con l’azienda e con l’utente e tutoraggio',
        minMinutes: 10 * HOUR,
        maxMinutes: 20 * HOUR,
        // The seed does not say "complessiva" here, but the bound covers interviews with two parties plus
        // tutoring over the whole internship, so it can only be a path total.
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloqui con l’azienda e con l’utente e tutoraggio (durata minima 10 ore e massima 20 ore )',
      },
    ],
    outputs: [
      out('INTERNSHIP_COMPLETED', 'Realizzazione del tirocinio', false),
      out(
        'ATTESTATION',
        'Rilascio di un’attestazione contente obiettivi, attività svolte e risultati conseguiti come previsto dalle norme',
        false,
      ),
      out('PAI_UPDATE', 'Eventuale aggiornamento del Piano di Azione Individuale (PAI)', true),
      out('COMPETENCE_CERTIFICATION_REFERRAL', 'Eventuale rinvio per la certificazione delle competenze', true),
    ],
    competences: [
      'Predisporre progetti orientativi e formativi',
      'Individuare soggetti ospitanti rispondenti agli obiettivi professionali dell’utente',
      'Accompagnare l’utente nell’inserimento in un contesto lavorativo, individuando eventuali elementi di difficoltà e mettendo in atto le strategie idonee a superarli',
      'Conoscere le tecniche di ricerca attiva del lavoro e in particolare le strategie e le tecniche per la gestione di colloqui di selezione',
      'Conoscere le norme che regolano i tirocini',
      'Conoscere la struttura del mercato del lavoro locale',
    ],
    lepCodes: ['ATTIVAZIONE_TIROCINIO'],
  },
  {
    code: '2Cd',
    title: 'Laboratorio',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2C',
    groupTitle: GROUP_2C,
    targetGroup: 'JOB_SEEKERS',
    purpose: WORKSHOP_PURPOSE,
    activities: WORKSHOP_ACTIVITIES,
    modalities: [workshopModality()],
    outputs: WORKSHOP_OUTPUTS,
    competences: [
      'Predisporre progetti orientativi e formativi',
      'Predisporre attività laboratoriali simulando contesti lavorativi reali',
      'Accompagnare l’utente nell’inserimento in un contesto lavorativo, individuando eventuali elementi di difficoltà e mettendo in atto le strategie idonee a superarli',
      'Conoscere i contenuti dei profili professionali',
    ],
    // No LEP names simulated workshops; accompagnamento al lavoro is the LEP whose aim covers "progettando le
    // misure di inserimento lavorativo e/o formativo" (seed 004).
    lepCodes: ['ACCOMPAGNAMENTO_LAVORO'],
  },
  {
    code: '2Ce',
    title: 'Inserimento lavorativo',
    area: 2,
    areaTitle: AREA_2,
    groupCode: '2C',
    groupTitle: GROUP_2C,
    targetGroup: 'JOB_SEEKERS',
    purpose: PLACEMENT_PURPOSE,
    activities: PLACEMENT_ACTIVITIES,
    modalities: [
      {
        code: 'INTERVIEWS_TRAINING_ACCOMPANIMENT',
        kind: 'INDIVIDUAL',
        description: 'Colloqui individuali, attività di formazione e attività di accompagnamento',
        minMinutes: 20 * HOUR,
        maxMinutes: 50 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloqui individuali, attività di formazione e attività di accompagnamento (durata minima 20 ore e massima 50 ore)',
      },
      {
        code: 'PLACEMENT_TUTORING',
        kind: 'IN_COMPANY',
        description: 'Tutoraggio a supporto dell’inserimento',
        minMinutes: 12 * HOUR,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Tutoraggio a supporto dell’inserimento (durata minima 12 ore e massima 20 ore)',
      },
      {
        code: 'STABILISATION_TUTORING',
        kind: 'IN_COMPANY',
        description: 'Tutoraggio a supporto della stabilizzazione',
        // The seed writes "durata minima 0 ore": kept as 0 (an explicit bound), not null (no bound), since it
        // states that this tutoring may be skipped altogether.
        minMinutes: 0,
        maxMinutes: 12 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Tutoraggio a supporto della stabilizzazione (durata minima 0 ore e massima 12 ore )',
      },
    ],
    outputs: [
      out('JOB_PLACEMENT', 'Inserimento lavorativo', false),
      out('REFERRAL', 'Eventuale rimando e/o segnalazione ad altri servizi', true),
      out('PAI_UPDATE', 'Eventuale aggiornamento del PAI', true),
    ],
    competences: [
      'Adottare metodologie di orientamento professionale',
      'Organizzare, pianificare e accompagnare l’esperienza in azienda',
      'Rinforzare l’occupabilità dell’utente, individuando gli elementi di debolezza e mettendo in atto le strategie idonee a superarli',
      'Conoscere strategie e tecniche per la gestione di colloqui di selezione',
      'Avere nozioni di diritto del lavoro e contrattualistica',
      'Conoscere le dinamiche del mercato del lavoro locale',
      'Conoscere l’offerta locale di servizi formativi',
    ],
    // Tutoring and motivational support (accompagnamento al lavoro) plus "Individuazione del datore di lavoro"
    // ending in hiring, which is the "inserimento lavorativo" activity of the LEP incontro domanda offerta.
    lepCodes: ['ACCOMPAGNAMENTO_LAVORO', 'INCONTRO_DOMANDA_OFFERTA'],
  },
  {
    code: '2D',
    title: 'Consulenza per l’avvio di attività autonoma',
    area: 2,
    areaTitle: AREA_2,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'JOB_SEEKERS',
    purpose: [
      'Supporto all’avvio di un’attività autonoma con servizi di orientamento, formazione ed accompagnamento nella fase di start up dell’impresa.',
    ],
    activities: [
      'Valutare l’idea imprenditoriale, evidenziando problematiche e vincoli che potrebbero ostacolare il positivo iter',
      'Supportare un’indagine sul mercato di riferimento',
      'Supportare nel reperimento di informazioni sulle forme giuridiche aziendali',
      'Supportare nel reperimento di informazioni sui regimi fiscali aziendali',
      'Supportare nel reperimento di informazioni su agevolazioni e contributi',
      'Erogare eventuale formazione su competenze di base (gestionali, amministrative, organizzative e fiscali), funzionali alla gestione di un lavoro in proprio',
      'Eventuale realizzazione di azioni di tutoraggio nella fase di start up dell’attività',
    ],
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale',
        minMinutes: 10 * HOUR,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloquio individuale (durata minima del percorso 10 ore , massima 20 ore)',
      },
      {
        code: 'GROUP_INTERVIEW',
        kind: 'GROUP',
        description: 'Colloquio di gruppo',
        minMinutes: 20 * HOUR,
        maxMinutes: 40 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloquio di gruppo (durata minima del percorso 20 ore, massima 40 ore )',
      },
      {
        code: 'START_UP_TUTORING',
        kind: 'INDIVIDUAL',
        description: 'Tutoraggio in fase di start up',
        // The seed reads "durata massima 10 ore, massima 20 ore": two maxima, an evident slip. Read as minimum
        // 10, maximum 20, following the "minima X, massima Y" pattern of the two bullets above it; the literal
        // "massima 10" would contradict the "massima 20" that follows. The tutoring itself is "Eventuale"
        // (activities), so the minimum applies only when it is delivered.
        minMinutes: 10 * HOUR,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Tutoraggio in fase di start up (durata massima 10 ore, massima 20 ore)',
      },
    ],
    outputs: [
      // Not optional: the business plan is the default result; "eventuale" qualifies only the alternative.
      out(
        'BUSINESS_PLAN',
        'Redazione del progetto d’impresa (business plan) o eventuale ridefinizione dell’obiettivo professionale',
        false,
      ),
      out('BUSINESS_STARTED', 'Eventuale avvio dell’attività di impresa', true),
    ],
    competences: [
      'Redigere un business plan',
      'Motivare e rendere consapevoli gli utenti sulle caratteristiche del lavoro autonomo',
      'Conoscere la legislazione d’impresa e la legislazione fiscale',
      'Conoscere i contributi e le agevolazioni provinciali e nazionali per l’avvio di attività autonoma',
    ],
    lepCodes: ['AUTOIMPIEGO'],
  },

  // ───────────────────────────── Area 3 ─────────────────────────────
  {
    code: '3A',
    title: 'Orientamento specialistico',
    area: 3,
    areaTitle: AREA_3,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'DISABLED_OR_DISADVANTAGED',
    // The seed's Finalità is a lead-in followed by four bullets; kept as five items in order.
    purpose: [
      'Sostenere le persone con disabilità o svantaggio tramite attività di:',
      'informazione circa le opportunità di lavoro presso i datori di lavoro pubblici e privati soggetti all’obbligo di assunzione di disabili',
      'offerta di servizi e strumenti atti a facilitare l’inserimento lavorativo',
      'definizione di un progetto professionale condiviso con l’interessato ed eventualmente con i Servizi coinvolti nella gestione del caso individuando l’obiettivo, i tempi, i metodi e gli strumenti per realizzarlo',
      'aiuto nella stesura del curriculum vitae (CV)',
    ],
    activities: [
      'Analisi delle residue capacità lavorative e delle aspirazioni professionali, delle competenze, delle potenzialità, delle propensioni e attitudini, dei vincoli e delle risorse del lavoratore, (tenendo conto, se presenti, della scheda delle potenzialità lavorative, della diagnosi funzionale e della relazione conclusiva formulata dalla Commissione sanitaria Integrata)',
      'Stesura del progetto professionale',
      'Supporto nella redazione del curriculum vitae e nella ricerca attiva di un impiego',
      'Individuazione di interventi di supporto all’inserimento lavorativo coerenti con i bisogni individuati e orientamento verso eventuali servizi specialistici e della formazione',
      'Predisposizione, sottoscrizione o aggiornamento del Piano di Azione Individuale (PAI)',
    ],
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale',
        minMinutes: 45,
        maxMinutes: 60,
        minutesScope: 'SESSION',
        minSessions: 3,
        maxSessions: 4,
        maxSpanMonths: null,
        sourceText:
          'Colloquio individuale (durata minima 45 minuti e massima 60 minuti - percorso minimo di 3 colloqui massimo 4)',
      },
      {
        code: 'GROUP_INTERVIEW',
        kind: 'GROUP',
        description: 'Colloquio di gruppo, anche per targets specifici',
        // "massima 20" has no unit; hours, as the minimum of the same sentence.
        minMinutes: 16 * HOUR,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio di gruppo, anche per targets specifici (durata minima del percorso 16 ore e massima 20 )',
      },
    ],
    outputs: [
      out('PROFESSIONAL_PROJECT', 'Definizione di un progetto professionale individuale', false),
      out('CV', 'Eventuale redazione del CV', true),
      // The activities list the PAI without "Eventuale", the outputs with it: the output box is followed.
      out('PAI', 'Eventuale predisposizione, sottoscrizione o aggiornamento del PAI', true),
    ],
    competences: [
      'Adottare metodologie di orientamento professionale riferimento specifiche per persone con disabilità o svantaggio',
      'Analizzare le esperienze formative e lavorative pregresse dell’utente per individuarne i punti di forza e di criticità',
      'Programmare le strategie di inserimento lavorativo',
      'Applicare tecniche per l’ascolto attivo, tecniche di espressione e di comunicazione',
      'Possedere competenze trasversali (diagnosticare, relazionarsi, affrontare)',
      'Conoscere le dinamiche del mercato del lavoro locale',
      'Conoscere i servizi formativi, sociali e sanitari e le strutture del privato sociale',
    ],
    lepCodes: ['CM_ORIENTAMENTO_SPECIALISTICO', 'ORIENTAMENTO_SPECIALISTICO'],
  },
  {
    code: '3Ba',
    title: 'Coaching',
    area: 3,
    areaTitle: AREA_3,
    groupCode: '3B',
    groupTitle: GROUP_3B,
    targetGroup: 'DISABLED_OR_DISADVANTAGED',
    purpose: ['Supportare l’utente con disabilità o svantaggio in un progetto di collocamento mirato.'],
    activities: [
      'Elaborazione di un progetto d’inserimento formativo e/o lavorativo, eventualmente in accordo con i servizi sociali e sanitari se la persona è in carico agli stessi',
      'Ricerca di opportunità di inserimento lavorativo e/o formative in ambienti e con mansioni confacenti alle capacità presenti e potenziabili (come da indicazione della relazione conclusiva stesa dalla Commissione Sanitaria Integrata per quanto riguarda le persone con disabilità)',
      'Tutoraggio del percorso',
      'Sostegno al lavoratore e al datore di lavoro nella gestione dell’inserimento',
    ],
    modalities: [
      {
        code: 'INTERVIEWS_WITH_USER_AND_SERVICES',
        kind: 'INDIVIDUAL',
        description: 'Colloqui individuali con l’utente e colloqui con i servizi sociali e/o sanitari',
        minMinutes: null,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloqui individuali con l’utente e colloqui con i servizi sociali e/o sanitari (durata massima complessiva 20 ore)',
      },
    ],
    outputs: [
      out(
        'GOAL_ACHIEVED_OR_REDEFINED',
        'Conseguimento dell’obiettivo professionale/formativo o ridefinizione dello stesso',
        false,
      ),
      out('PAI_UPDATE', 'Eventuale aggiornamento del Piano di Azione individuale (PAI)', true),
    ],
    competences: [
      'Elaborare un progetto di collocamento mirato',
      'Conoscere le tecniche di ricerca attiva del lavoro e in particolare le strategie e le tecniche di selezione del personale, tenuto conto dello svantaggio o della disabilità della persona.',
      'Conoscere e utilizzare servizi mirati in base alla tipologia di disabilità o svantaggio',
      'Rinforzare l’autonomia dell’utente individuando i punti di forza e gli elementi di debolezza, mettendo in atto le strategie idonee a superarli o a contenerli',
      'Avere nozioni di diritto del lavoro e contrattualistica e conoscere la normativa inerente l’inserimento lavorativo delle persone con disabilità (L.68/99, relativo regolamento di esecuzione, ecc.) sia per quanto riguarda la gestione degli obblighi di assunzione in capo al datore di lavoro sia in relazione alla certificazione delle persone con disabilità (delibazioni Giunta Provinciale, norme nazionali ecc.)',
      'Conoscere le dinamiche del mercato del lavoro locale',
      'Conoscere l’offerta locale di servizi formativi',
    ],
    lepCodes: ['CM_ACCOMPAGNAMENTO_LAVORO', 'ACCOMPAGNAMENTO_LAVORO'],
  },
  {
    code: '3Bb',
    title: 'Tutorato personalizzato',
    area: 3,
    areaTitle: AREA_3,
    groupCode: '3B',
    groupTitle: GROUP_3B,
    targetGroup: 'DISABLED_OR_DISADVANTAGED',
    purpose: [
      'Accompagnamento all’inserimento lavorativo o al mantenimento del posto di lavoro, utilizzando interventi integrati di orientamento professionale, formazione e tutoraggio.',
      'Il tutoraggio è inteso anche come supporto alle persone con disabilità o svantaggio, che presentano particolari difficoltà nella fase di inserimento o mantenimento del posto di lavoro, tramite un ruolo di mediazione tra le richieste del datore di lavoro e le capacità di rispondere alle stesse da parte della persona.',
    ],
    activities: [
      'Supporto nella definizione di un percorso personalizzato, in accordo con eventuali altri servizi territoriali che hanno in carico l’utente',
      'Eventuali attività formative propedeutiche all’inserimento lavorativo o finalizzate all’acquisizione di nuove competenze durante il rapporto di lavoro',
      'Accompagnamento nell’attività di ricerca attiva di opportunità di inserimento lavorativo e/o formative',
      'Supporto motivazionale',
      'Individuazione del datore di lavoro in caso di nuovo inserimento lavorativo',
      'Supporto all’inserimento nel primo periodo di assunzione o al mantenimento del posto di lavoro',
      'Eventuale predisposizione e sottoscrizione del Piano di Azione Individuale (PAI)',
    ],
    modalities: [
      {
        code: 'INTERVIEWS_AND_MEETINGS',
        kind: 'INDIVIDUAL',
        description:
          'Colloqui individuali con il lavoratore, incontri con il datore di lavoro, incontri con i servizi sociali e/o sanitari',
        // "durata minima 20 e massima complessiva 60 ore": the minimum has no unit and no "complessiva"; both
        // are read as hours over the whole path, the unit and scope the same sentence gives the maximum.
        minMinutes: 20 * HOUR,
        maxMinutes: 60 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloqui individuali con il lavoratore, incontri con il datore di lavoro, incontri con i servizi sociali e/o sanitari (durata minima 20 e massima complessiva 60 ore).',
      },
      {
        code: 'JOB_RETENTION_TUTORING',
        kind: 'IN_COMPANY',
        description: 'Tutoraggio a supporto del mantenimento del posto di lavoro',
        minMinutes: null,
        maxMinutes: 60 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Tutoraggio a supporto del mantenimento del posto di lavoro (durata massima 60 ore)',
      },
    ],
    outputs: [
      out(
        'INTENSIVE_GOAL_SUPPORT',
        'Supporto intensivo al conseguimento dell’obiettivo professionale/formativo o ridefinizione dello stesso',
        false,
      ),
      // Placement and retention are alternatives (new hire vs keeping a job), yet the seed marks neither
      // "Eventuale"; they stay non-optional as printed.
      out('JOB_PLACEMENT', 'Inserimento lavorativo', false),
      out('JOB_RETENTION', 'Mantenimento del posto di lavoro', false),
      out('REFERRAL', 'Eventuale rimando e/o segnalazione ad altri servizi', true),
      out('PAI_UPDATE', 'Eventuale aggiornamento PAI', true),
    ],
    competences: [
      'Organizzare e pianificare le informazioni e le azioni; Formulare il progetto di inserimento formativo/lavorativo; Accompagnare l’esperienza lavorativa',
      'Rinforzare l’autonomia dell’utente, individuando gli elementi di debolezza e mettendo in atto le strategie idonee a superarli',
      'Lavorare in rete con i vari attori coinvolti',
      'Conoscere: tecniche di ricerca attiva del lavoro; tecniche e criteri di selezione e/o ricollocazione del personale; nozioni di diritto del lavoro e contrattualistica; offerta locale servizi per fasce svantaggiate; struttura e dinamiche del mercato del lavoro locale, con particolare riferimento ai datori di lavoro soggetti agli obblighi di cui alla L. 68/99; offerta locale di servizi formativi',
    ],
    lepCodes: ['CM_ACCOMPAGNAMENTO_LAVORO', 'ACCOMPAGNAMENTO_LAVORO'],
  },
  {
    code: '3Bc',
    title: 'Tirocinio',
    area: 3,
    areaTitle: AREA_3,
    groupCode: '3B',
    groupTitle: GROUP_3B,
    targetGroup: 'DISABLED_OR_DISADVANTAGED',
    purpose: [
      'Favorire la conoscenza diretta del mondo del lavoro, agevolare la conoscenza di specifici ruoli e profili professionali, acquisire conoscenze e competenze specifiche.',
      'Valutare le capacità della persona con disabilità o svantaggio.',
    ],
    activities: [
      'Individuare direttamente o supportare l’utente nell’individuazione del soggetto ospitante in accordo con eventuali altri servizi territoriali che hanno in carico l’utente',
      'Formalizzare la Convenzione e il Progetto formativo e di orientamento',
      'Ottemperare agli adempimenti amministrativi previsti dalle norme',
      'Accompagnare lo svolgimento dell’attività mediante un tutor',
      'Supportare l’utente nell’analisi dell’esperienza e dei risultati conseguiti',
      'Condividere il percorso di tirocinio con eventuali altri servizi territoriali che hanno in carico l’utente',
    ],
    modalities: [
      {
        code: 'INTERVIEWS_MEETINGS_AND_TUTORING',
        kind: 'IN_COMPANY',
        description:
          'Colloqui individuali con l’utente, incontri con il datore di lavoro, incontri con i servizi sociali e/o sanitari e tutoraggio',
        minMinutes: null,
        maxMinutes: 50 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloqui individuali con l’utente, incontri con il datore di lavoro, incontri con i servizi sociali e/o sanitari e tutoraggio (durata massima complessiva 50 ore)',
      },
    ],
    outputs: [
      out('INTERNSHIP_COMPLETED', 'Realizzazione del tirocinio', false),
      out(
        'ATTESTATION',
        'Rilascio di un’attestazione contenente obiettivi, attività svolte e risultati conseguiti come previsto dalle norme',
        false,
      ),
      out('PAI_UPDATE', 'Eventuale aggiornamento del Piano di Azione Individuale (PAI)', true),
    ],
    competences: [
      'Predisporre progetti orientativi e formativi',
      'Individuare soggetti ospitanti rispondenti agli obiettivi professionali dell’utente e/o agli obiettivi valutativi del progetto, per le persone con disabilità anche in seguito a quanto formulato nella relazione conclusiva della Commissione Sanitaria Integrata',
      'Accompagnare l’utente nell’inserimento in un contesto lavorativo, individuando eventuali elementi di difficoltà e mettendo in atto le strategie idonee a superarli',
      'Conoscere: tecniche di ricerca attiva del lavoro e in particolare strategie e tecniche per la gestione di colloqui di selezione; norme che regolano i tirocini; struttura del mercato del lavoro locale con particolare riferimento ai datori di lavoro soggetti agli obblighi di cui alla L. 68/99',
    ],
    // Seed 001 lists no separate internship service under collocamento mirato: internships are the "Misura
    // (tirocini, work experience, ecc.) attivata e assistita mediante tutoraggio" output of its accompaniment.
    lepCodes: ['CM_ACCOMPAGNAMENTO_LAVORO', 'ATTIVAZIONE_TIROCINIO'],
  },
  {
    code: '3Bd',
    title: 'Laboratorio',
    area: 3,
    areaTitle: AREA_3,
    groupCode: '3B',
    groupTitle: GROUP_3B,
    targetGroup: 'DISABLED_OR_DISADVANTAGED',
    purpose: WORKSHOP_PURPOSE,
    activities: WORKSHOP_ACTIVITIES,
    modalities: [workshopModality()],
    outputs: WORKSHOP_OUTPUTS,
    competences: [
      'Predisporre progetti orientativi e formativi',
      'Predisporre attività laboratoriali simulando contesti lavorativi reali',
      'Accompagnare l’utente nell’inserimento in un contesto lavorativo individuando eventuali elementi di difficoltà e mettendo in atto le strategie idonee a superarli',
      'Conoscere i contenuti dei profili professionali',
    ],
    lepCodes: ['CM_ACCOMPAGNAMENTO_LAVORO', 'ACCOMPAGNAMENTO_LAVORO'],
  },
  {
    code: '3Be',
    title: 'Inserimento lavorativo',
    area: 3,
    areaTitle: AREA_3,
    groupCode: '3B',
    groupTitle: GROUP_3B,
    targetGroup: 'DISABLED_OR_DISADVANTAGED',
    purpose: PLACEMENT_PURPOSE,
    activities: PLACEMENT_ACTIVITIES,
    // The seed prints a third, empty bullet after these two: there are two modalities.
    modalities: [
      {
        code: 'INTERVIEWS_TRAINING_ACCOMPANIMENT',
        kind: 'INDIVIDUAL',
        description:
          'Colloqui individuali, attività di formazione e attività di accompagnamento, incontri con il datore di lavoro, incontri con i servizi sociali e/o sanitari',
        minMinutes: 20 * HOUR,
        maxMinutes: 60 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloqui individuali, attività di formazione e attività di accompagnamento, incontri con il datore di lavoro, incontri con i servizi sociali e/o sanitari (durata minima 20 ore e massima 60 ore )',
      },
      {
        // Unlike 2Ce, one modality covers both placement and stabilisation tutoring.
        code: 'PLACEMENT_AND_STABILISATION_TUTORING',
        kind: 'IN_COMPANY',
        description: 'Tutoraggio a supporto dell’inserimento e della stabilizzazione',
        minMinutes: 20 * HOUR,
        maxMinutes: 100 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Tutoraggio a supporto dell’inserimento e della stabilizzazione (durata minima 20 ore e massima 100 ore )',
      },
    ],
    outputs: [
      out('JOB_PLACEMENT', 'Inserimento lavorativo', false),
      out('REFERRAL', 'Eventuale rimando e/o segnalazione ad altri servizi', true),
      out('PAI_UPDATE', 'Eventuale aggiornamento del PAI', true),
    ],
    // The seed numbers these 8 to 14 (a numbering slip carried over from a list above); numbers are dropped.
    competences: [
      'Adottare metodologie di orientamento professionale',
      'Organizzare, pianificare e accompagnare l’esperienza in azienda',
      'Rinforzare l’occupabilità dell’utente, individuando gli elementi di debolezza e mettendo in atto le strategie idonee a superarli',
      'Conoscere strategie e tecniche per la gestione di colloqui di selezione',
      'Avere nozioni di diritto del lavoro e contrattualistica',
      'Conoscere le dinamiche del mercato del lavoro locale con particolare riferimento ai datori di lavoro soggetti agli obblighi di cui alla L. 68/99',
      'Conoscere l’offerta locale di servizi formativi',
    ],
    lepCodes: [
      'CM_ACCOMPAGNAMENTO_LAVORO',
      'CM_INCONTRO_DOMANDA_OFFERTA',
      'ACCOMPAGNAMENTO_LAVORO',
      'INCONTRO_DOMANDA_OFFERTA',
    ],
  },

  // ───────────────────────────── Area 4 ─────────────────────────────
  // Seeds 004 and 001 describe LEP for people only. DOMAIN.md confirms a LEP S for collocamento mirato services
  // to employers, but no seed describes it, so it is not in lepServices and 4A/4B map to no LEP.
  {
    code: '4A',
    title: 'Promozione e prima informazione',
    area: 4,
    areaTitle: AREA_4,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'EMPLOYERS',
    purpose: [
      'Promuovere i servizi pubblici per il lavoro a favore delle imprese, fornire informazioni sui servizi disponibili e rilevare i fabbisogni, in raccordo con le altre strutture provinciali preposte a favorire lo sviluppo imprenditoriale, la cultura d’impresa e l’innovazione.',
    ],
    activities: [
      'Promuovere i servizi per il lavoro sul territorio',
      'Illustrare i servizi erogati e fornire le informazioni relative a: incentivi e agevolazioni per le assunzioni; procedure amministrative (es. comunicazioni obbligatorie, adempimenti del collocamento mirato); contrattualistica e normativa in tema di lavoro; tirocini',
      'Impostare un primo screening dei fabbisogni di servizi e personale',
    ],
    // The seed prints a second, empty bullet after this one: there is only one modality.
    modalities: [
      {
        code: 'EMPLOYER_INTERVIEW',
        // "in azienda o presso un punto della rete": classed by the first-named place.
        kind: 'IN_COMPANY',
        description: 'Colloquio in azienda o presso un punto della rete provinciale dei servizi',
        minMinutes: 30,
        maxMinutes: 1 * HOUR,
        minutesScope: 'SESSION',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio in azienda o presso un punto della rete provinciale dei servizi (durata minima 30 minuti, massima 1 ora)',
      },
    ],
    outputs: [
      out('INFORMATION_PROVIDED', 'Erogazione delle informazioni', false),
      out(
        'REFERRAL',
        'Eventuale rinvio dell’azienda al servizio di consulenza o al servizio di incrocio domanda-offerta o a uffici che gestiscono la formazione continua o ad altri uffici provinciali',
        true,
      ),
      out('PROMOTIONAL_MATERIALS', 'Realizzazione di materiali informativo/promozionali', false),
    ],
    competences: EMPLOYER_CONSULTING_COMPETENCES,
    lepCodes: [],
  },
  {
    code: '4B',
    title: 'Consulenza per la rilevazione e gestione dei fabbisogni occupazionali e formativi',
    area: 4,
    areaTitle: AREA_4,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'EMPLOYERS',
    purpose: [
      'Supportare le imprese rispetto ai loro fabbisogni legati alla formazione, al reperimento e all’inserimento delle risorse umane, in raccordo con le altre strutture provinciali preposte a favorire lo sviluppo imprenditoriale, la cultura d’impresa e l’innovazione.',
    ],
    activities: [
      'Rilevare i fabbisogni formativi e occupazionali dell’impresa',
      'Sostenere la realizzazione di piani di sviluppo delle risorse umane, individuando percorsi formativi per il recupero di gap formativi o l’adeguamento di profili professionali',
      'Fornire informazioni su contratti, incentivi all’assunzione e aggiornamenti normativi in materia di lavoro',
      'Fornire informazioni su norme e misure di accompagnamento al lavoro e inserimento di soggetti disabili e svantaggiati',
    ],
    modalities: [
      {
        code: 'EMPLOYER_CONSULTING',
        kind: 'IN_COMPANY',
        description: 'Colloquio con il referente aziendale ed eventuali visite aziendali',
        minMinutes: 2 * HOUR,
        maxMinutes: 10 * HOUR,
        // Interview plus possible company visits under one bound: read as the total of the consultancy.
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText: 'Colloquio con il referente aziendale ed eventuali visite aziendali (durata da 2 a 10 ore)',
      },
    ],
    outputs: [
      out(
        'CONTINUING_TRAINING_PROJECT',
        'Eventuale definizione di un progetto aziendale relativo alla formazione continua per l’aggiornamento e la riqualificazione del personale',
        true,
      ),
      out('PROFILES_TO_RECRUIT', 'Eventuale individuazione di figure professionali da ricercare', true),
      out('REFERRAL', 'Eventuale invio ad altri servizi', true),
    ],
    competences: EMPLOYER_CONSULTING_COMPETENCES,
    lepCodes: [],
  },
  {
    code: '4C',
    title: 'Incontro domanda offerta di lavoro',
    area: 4,
    areaTitle: AREA_4,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'EMPLOYERS',
    purpose: [
      'Supportare le imprese nella fase di pre-selezione delle figure professionali rispondenti ai fabbisogni espressi.',
    ],
    activities: [
      'Acquisire il fabbisogno e orientare l’azienda nell’individuazione del profilo più adeguato al bisogno',
      'Individuare le candidature maggiormente rispondenti ai requisiti della ricerca e presenti sul portale dedicato della Pat',
      'Supportare la pubblicizzazione delle posizioni vacanti',
      'Contattare i potenziali candidati per la verifica della loro effettiva disponibilità',
      'Raccogliere e verificare le auto-candidature',
      'Presentare al datore di lavoro una rosa delle candidature pre-selezionate',
      'Raccogliere gli esiti/feedback dal datore di lavoro',
      'Supportare il datore di lavoro nell’individuazione di soluzioni per la copertura di eventuali gap di competenze',
      'Registrare l’esito del processo di selezione nel sistema informativo',
    ],
    modalities: [
      {
        // The seed lists three bullets and then, on a line of its own, one "(durata minima 4 ore, massima 8
        // ore)". Standing apart from the bullets, it is read as bounding the three activities together; one
        // modality is encoded so the bound is not wrongly attached to "Contatti con i lavoratori" alone.
        code: 'MATCHING_ACTIVITIES',
        kind: 'OTHER',
        description: 'Colloquio con il referente aziendale; Ricerche in banca dati; Contatti con i lavoratori',
        minMinutes: 4 * HOUR,
        maxMinutes: 8 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio con il referente aziendale • Ricerche in banca dati • Contatti con i lavoratori (durata minima 4 ore, massima 8 ore )',
      },
    ],
    outputs: [out('CANDIDATE_SHORTLIST', 'Presentazione all’azienda di lavoratori da sottoporre a selezione', false)],
    competences: [
      'Saper leggere e interpretare i fabbisogni aziendali in termini di figure professionali',
      'Individuare i requisiti fondamentali richiesti dall’azienda e definire il loro ordine in termini di importanza per impostare una azione di machting',
      'Conoscere gli elementi di organizzazione aziendale e le tecniche di analisi e descrizione dei processi produttivi aziendali',
      'Gestire i rapporti con le aziende e con le relative reti territoriali e associative',
      "Monitorare l'attività e i suoi esiti",
      'Conoscere nozioni di diritto del lavoro e contrattualistica',
      'Conoscere le dinamiche del mercato del lavoro locale',
    ],
    // Same activities as the LEP incontro domanda offerta (contact candidates, collect self-applications,
    // pre-select, record the outcome), seen from the employer's side.
    lepCodes: ['INCONTRO_DOMANDA_OFFERTA'],
  },
  {
    code: '4D',
    title: 'Supporto alla verifica delle competenze e alla selezione del personale',
    area: 4,
    areaTitle: AREA_4,
    groupCode: null,
    groupTitle: null,
    targetGroup: 'EMPLOYERS',
    purpose: [
      'Supportare le imprese nella fase di selezione dei lavoratori individuati rispondenti ai fabbisogni espressi',
    ],
    activities: [
      'verificare le competenze professionali dichiarate dai candidati, in ordine alle propensioni occupazionali espresse e alle richieste dell’azienda',
      'Supportare il datore di lavoro nelle attività di selezione',
    ],
    // Both bounds are read per selection assignment (PATH): checking several candidates and running a
    // selection are not single sittings, and the seed names no session count.
    modalities: [
      {
        code: 'COMPETENCE_VERIFICATION',
        kind: 'OTHER',
        description: 'Attività di verifica delle competenze dichiarate dai candidati',
        minMinutes: 2 * HOUR,
        maxMinutes: 6 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Attività di verifica delle competenze dichiarate dai candidati (durata minima 2 ore e massima 6 ore )',
      },
      {
        code: 'CANDIDATE_SELECTION',
        kind: 'OTHER',
        description: 'Attività di selezione dei candidati, anche con la presenza del referente aziendale',
        minMinutes: 2 * HOUR,
        maxMinutes: 6 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Attività di selezione dei candidati, anche con la presenza del referente aziendale (durata minima 2 ore e massima 6 ore)',
      },
    ],
    outputs: [out('CANDIDATE_IDENTIFIED', 'Individuazione del candidato da assumere', false)],
    competences: [
      'Saper leggere e interpretare i fabbisogni aziendali in termini di profili professionali',
      'Individuare i requisiti fondamentali richiesti dall’azienda e definire il loro ordine in termini di importanza per impostare una azione di selezione',
      'Conoscere tecniche e criteri di selezione e/o ricollocazione del personale',
      'Conoscere e saper applicare tecniche di verifica e valutazione delle competenze',
      'Conoscere gli elementi di organizzazione aziendale e le tecniche di analisi e descrizione dei processi produttivi aziendali',
      'Conoscere nozioni di diritto del lavoro e contrattualistica',
    ],
    // Selection continues the pre-selection of the LEP incontro domanda offerta ("persona preselezionata e
    // selezionata dall'impresa" is its outcome in seed 001).
    lepCodes: ['INCONTRO_DOMANDA_OFFERTA'],
  },
  {
    code: '4E',
    title: 'Ricollocazione professionale di lavoratori oggetto di procedure di riduzione del personale',
    area: 4,
    areaTitle: AREA_4,
    groupCode: null,
    groupTitle: null,
    // The employer in a staff-reduction procedure asks for the service; the people served are its redundant
    // workers. Area 4 is the employers' area, so the target is EMPLOYERS.
    targetGroup: 'EMPLOYERS',
    purpose: [
      'Favorire, nei casi di crisi, la transizione del personale licenziato o cassintegrato individuato in esubero verso un nuovo posto di lavoro.',
    ],
    activities: [
      'Individuazione delle competenze del lavoratore e delle sue motivazioni, rapportando entrambi questi elementi alle effettive disponibilità delle aziende potenzialmente interessate all’assorbimento',
      'Definizione di un progetto di reinserimento professionale per il riposizionamento del lavoratore (mediante attività alle dipendenze o mediante attività autonoma)',
      'Nel caso di scelta di lavoro dipendente, attivazione di un servizio di coaching (vedi scheda 2Ba)',
      'Nel caso di scelta di lavoro autonomo, attivazione del servizio di Consulenza per l’avvio di attività autonoma (vedi scheda 2C)',
      'Eventuale predisposizione di attività di riqualificazione professionale tesa a far acquisire al lavoratore nuove competenze',
    ],
    modalities: [
      {
        code: 'INDIVIDUAL_INTERVIEW',
        kind: 'INDIVIDUAL',
        description: 'Colloquio individuale, preferibilmente realizzato presso l’azienda di provenienza',
        minMinutes: 15 * HOUR,
        maxMinutes: 20 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio individuale, preferibilmente realizzato presso l’azienda di provenienza (durata minima 15 ore, escluse le attività di formazione, e massima 20 ore)',
        // "escluse le attività di formazione" sits next to the minimum but is read as excluding training from
        // the hour count as a whole (both bounds): the modality is an interview, and retraining is a separate,
        // "Eventuale" activity of the service.
        durationExcludes: 'attività di formazione',
      },
      {
        code: 'GROUP_INTERVIEW',
        kind: 'GROUP',
        description: 'Colloquio di gruppo, preferibilmente realizzato presso l’azienda di provenienza',
        minMinutes: 25 * HOUR,
        maxMinutes: 30 * HOUR,
        minutesScope: 'PATH',
        minSessions: null,
        maxSessions: null,
        maxSpanMonths: null,
        sourceText:
          'Colloquio di gruppo, preferibilmente realizzato presso l’azienda di provenienza (durata minima 25 ore, escluse le attività di formazione,e massima 30 ore)',
        durationExcludes: 'attività di formazione',
      },
    ],
    // Same output as 2Ce/3Be (a person placed in work), here including self-employment.
    outputs: [out('JOB_PLACEMENT', 'Inserimento presso altre aziende o mediante lavoro autonomo', false)],
    competences: [
      'Possedere informazioni e relazioni utili al fine di ottenere contatti con il mercato del lavoro locale, anche in collaborazione con l’azienda richiedente',
      'Adottare metodologie di orientamento professionale',
      'Conoscere tecniche e criteri di selezione e/o ricollocazione del personale',
      'Organizzare, pianificare e accompagnare l’esperienza in azienda',
      'Rinforzare l’autonomia dell’utente, individuando gli elementi di debolezza e mettendo in atto le strategie idonee a superarli',
      'Avere nozioni di diritto del lavoro e contrattualistica',
      'Conoscere l’offerta locale dei servizi formativi e di ricerca e selezione del personale',
    ],
    // The seed's cross-references are off: "servizio di coaching (vedi scheda 2Ba)" but coaching is 2Ca (2Ba
    // is Consulenza professionale); "Consulenza per l’avvio di attività autonoma (vedi scheda 2C)" but that
    // title is 2D (2C is the Accompagnamento al lavoro group). The services are resolved by their names, which
    // are unambiguous; the activities above keep the seed's wording.
    relatedStandardCodes: ['2Ca', '2D'],
    // Coaching towards employment (accompagnamento al lavoro) or self-employment (autoimpiego). Not the
    // assegno di ricollocazione: seed 004 reserves that to NASPI recipients unemployed for over 4 months,
    // while 4E serves workers of a firm in a staff-reduction procedure.
    lepCodes: ['ACCOMPAGNAMENTO_LAVORO', 'AUTOIMPIEGO'],
  },
];

export const trentoCatalogue2013: CatalogueVersion = {
  id: 'PAT-2013',
  title: 'Repertorio degli standard minimi dei servizi provinciali per il lavoro - Provincia Autonoma di Trento',
  source: SEED,
  // The preface says the repertory defines the standards "ai sensi della deliberazione della Giunta
  // Provinciale n. 968 del 24 maggio 2013"; the seed gives no other date, so that deliberation's date is used.
  validFrom: '2013-05-24',
  validTo: null,
  legalBasis: 'deliberazione della Giunta Provinciale n. 968 del 24 maggio 2013',
  notes: [
    'Non vengono standardizzati nel presente documento alcuni servizi che restano funzione esclusiva dei Centri per l’impiego (Cpi), quali gli avviamenti alla pubblica amministrazione (art. 16, L. 56/87) e la gestione dell’elenco e delle graduatorie dei lavoratori disabili (L. 68/99).',
  ],
  standards,
};
