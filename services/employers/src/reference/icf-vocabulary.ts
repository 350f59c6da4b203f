/**
 * The controlled vocabulary shared by vacancies (job demands, adjustments available) and functional profiles
 * (tasks to avoid, adjustments needed): codes of the WHO International Classification of Functioning, Disability
 * and Health (ICF, WHO 2001; Italian edition "Classificazione Internazionale del Funzionamento", Erickson 2002).
 * Job demands are activities (chapter d, "Activities and participation"); adjustments are environmental factors
 * (chapter e, "Products and technology"). The ICF is the frame the Italian "collocamento mirato" assessments use
 * (DPCM 13 January 2000, functional diagnosis and "scheda per la definizione delle capacità"), so a commission's
 * profile and a job's demands can be compared code by code. The list holds the codes this network uses so far;
 * a vacancy may name only these, so that no demand is spelt two ways.
 * As of 2026-11-23.
 */
export const icfActivities: ReadonlyMap<string, string> = new Map([
  ['d155', 'Acquiring skills'],
  ['d160', 'Focusing attention'],
  ['d166', 'Reading'],
  ['d170', 'Writing'],
  ['d172', 'Calculating'],
  ['d175', 'Solving problems'],
  ['d177', 'Making decisions'],
  ['d210', 'Undertaking a single task'],
  ['d220', 'Undertaking multiple tasks'],
  ['d230', 'Carrying out daily routine'],
  ['d240', 'Handling stress and other psychological demands'],
  ['d310', 'Communicating with - receiving - spoken messages'],
  ['d330', 'Speaking'],
  ['d350', 'Conversation'],
  ['d360', 'Using communication devices and techniques'],
  ['d410', 'Changing basic body position'],
  ['d415', 'Maintaining a body position'],
  ['d4153', 'Maintaining a sitting position'],
  ['d4154', 'Maintaining a standing position'],
  ['d430', 'Lifting and carrying objects'],
  ['d4300', 'Lifting'],
  ['d440', 'Fine hand use'],
  ['d445', 'Hand and arm use'],
  ['d450', 'Walking'],
  ['d4501', 'Walking long distances'],
  ['d455', 'Moving around'],
  ['d4551', 'Climbing'],
  ['d470', 'Using transportation'],
  ['d475', 'Driving'],
  ['d720', 'Complex interpersonal interactions'],
  ['d740', 'Formal relationships'],
]);

export const icfAdjustments: ReadonlyMap<string, string> = new Map([
  ['e1201', 'Assistive products and technology for personal indoor and outdoor mobility and transportation'],
  ['e1251', 'Assistive products and technology for communication'],
  ['e1351', 'Assistive products and technology for employment'],
  ['e150', 'Design, construction and building products and technology of buildings for public use'],
]);

const icfCode = /^[de]\d{3,5}$/;

/** A profile entry that is an ICF code (free text beside it stays for people, not for the rule). */
export const isIcfCode = (entry: string): boolean => icfCode.test(entry.trim());

/**
 * ICF codes are hierarchical (d430 "Lifting and carrying" contains d4300 "Lifting"): two codes concern the same
 * activity when one is the other or one of its descendants.
 */
export const icfOverlap = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
