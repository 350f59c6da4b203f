import { readFileSync } from 'node:fs';

/**
 * Trusted documents (persisted operations): a production partner front end can be locked to the
 * operations it shipped. The file maps a document id (e.g. its sha256) to the document text.
 */
export function loadTrustedDocuments(file: string): ReadonlyMap<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`${file}: expected an object of id -> document`);
  const entries = Object.entries(parsed as Record<string, unknown>);
  for (const [id, document] of entries) {
    if (typeof document !== 'string') throw new Error(`${file}: document ${id} is not a string`);
  }
  return new Map(entries as Array<[string, string]>);
}
