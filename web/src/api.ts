// The shapes the API answers with (see /api/openapi.json) and a fetch that turns `{"error"}` into an Error.

export interface Span { start: number; end: number }
export interface Side { actorId: string | null; code: string; text: string }
export interface Event {
  id: string;
  source: Side;
  target: Side;
  cameo: string;
  cameoRoot: string;
  plover: { type: string | null; mode: string | null };
  goldstein: number;
  quadClass: number;
  date: { value: string; granularity: string; from: 'time' | 'publication' };
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  negated: boolean;
  modality: string;
  quoteIndex: number | null;
  evidence: Span & { text: string; sentence: number };
  rule: string;
  confidence: number;
  mentions?: number;
}
export interface StoredEvent extends Event {
  articleId: string;
  published: string | null;
  title: string;
  url: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
}
export interface Actor { id: string; name: string; type: string; country: string | null; agent: string | null; role: string | null; code: string }
export interface Doc {
  article: { id: string; title: string; source: string | null; published: string | null; url: string | null; text: string; paragraphs: Span[] };
  mentions: Array<Span & { text: string; type: string; actorId: string | null }>;
  actors: Actor[];
  times: Array<Span & { text: string; value: string; role: string }>;
  places: Array<Span & { name: string; country: string | null }>;
  quotes: Array<Span & { speakerText: string; speakerActorId: string | null; cue: string | null; direct: boolean }>;
  amounts: Array<Span & { value: number; unit: string }>;
  events: Event[];
}
export interface ArticleSummary { id: string; title: string; source: string | null; published: string | null; lead: string; snippet?: string; highlights?: Span[] }
export interface SeriesPoint { period: string; quadClass: [number, number, number, number]; events: number; goldstein: number; articles: number }
export interface ActorSummary { id: string; name: string; type: string; country: string | null; code: string; articles: number; events: number }
export interface ActorDetail extends ActorSummary {
  roles: Array<{ role: string | null; agent: string | null; code: string; from: string | null; to: string | null; articles: number }>;
  latest: StoredEvent[];
}
export interface ActorLink { source: string; target: string; sourceName: string; targetName: string; events: number; goldstein: number }

export async function api<T>(path: string): Promise<T> {
  const response = await fetch(path);
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body;
}

/** A query string from the parameters that are set. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const set = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  return new URLSearchParams(set.map(([k, v]) => [k, String(v)])).toString();
}
