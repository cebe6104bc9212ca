/**
 * A search box query as a full-text query that cannot be a syntax error:
 * "quoted phrases" stay phrases, other words must all occur, and a trailing
 * `*` keeps prefix search. Returns null when the query has no words.
 */
export function ftsQuery(query: string): string | null {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’-]*)(\*)?/gu;
  for (const match of query.matchAll(pattern)) {
    const words = (match[1] ?? match[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    parts.push(`"${words.join(' ')}"${match[3] ? '*' : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}
