import { loadOntology } from '../events/ontology/index.js';
import type { Event } from '../model/index.js';
import type { EventFilter, Store, StoredEvent } from '../store/index.js';
import { csvFormat } from './csv.js';
import { gdeltLine } from './gdelt.js';

export { GDELT_COLUMNS, gdeltRow } from './gdelt.js';

export const EXPORT_FORMATS = ['gdelt', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  gdelt: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** An OUTPUT.md event with the article it came from. */
function jsonLine(e: StoredEvent): string {
  const { seq: _seq, inLead: _lead, ingestedAt: _added, sourceCountry: _s, targetCountry: _t, articleId, published, title, url, ...event } = e;
  return `${JSON.stringify({ ...(event satisfies Event), articleId, published, title, url })}\n`;
}

const PAGE = 200;

/** The filtered events in one format, as chunks of text, page by page from the store. */
export async function* exportEvents(store: Store, format: ExportFormat, filter: EventFilter = {}): AsyncGenerator<string> {
  let line: (e: StoredEvent) => string;
  if (format === 'csv') {
    const csv = csvFormat(loadOntology());
    yield csv.header;
    line = csv.line;
  } else line = format === 'gdelt' ? gdeltLine : jsonLine;
  let cursor: string | null = null;
  do {
    const page = await store.events(filter, { limit: PAGE, cursor });
    if (page.items.length) yield page.items.map(line).join('');
    cursor = page.next;
  } while (cursor);
}
