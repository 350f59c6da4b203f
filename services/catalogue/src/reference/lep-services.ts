import type { LepService } from './types.ts';

// LEP (Livelli Essenziali delle Prestazioni) services to people, DM 4/2018 Annex B, as listed by seed 004
// (a CPI page), and the collocamento mirato services of seed 001 (L. 68/1999).
//
// Codes are descriptive, not the Annex B letters: the seeds print no letters and DOMAIN.md confirms only D
// (service pact), J (work/care balance) and S (collocamento mirato services to employers). Every other letter
// is null rather than guessed. S is absent: no seed describes collocamento mirato services to employers (seed
// 004 is "Servizi ai cittadini"; seed 001 lists services to the person), so there is no text to encode.
//
// Apostrophes and quotes are written ’ and “” throughout (seed 001 uses straight ones), so that the
// same sentence in seeds 001 and 004 is one string.
//
// Seed 004 has lost its headings in extraction: each title below is the service named in the seed's own words
// (e.g. "I servizi di prima informazione", "Patto di servizio personalizzato"), lightly completed.
//
// standardCodes is the inverse of ServiceStandardDefinition.lepCodes in trento-standards.ts (the spec checks
// both directions). An empty list means no Trento standard implements the service; for art. 16 selections and
// the L. 68 lists that is by design: seed 003 leaves them to the CPI.

const SEED_004 = '004_6294abce37ddc61c.txt';
const SEED_001 = '001_98d9f6d6fb3c3847.txt';

const GROUP_INSERIMENTO = 'Supporto all’inserimento o reinserimento lavorativo';

// Seed 004's general text for basic orientation, specialist orientation, accompaniment and matching is word
// for word the "Descrizione" of seed 001; shared so the two cannot drift.
const ORIENTAMENTO_BASE_DESCRIPTION =
  'Il servizio di orientamento di base analizza le competenze della persona in relazione alla situazione del mercato del lavoro locale, la supporta nella comprensione del proprio bisogno (analisi della domanda) e mira ad orientare la persona sulle opportunità di formazione e lavoro che meglio si adattano al suo profilo, definendo gli atti di ricerca attiva, in un percorso individualizzato di inserimento e di disponibilità allo svolgimento di determinate attività, formalizzate poi nel “patto di servizio personalizzato”.';
const ORIENTAMENTO_BASE_ACTIVITIES = [
  'colloquio individuale',
  'raccolta delle informazioni sulle persone per la profilazione qualitativa',
];

const PATTO_ACTIVITIES = [
  'individuazione delle prestazioni di politica attiva del lavoro per la persona',
  'stipula del Patto di servizio',
  'aggiornamento dei contenuti del Patto di servizio',
  'verifica periodica con le persone dello stato di avanzamento delle azioni compiute e da compiere, intervenendo con azioni correttive',
];
const PATTO_DESCRIPTION =
  'L’elaborazione del Patto di servizio personalizzato prevede un percorso individuale coerente rispetto alle caratteristiche personali, formative e professionali della persona e alla profilazione.';

const ORIENTAMENTO_SPECIALISTICO_ACTIVITIES = [
  'Bilancio delle competenze della persona per l’individuazione dei percorsi maggiormente rispondenti alle potenzialità della persona in funzione di un percorso di inserimento o reinserimento lavorativo',
  'ricostruzione delle esperienze formative e professionali del lavoratore',
  'individuazione delle competenze maturate e spendibili nel mercato del lavoro',
  'individuazione dei gap di competenza da colmare',
  'colloquio individualizzato anche mediante piccoli gruppi',
  'counseling',
  'informazione sul sistema e sui percorsi di valutazione/certificazione delle competenze',
];

const ACCOMPAGNAMENTO_ACTIVITIES = [
  'supporto, anche motivazionale, allo sviluppo delle capacità e competenze finalizzato al raggiungimento dell’obiettivo professionale (Coaching)',
  'scouting delle opportunità occupazionali',
  'supporto nella redazione del CV e delle lettere di accompagnamento',
  'preparazione a un’adeguata conduzione di colloqui di lavoro',
  'supporto all’autopromozione',
  'tutoraggio',
];
const ACCOMPAGNAMENTO_AIM =
  'Il fine è favorire l’attivazione della persona e lo sviluppo di abilità di ricerca del lavoro, supportandola operativamente nella realizzazione del piano di ricerca attiva del lavoro e progettando le misure di inserimento lavorativo e/o formativo, garantendo il supporto nelle fasi di avvio e gestione delle esperienze di lavoro, nel rispetto della normativa in materia.';

const IDO_ACTIVITIES = [
  'promozione dei profili, delle competenze e della professionalità dei soggetti presso il sistema imprenditoriale',
  'contattare i potenziali candidati per la verifica della loro effettiva disponibilità',
  'raccogliere e verificare le auto-candidature',
  'preselezione',
  'registrazione dell’esito del processo di selezione nel sistema informativo unitario',
  'inserimento lavorativo',
];
const IDO_DESCRIPTION =
  'Il servizio è volto a realizzare l’inserimento o il reinserimento della persona nel mercato del lavoro favorendo l’incontro tra la domanda di lavoro espressa dalle imprese e l’offerta.';

// Seed 004 closes with the collocamento mirato block (lines "I Centri per l’Impiego svolgono i seguenti
// servizi: Iscrizione al collocamento mirato ..."): its service-specific sentences become the notes of the
// seed 001 entries below.
const CM_GROUP = 'Collocamento mirato (L. 68/1999 come modificata dal D.Lgs. 151/2015; DPR 333/2000; D.Lgs. 150/2015)';

export const lepServices: LepService[] = [
  // ───────────────────────── Seed 004: DM 4/2018 Annex B, services to people ─────────────────────────
  {
    code: 'ACCOGLIENZA_PRIMA_INFORMAZIONE',
    letter: null,
    title: 'Accoglienza e prima informazione',
    description:
      'Le attività, nel primo incontro con la persona, hanno la funzione di presentare il catalogo dei servizi e delle misure fruibili nel mercato del lavoro a livello locale, regionale e nazionale, al fine di soddisfare le prime richieste della persona di tipo informativo o richieste di tipo amministrativo. I servizi di prima informazione consistono in un iniziale approccio con la persona, finalizzato a fornirgli indicazioni sui servizi per il lavoro, sul sistema di profilazione e sul percorso di attivazione della persona e volto a far acquisire le informazioni di base sulle opportunità di formazione e lavoro, anche con riferimento all’opportunità di mobilità professionale transnazionale tramite Eures.',
    activities: [
      'Informazione sulla rete dei servizi competenti',
      'Informazione sulle modalità di accesso e di fruizione, nell’ambito della rete territoriale del lavoro e della formazione',
      'Informazione sugli adempimenti amministrativi legati alla registrazione presso i servizi competenti e sulla scelta del servizio di riferimento',
      'Informazione dei servizi offerti dallo sportello presso cui la persona è stata accolta',
      'Informazione sui programmi di politica attiva, sui servizi e sulle misure disponibili, regionali, nazionali e dedicati a target specifici',
      'Messa a disposizione di strumenti di auto-consultazione delle offerte di lavoro',
    ],
    source: SEED_004,
    standardCodes: ['1A'],
  },
  {
    code: 'DID_PROFILAZIONE_SAP',
    letter: null,
    title: 'DID online, profilazione e scheda anagrafica professionale',
    description:
      'La profilazione è lo strumento che misura la distanza della persona rispetto al mercato del lavoro. L’attività di profilazione consiste nella raccolta dei dati della persona relativamente al percorso formativo e lavorativo intrapreso fin a quel momento. Tutte le informazioni acquisite dai servizi nell’attività di orientamento e di profilazione confluiscono nella Scheda Anagrafica professionale.',
    activities: [
      'messa a disposizione di strumenti informatici ed eventuale supporto per l’accesso diretto alla DID online',
      'raccolta delle informazioni sulle persone',
      'registrazione dei dati sul sistema informativo unitario',
      'predisposizione o aggiornamento della scheda anagrafica professionale',
    ],
    source: SEED_004,
    standardCodes: ['1A', '2A'],
  },
  {
    code: 'ORIENTAMENTO_BASE',
    letter: null,
    title: 'Orientamento di base',
    description: ORIENTAMENTO_BASE_DESCRIPTION,
    activities: ORIENTAMENTO_BASE_ACTIVITIES,
    source: SEED_004,
    standardCodes: ['2A'],
  },
  {
    code: 'PATTO_SERVIZIO',
    // DOMAIN.md: D = service pact.
    letter: 'D',
    title: 'Patto di servizio personalizzato',
    description: PATTO_DESCRIPTION,
    activities: PATTO_ACTIVITIES,
    source: SEED_004,
    standardCodes: ['1A'],
  },
  {
    code: 'ORIENTAMENTO_SPECIALISTICO',
    letter: null,
    title: 'Orientamento specialistico',
    // Seed 004 lists only the activities; the description is seed 001's text for the same service.
    description:
      'Servizio per rendere la persona più consapevole nella lettura approfondita del contesto, nella ricostruzione e valorizzazione della propria storia professionale e formativa, nell’identificazione delle proprie competenze e risorse personali al fine di definire i percorsi più idonei per la collocazione o ricollocazione in relazione alla situazione del mercato del lavoro locale.',
    activities: ORIENTAMENTO_SPECIALISTICO_ACTIVITIES,
    source: SEED_004,
    standardCodes: ['2Ba', '2Bb', '3A'],
  },
  {
    code: 'ACCOMPAGNAMENTO_LAVORO',
    letter: null,
    title: 'Accompagnamento al lavoro',
    groupTitle: GROUP_INSERIMENTO,
    description: ACCOMPAGNAMENTO_AIM,
    activities: ACCOMPAGNAMENTO_ACTIVITIES,
    source: SEED_004,
    standardCodes: ['2Ca', '2Cb', '2Cd', '2Ce', '3Ba', '3Bb', '3Bd', '3Be', '4E'],
  },
  {
    code: 'ATTIVAZIONE_TIROCINIO',
    letter: null,
    title: 'Attivazione del tirocinio',
    groupTitle: GROUP_INSERIMENTO,
    description:
      'Il servizio è volto alla promozione di un’esperienza formativa on the Job ai fini di un incremento delle competenze. Il servizio predispone la Convenzione, il Progetto formativo individuale e il Dossier individuale del tirocinante con il soggetto ospitante e il tirocinante. Al termine del tirocinio, sulla base del Piano formativo individuale e del Dossier individuale, viene rilasciata l’attestazione dell’attività.',
    activities: [
      'scouting delle opportunità di tirocinio segnalate dalle imprese, corrispondenti alle caratteristiche del soggetto per un incremento di competenze',
      'preselezione ed invio della rosa di profili individuati all’impresa',
      'monitoraggio',
      'assolvimento degli adempimenti amministrativi previsti dalla normativa',
      'redazione Convezione, Progetto formativo individuale, Dossier individuale e attestazione delle attività svolta',
    ],
    source: SEED_004,
    standardCodes: ['2Cc', '3Bc'],
  },
  {
    code: 'INCONTRO_DOMANDA_OFFERTA',
    letter: null,
    title: 'Incontro Domanda Offerta',
    groupTitle: GROUP_INSERIMENTO,
    description: IDO_DESCRIPTION,
    activities: IDO_ACTIVITIES,
    source: SEED_004,
    standardCodes: ['2Ce', '3Be', '4C', '4D'],
  },
  {
    code: 'ASSEGNO_RICOLLOCAZIONE',
    letter: null,
    title: 'Assegno di ricollocazione',
    // The seed has no descriptive paragraph here, only its lead-in sentence and bullets: the description
    // joins the lead-in with the target the bullets repeat (NASPI, unemployed for over 4 months).
    description:
      'Attività svolte dai Cpi finalizzate all’inserimento o al reinserimento lavorativo tramite l’assegno di ricollocazione, rivolte al percettore di NASPI la cui disoccupazione ecceda i 4 mesi.',
    activities: [
      'rilascio dell’assegno di ricollocazione e verifica dei requisiti',
      'definizione di un programma personalizzato per la ricerca attiva di lavoro tarato sul profilo professionale e di occupabilità della persona e della relativa area',
      'individuazione dei profili professionali che il soggetto potrebbe ricoprire, anche in seguito ad un percorso di riqualificazione mirata',
      'trasferimento di metodi di ricerca attiva e assistenza nelle diverse fasi della ricerca (elaborazione del CV finalizzata ad una specifica vacancy, assistenza alla preselezione, ecc.)',
      'assistenza nell’utilizzo dei principali strumenti informatici e canali di reclutamento e selezione, anche on line',
      'incontri periodici di verifica delle attività concordate',
      'scouting delle opportunità occupazionale',
      'promozione dei profili, delle competenze e della professionalità dei soggetti presso il sistema imprenditoriale',
      'preselezione',
      'assistenza al sistema della Domanda nell’individuazione della tipologia contrattuale più funzionale',
      'registrazione degli esiti della selezione sul sistema informativo unitario',
      'assistenza alla persona e tutoraggio mediante assegno di ricollocazione che mira ad assistere in modo continuativo nella ricerca di lavoro il percettore di NASPI, la cui disoccupazione ecceda i 4 mesi, in tutte le attività necessarie alla sua ricollocazione, attraverso lo svolgimento di un primo appuntamento con assegnazione di un tutor e la definizione e condivisione di un programma personalizzato per la ricerca attiva di lavoro',
      'ricerca intensiva di opportunità occupazionali mediante l’utilizzo dell’assegno di ricollocazione, finalizzato alla ricollocazione dei percettori di NASPI, la cui disoccupazione ecceda i 4 mesi, a cui sia stato rilasciato l’assegno, attraverso una specifica attività di supporto nell’avvio e ingresso nel mondo del lavoro mediante la promozione del profilo professionale del titolare dell’AdR verso i potenziali datori di lavoro, lo scouting delle imprese, la selezione delle principali vacancies, l’assistenza alla preselezione, sino alle prime fasi di inserimento in azienda',
    ],
    source: SEED_004,
    // 4E (redundancy in a firm) is a different entitlement: see the 4E comment in trento-standards.ts.
    standardCodes: [],
  },
  {
    code: 'AVVIAMENTO_FORMAZIONE',
    letter: null,
    title: 'Avviamento a formazione',
    description:
      'Tali servizi offrono una panoramica sulle opportunità formative per l’adeguamento delle competenze, la qualificazione e riqualificazione professionale, anche ai fini dell’autoimpiego.',
    activities: [
      'presentazione delle opportunità disponibili sul catalogo dell’offerta formativa presente sul territorio',
      'informazione orientativa sulle iniziative formative proposte dal territorio in relazione a eventuali esigenze formative emerse e rinvio a soggetti erogatori di percorsi formativi',
    ],
    source: SEED_004,
    standardCodes: ['2A'],
  },
  {
    code: 'MOBILITA_TERRITORIALE',
    letter: null,
    title: 'Incentivi alla mobilità territoriale',
    description:
      'Si tratta di servizi volti a informare la persona su: opportunità occupazionali o di tirocinio; incentivi per la mobilità in altro territorio rispetto alla Regione di domicilio; i soggetti preposti al supporto alla mobilità territoriale.',
    activities: [
      'presentazione delle opportunità di incentivazione per il lavoro e/o il tirocinio in altro territorio nazionale ed europeo',
      'informazione sulle agevolazioni per la mobilità anche a valere su risorse messe a disposizione dall’Unione Europea',
    ],
    source: SEED_004,
    standardCodes: [],
  },
  {
    code: 'CONCILIAZIONE',
    // DOMAIN.md: J = work/care balance.
    letter: 'J',
    title: 'Strumenti di conciliazione dei tempi di lavoro con gli obblighi di cura',
    description:
      'Tali servizi sono volti a informare la persona per quanto riguarda: gli strumenti di conciliazione dei tempi di lavoro con gli obblighi di cura nei confronti di minori o di soggetti non autosufficienti; i soggetti titolari degli strumenti di conciliazione (INPS, Regione, Comuni, ecc.).',
    activities: [
      'presentazione degli strumenti di conciliazione dei tempi di lavoro con gli obblighi di cura nei confronti di minori o di soggetti non autosufficienti',
      'informazione orientativa sui soggetti titolari di strumenti di conciliazione e rinvio ai soggetti titolari degli strumenti di conciliazione',
    ],
    source: SEED_004,
    standardCodes: [],
  },
  {
    code: 'AVVIAMENTO_SELEZIONE_PA',
    letter: null,
    title: 'Avviamento a selezione presso la pubblica amministrazione (art. 16 L. 56/1987)',
    description:
      'L’avviso è pubblicato su istanza della pubblica amministrazione. Il servizio, verificata la presenza nell’istanza delle informazioni necessarie e procede alla pubblicazione dell’avviso, alla raccolta delle candidature. Approvata la graduatoria, la trasmette all’ente che ha richiesto l’avviamento a selezione. Le modalità di assunzione presso la pubblica amministrazione per lavori, sia per tempo determinato sia per tempo indeterminato, per i quali è previsto il solo requisito di istruzione della scuola dell’obbligo, sono regolate dall’articolo 16 della Legge n. 56/1987.',
    activities: [
      'pubblicazione di un avviso pubblico con tutte le opportune specifiche contrattuali e professionali, nonché le modalità per l’adesione dei candidati all’avviso',
      'raccolta delle candidature',
      'formulazione della graduatoria applicando i criteri stabiliti dalla Regione',
      'pubblicazione della graduatoria e trasmissione della stessa alla pubblica amministrazione richiedente',
      'gestione di eventuali istanze di riesame in merito la formulazione delle graduatorie',
    ],
    source: SEED_004,
    // Seed 003: "avviamenti alla pubblica amministrazione (art. 16, L. 56/87)" remain exclusive to the CPI.
    standardCodes: [],
  },
  {
    code: 'LAVORI_SOCIALMENTE_UTILI',
    letter: null,
    title: 'Lavori socialmente utili (LSU)',
    // The seed gives only the bullets: the description summarises them in the seed's words.
    description:
      'Verifica dei requisiti e raccolta delle candidature per i progetti di lavori socialmente utili approvati a un’Amministrazione Pubblica, con comunicazione dell’esito all’Amministrazione utilizzatrice e gestione delle proroghe.',
    activities: [
      'verifica (con particolare riferimento a status-Cigs, età anagrafica, residenza, qualifica e mansioni) da parte dell’Amministrazione Pubblica a cui è stato approvato il progetto di lavori socialmente utili, anche tramite consultazione del sistema delle Comunicazioni Obbligatorio e degli elenchi INPS (Banca Dati Percettori)',
      'raccolta candidature',
      'comunicazione all’Amministrazione Pubblica utilizzatrice dell’esito della verifica ai fini della convocazione da parte dello stesso',
      'gestione amministrativa di eventuali proroghe dei progetti di LSU',
    ],
    source: SEED_004,
    standardCodes: [],
  },
  {
    code: 'PRESA_IN_CARICO_INTEGRATA_VULNERABILI',
    letter: null,
    title: 'Presa in carico integrata per soggetti in condizioni di vulnerabilità',
    description:
      'Il servizio effettua una rilevazione e valutazione delle caratteristiche di fragilità e viene costruito un programma personalizzato di intervento comprendente azioni finalizzate a contrastare le diverse fragilità/vulnerabilità di cui la persona è portatrice. Il programma personalizzato può inserirsi in un piano di interventi rivolti all’insieme del nucleo familiare',
    activities: [
      'individuazione del fabbisogno informativo/orientativo del destinatario',
      'analisi-valutazione approfondita del profilo di fragilità delle persone',
      'attivazione/partecipazione ai lavori dell’equipe multiprofessionale',
      'contributo all’elaborazione, in integrazione con gli altri componenti dell’equipe multi-professionale, del programma personalizzato comprendente misure di politica attiva del lavoro (Patto di Servizio) / sociale e/o sanitario',
      'trattamento e registrazione dati nel sistema informativo unitario',
    ],
    source: SEED_004,
    // An intake by a multi-professional team; seed 003 has no such standard (its tutoring services 2Cb/3Bb
    // work "in accordo con" the services already in charge, but are not the intake itself).
    standardCodes: [],
  },
  {
    code: 'AUTOIMPIEGO',
    letter: null,
    title: 'Supporto all’autoimpiego',
    description: 'Il Centro per l’impiego eroga servizi per il supporto all’autoimpiego.',
    activities: [
      'presentazione degli strumenti e dei benefici (economici e non) a supporto dello sviluppo dell’idea autoimprenditoriale o dell’iniziativa di autoimpiego',
      'presentazione di informazioni relative alle procedure per l’avvio di attività autonome, per eventuali trasformazioni e per l’accesso a commesse ed appalti pubblici',
      'informazione sui soggetti presenti nel territorio di riferimento, specializzati in materia di creazione di impresa',
      'informazione sui percorsi specialistici, presenti nel territorio di riferimento, finalizzati a supportare gli aspiranti lavoratori autonomi/ imprenditori nel costruire un progetto/piano d’impresa realizzabile e “meritevole” di essere finanziato',
      'raccolta delle domande e delle offerte di lavoro autonomo',
      'monitoraggio e registrazione degli esiti delle azioni intraprese dal lavoratore con contatti periodici sia con il destinatario sia con i soggetti specializzati ai quali si è rivolto anche successivamente all’avvio dell’impresa',
      'tutoraggio alla persona impegnata nell’autoimpiego/avvio d’impresa',
    ],
    source: SEED_004,
    standardCodes: ['2D', '4E'],
  },

  // ───────────────────────── Seed 001: collocamento mirato (also listed at the end of seed 004) ─────────────────────────
  // Letters stay null: DOMAIN.md's S covers collocamento mirato services to employers, and these are services
  // to the person.
  {
    code: 'CM_ISCRIZIONE',
    letter: null,
    title: 'Iscrizione al collocamento mirato',
    groupTitle: CM_GROUP,
    description:
      'Il servizio viene svolto dall’operatore in front office in presenza della persona al fine di iscrivere la persona al collocamento mirato e, in un secondo momento, in back office per la verifica dei requisiti.',
    activities: [
      'Acquisizione documentazione',
      'verifica della sussistenza dei requisiti richiesti: età lavorativa, status occupazionale, percentuale di invalidità, residue capacità lavorative',
      'eventuali richieste di certificazioni/contatti INPS-INAIL',
    ],
    // Seed 001 prints "ricevuata" and "accogliamento": corrected to "ricevuta" and "accoglimento".
    outputs: [
      'ricevuta di presentazione istanza',
      'notifica di accoglimento',
      'pre-avviso di rigetto ai sensi della L. 241/1990',
      'reiezione dell’istanza',
    ],
    outcomes: ['persona che può usufruire dei servizi del collocamento mirato'],
    alsoListedIn: [SEED_004],
    source: SEED_001,
    // Seed 003: "la gestione dell’elenco e delle graduatorie dei lavoratori disabili (L. 68/99)" stays with the CPI.
    standardCodes: [],
  },
  {
    code: 'CM_ORIENTAMENTO_BASE',
    letter: null,
    title: 'Orientamento di base (collocamento mirato)',
    groupTitle: CM_GROUP,
    description: `${ORIENTAMENTO_BASE_DESCRIPTION} La profilazione qualitativa (a compendio di quella quantitativa effettuata sul sistema informativo unitario) per meglio calibrare la costruzione del percorso della persona. Il servizio prevede per i beneficiari NASPI anche la messa a conoscenza della persona sull’opportunità dell’Assegno di Ricollocazione.`,
    activities: ['Colloquio individuale', 'raccolta delle informazioni sulle persone per la profilazione qualitativa'],
    outputs: [
      'analisi delle competenze in relazione alla situazione del mercato del lavoro locale e profilazione qualitativa',
    ],
    outcomes: [
      'persona consapevole delle opportunità del mercato del lavoro e delle sue caratteristiche professionali',
    ],
    notes: ['La prestazione può essere erogata anche con la collaborazione dei servizi socio-sanitari del territorio.'],
    alsoListedIn: [SEED_004],
    source: SEED_001,
    // Area 3 of seed 003 has no basic-orientation standard (3A is specialist); 1A/2A serve everyone.
    standardCodes: [],
  },
  {
    code: 'CM_PATTO_SERVIZIO',
    letter: null,
    title: 'Patto di servizio personalizzato (collocamento mirato)',
    groupTitle: CM_GROUP,
    description: `${PATTO_DESCRIPTION} Il patto di servizio personalizzato deve contenere almeno i seguenti elementi: a) l’individuazione di un responsabile delle attività; b) la definizione del profilo personale di occupabilità secondo le modalità tecniche predisposte dall’ANPAL; c) la definizione degli atti di ricerca attiva che devono essere compiuti e la tempistica degli stessi; d) la frequenza ordinaria di contatti con il responsabile delle attività; e) le modalità con cui la ricerca attiva di lavoro è dimostrata al responsabile delle attività. Nel patto deve essere, inoltre, riportata la disponibilità del richiedente alle seguenti attività: a) partecipazione a iniziative e laboratori per il rafforzamento delle competenze nella ricerca attiva di lavoro quali, in via esemplificativa, la stesura del curriculum vitae e la preparazione per sostenere colloqui di lavoro o altra iniziativa di orientamento; b) partecipazione a iniziative di carattere formativo o di riqualificazione o altra iniziativa di politica attiva o di attivazione; c) accettazione di congrue offerte di lavoro, come definite ai sensi dell’articolo 25 del D.Lgs. 150/2015.`,
    activities: [
      'Individuazione delle prestazioni di politica attiva del lavoro per la persona',
      'stipula del Patto di servizio',
      'aggiornamento dei contenuti del Patto di Servizio',
      'verifica periodica con le persone dello stato di avanzamento delle azioni compiute e da compiere, intervenendo con azioni correttive',
    ],
    outputs: ['sottoscrizione Patto di Servizio personalizzato e conferma dello stato di disoccupazione'],
    outcomes: [
      'persona assistita nella definizione dell’obiettivo professionale, del percorso personalizzato, nell’attivazione personale alla ricerca del lavoro e rinviata a successive misure di formazione e/o accompagnamento',
    ],
    notes: [
      'Per lo svolgimento dell’attività relativa al patto di servizio gli uffici raccolgono informazioni anche da pubbliche amministrazioni che hanno già preso in carico la persona con disabilità e in modo integrato si costruisce un percorso di inserimento lavorativo.',
    ],
    alsoListedIn: [SEED_004],
    source: SEED_001,
    standardCodes: [],
  },
  {
    code: 'CM_ORIENTAMENTO_SPECIALISTICO',
    letter: null,
    title: 'Orientamento specialistico (collocamento mirato)',
    groupTitle: CM_GROUP,
    description:
      'Servizio per rendere la persona più consapevole nella lettura approfondita del contesto, nella ricostruzione e valorizzazione della propria storia professionale e formativa, nell’identificazione delle proprie competenze e risorse personali al fine di definire i percorsi più idonei per la collocazione o ricollocazione in relazione alla situazione del mercato del lavoro locale. In particolare, l’attività consiste in una valutazione della tipologia di esigenza espressa dalla persona e nell’individuazione delle competenze della persona per avviarlo a percorsi maggiormente rispondenti alle proprie potenzialità in funzione di un percorso di inserimento o reinserimento lavorativo.',
    // Seed 001 prints "ri-costruzione" and a stray "☑" as the bullet of the fourth item: both cleaned.
    activities: ORIENTAMENTO_SPECIALISTICO_ACTIVITIES,
    outputs: [
      'bilancio delle competenze spendibili sul mercato del lavoro',
      'aggiornamento del Patto di servizio personalizzato e registrazione delle attività/misure/servizi concordati anche nell’ottica della creazione del fascicolo elettronico del lavoratore',
    ],
    outcomes: [
      'persona assistita nella definizione dell’obiettivo professionale, del percorso individuale e rinvio a misure di accompagnamento e/o formazione',
      'persona consapevole nel progettare con i servizi il percorso più idoneo',
      'persona attivata nella ricerca del lavoro',
      'persona supportata nella messa in evidenza delle competenze possedute',
      'persona indirizzata ad altro servizio; sulla base di quanto stabilito nel Patto di servizio personalizzato',
    ],
    alsoListedIn: [SEED_004],
    source: SEED_001,
    standardCodes: ['3A'],
  },
  {
    code: 'CM_ACCOMPAGNAMENTO_LAVORO',
    letter: null,
    title: 'Supporto all’inserimento o reinserimento lavorativo - Accompagnamento al lavoro (collocamento mirato)',
    groupTitle: CM_GROUP,
    description: `Servizi che mirano a supportare la persona nella ricerca di un’opportunità di lavoro tra quelle disponibili anche attraverso laboratori di ricerca attiva. Il servizio può essere svolto in sessioni di gruppo, che riuniscano le tipologie di persone in relazione alle competenze personali o professionali. ${ACCOMPAGNAMENTO_AIM}`,
    activities: ACCOMPAGNAMENTO_ACTIVITIES,
    outputs: [
      'percorso di ricerca attiva concordato nel patto di servizio personalizzato',
      'Incontri di verifica effettuati',
      'Misura (tirocini, work experience, ecc.) attivata e assistita mediante tutoraggio',
    ],
    outcomes: [
      'persona che ricerca attivamente il lavoro ed è assistita periodicamente nella ricerca',
      'Persona inserita in un’esperienza di lavoro',
    ],
    notes: ['Il servizio viene svolto con il supporto del Comitato Tecnico ex art. 8, co. 1 bis, L. 68/1999.'],
    alsoListedIn: [SEED_004],
    source: SEED_001,
    standardCodes: ['3Ba', '3Bb', '3Bc', '3Bd', '3Be'],
  },
  {
    code: 'CM_INCONTRO_DOMANDA_OFFERTA',
    letter: null,
    title: 'Incontro Domanda Offerta (collocamento mirato)',
    groupTitle: CM_GROUP,
    description: IDO_DESCRIPTION,
    activities: IDO_ACTIVITIES,
    outputs: [
      'incontro domanda offerta effettuato, con individuazione di uno o più profili candidabili a quella determinata vacancy',
    ],
    outcomes: ['persona preselezionata e selezionata dall’impresa, persona inserita nel mercato del lavoro'],
    // Seed 004 calls it "Incrocio domanda/offerta" in its collocamento mirato block.
    notes: [
      'Il servizio viene svolto con l’intervento del Comitato Tecnico ex art. 8, co. 1 bis, L. 68/1999, ai fini della valutazione delle capacità lavorative e della compatibilità della mansione.',
    ],
    alsoListedIn: [SEED_004],
    source: SEED_001,
    standardCodes: ['3Be'],
  },
];
