/** Opaque keyset cursors: the sort key of the last row, base64url JSON, never an offset. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string') ? (key as string[]) : null;
  } catch {
    return null;
  }
}
