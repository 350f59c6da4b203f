/**
 * Coordinates of the town hall of municipalities (WGS84 decimal degrees), keyed by Belfiore code, for the distance
 * from a person's residence to a vacancy's site. No package in the registry we use ships coordinates with Belfiore
 * codes, so this is a small dated table: the Lombardy capitals (the demo region) and the municipalities of the
 * Milan area the tests use. Values rounded to 4 decimals (about 10 m) from the ISTAT list of municipalities and
 * the municipalities' own data. A municipality missing here is unknown, never at 0 km.
 * As of 2026-11-23.
 */
export const municipalityCoordinatesAsOf = '2026-11-23';

export const municipalityCoordinates: ReadonlyMap<string, { name: string; lat: number; lon: number }> = new Map([
  ['A794', { name: 'Bergamo', lat: 45.6949, lon: 9.6697 }],
  ['B157', { name: 'Brescia', lat: 45.5398, lon: 10.22 }],
  ['C933', { name: 'Como', lat: 45.8102, lon: 9.086 }],
  ['D150', { name: 'Cremona', lat: 45.1332, lon: 10.0227 }],
  ['E507', { name: 'Lecco', lat: 45.8533, lon: 9.3903 }],
  ['E648', { name: 'Lodi', lat: 45.3141, lon: 9.5034 }],
  ['E897', { name: 'Mantova', lat: 45.1564, lon: 10.7914 }],
  ['F205', { name: 'Milano', lat: 45.4668, lon: 9.1905 }],
  ['F704', { name: 'Monza', lat: 45.5845, lon: 9.2744 }],
  ['G388', { name: 'Pavia', lat: 45.1847, lon: 9.1582 }],
  ['I829', { name: 'Sondrio', lat: 46.1699, lon: 9.8715 }],
  ['L682', { name: 'Varese', lat: 45.8206, lon: 8.8251 }],
  ['I690', { name: 'Sesto San Giovanni', lat: 45.5357, lon: 9.2384 }],
  ['A010', { name: 'Abbiategrasso', lat: 45.3986, lon: 8.9182 }],
  ['L872', { name: 'Vigevano', lat: 45.3177, lon: 8.8544 }],
]);
