import type { Ontology } from '../events/ontology/index.js';
import type { StoredEvent } from '../store/index.js';

/** The columns of the CSV export, each with how it is read from an event. */
function columns(ontology: Ontology): Array<[string, (e: StoredEvent) => string | number | boolean | null]> {
  return [
    ['id', (e) => e.id],
    ['articleId', (e) => e.articleId],
    ['date', (e) => e.date.value],
    ['dateGranularity', (e) => e.date.granularity],
    ['dateFrom', (e) => e.date.from],
    ['sourceCode', (e) => e.source.code],
    ['sourceActorId', (e) => e.source.actorId],
    ['sourceText', (e) => e.source.text],
    ['sourceCountry', (e) => e.sourceCountry],
    ['targetCode', (e) => e.target.code],
    ['targetActorId', (e) => e.target.actorId],
    ['targetText', (e) => e.target.text],
    ['targetCountry', (e) => e.targetCountry],
    ['cameo', (e) => e.cameo],
    ['cameoName', (e) => ontology.cameo(e.cameo)?.name ?? null],
    ['cameoRoot', (e) => e.cameoRoot],
    ['ploverType', (e) => e.plover.type],
    ['ploverMode', (e) => e.plover.mode],
    ['goldstein', (e) => e.goldstein],
    ['quadClass', (e) => e.quadClass],
    ['placeName', (e) => e.place?.name ?? null],
    ['placeCountry', (e) => e.place?.country ?? null],
    ['lat', (e) => e.place?.lat ?? null],
    ['lon', (e) => e.place?.lon ?? null],
    ['negated', (e) => e.negated],
    ['modality', (e) => e.modality],
    ['mentions', (e) => e.mentions],
    ['rule', (e) => e.rule],
    ['confidence', (e) => e.confidence],
    ['evidence', (e) => e.evidence.text],
    ['published', (e) => e.published],
    ['title', (e) => e.title],
    ['url', (e) => e.url],
  ];
}

/** RFC 4180: quote fields with commas, quotes or line breaks; double the quotes inside. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvFormat(ontology: Ontology): { header: string; line: (e: StoredEvent) => string } {
  const cols = columns(ontology);
  return {
    header: `${cols.map(([name]) => name).join(',')}\r\n`,
    line: (e) => `${cols.map(([, get]) => csvField(get(e))).join(',')}\r\n`,
  };
}
