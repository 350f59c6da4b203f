import { municipalityCoordinates } from '../../reference/municipality-coordinates.ts';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine) between two points, km. */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance between two municipalities by Belfiore code, rounded to 0.1 km; null when either is not in the
 * reference table (an unknown distance is never taken as 0 km).
 */
export function municipalityDistanceKm(from: string, to: string, table = municipalityCoordinates): number | null {
  const a = table.get(from);
  const b = table.get(to);
  if (!a || !b) return null;
  return Math.round(greatCircleKm(a, b) * 10) / 10;
}
