/**
 * Common Italian names, a few dozen of each: enough variety for a believable list without a faker library. In a
 * large region two people may then share name triplets, birth date and place, which people.ts resolves. A few
 * spellings with an apostrophe, an accent or a space exercise the fiscal-code triplets as real registries do.
 */
export const femaleGivenNames: readonly string[] = [
  'Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Alessandra', 'Silvia', 'Elena', 'Federica',
  'Laura', 'Paola', 'Roberta', 'Anna', 'Maria', 'Giovanna', 'Elisa', 'Simona', 'Monica', 'Cristina',
  'Barbara', 'Daniela', 'Beatrice', 'Alice', 'Aurora', 'Greta', 'Ilaria', 'Lucia', 'Rosa', 'Maria Grazia',
  'Noemi', 'Serena',
];

export const maleGivenNames: readonly string[] = [
  'Marco', 'Luca', 'Andrea', 'Alessandro', 'Giuseppe', 'Francesco', 'Matteo', 'Davide', 'Stefano', 'Roberto',
  'Paolo', 'Giovanni', 'Antonio', 'Simone', 'Federico', 'Lorenzo', 'Riccardo', 'Fabio', 'Massimo', 'Claudio',
  'Alberto', 'Mario', 'Emanuele', 'Nicola', 'Daniele', 'Michele', 'Gabriele', 'Tommaso', 'Niccolò', 'Pietro',
  'Gian Luca', 'Salvatore',
];

export const familyNames: readonly string[] = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
  'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Serra', 'Villa', 'Cattaneo', 'Brambilla', 'Sala', 'Bonetti',
  'Pozzi', 'Crippa', 'Galbiati', 'Fumagalli', 'Mauri', 'Radaelli', 'Bertolini', 'Rota', 'Ghezzi', 'Bonfanti',
  'Invernizzi', 'Locatelli', 'Pagani', 'Zanetti', "D'Angelo", "Dell'Acqua", 'Sanità', 'Caprioli', 'Valsecchi', 'Perego',
];

/** Cores of the names of accredited bodies: the words third-sector bodies in Lombardy like to use. */
export const bodyNameCores: readonly string[] = [
  'Il Ponte', 'Lavoro e Inclusione', 'La Bussola', 'Il Sentiero', 'Nuovi Orizzonti', 'Orizzonte Lavoro', 'Il Seme',
  'Arcobaleno', 'La Rete', 'Percorsi', 'Il Solco', 'Progetto Persona', 'Spazio Lavoro', 'Il Quadrifoglio',
  'La Fonte', 'Oltre il Confine', 'Il Gabbiano', 'Insieme', 'Lavoro Possibile', 'La Strada', 'Il Faro',
  'Il Girasole', 'Terra Nuova', 'Il Mosaico',
];

/** The legal forms accredited bodies take. */
export const bodyNameForms: readonly string[] = [
  'Cooperativa Sociale', 'Fondazione', 'Consorzio', 'Associazione', 'Ente di Formazione', 'Impresa Sociale',
];

/** Streets for site addresses. */
export const streets: readonly string[] = [
  'Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Mazzini', 'Viale Europa', "Via dell'Industria", 'Via Manzoni',
  'Via Dante', 'Via Vittorio Veneto', 'Via Leonardo da Vinci', 'Via Marconi', 'Via dei Mille', 'Viale Lombardia',
  'Via Volta', 'Via Cavour',
];

/** Names of people that public schools are named after (public employers). */
export const schoolDedications: readonly string[] = [
  'Alessandro Manzoni', 'Maria Montessori', 'Giuseppe Verdi', 'Leonardo da Vinci', 'Rita Levi-Montalcini',
  'Don Lorenzo Milani', 'Giovanni Pascoli', 'Dante Alighieri', 'Alessandro Volta', 'Cesare Beccaria',
];

/** Places and rivers of Lombardy that firms take their names from. */
export const placeWords: readonly string[] = [
  'Lario', 'Adda', 'Orobica', 'Brianza', 'Ticino', 'Valtellina', 'Padana', 'Lombarda', 'Insubria', 'Oglio',
  'Serio', 'Mincio', 'Garda', 'Iseo', 'Martesana', 'Naviglio', 'Franciacorta', 'Lomellina',
];
