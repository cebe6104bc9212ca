// Actors that the knowledge base does not list get ids made from what the text says about them, with a prefix
// that no knowledge-base id has (those are plain slugs): "code:IRQLEG" for a generic actor ("the Iraqi
// Parliament"), "person:john-smith" for a named person not in the knowledge base.

export const codeId = (code: string) => `code:${code}`;
export const personId = (slug: string) => `person:${slug}`;

export function parseId(id: string): { kind: 'kb' | 'code' | 'person'; value: string } {
  const colon = id.indexOf(':');
  if (colon < 0) return { kind: 'kb', value: id };
  const kind = id.slice(0, colon);
  return { kind: kind === 'code' ? 'code' : 'person', value: id.slice(colon + 1) };
}
