/** Where a page of employers ends: the (name, id) of its last row, the keyset the next page starts after. */
export interface EmployerCursor {
  name: string;
  id: string;
}

/** Opaque to clients (base64url of JSON), so the ordering can change without breaking their code. */
export function encodeEmployerCursor(cursor: EmployerCursor): string {
  return Buffer.from(JSON.stringify({ n: cursor.name, i: cursor.id }), 'utf8').toString('base64url');
}

/** The cursor, or null when the string is not one this service issued. */
export function decodeEmployerCursor(value: string): EmployerCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { n, i } = parsed as Record<string, unknown>;
    return typeof n === 'string' && typeof i === 'string' ? { name: n, id: i } : null;
  } catch {
    return null;
  }
}
