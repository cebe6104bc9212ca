// A tag that opens a story and names where it was filed or who filed it:
// "TEHRAN (Reuters) - ", "MEXICO CITY (AP) — ", "LA CROSSE, Wis. (AP) — ",
// "WASHINGTON — ", "EghtesadOnline: ", and Reuters' own form with the day
// and, for a story filed from two places, both: "BEIRUT/THE HAGUE, March 7
// (Reuters) - ". It is the dateline, not the subject of the first sentence.

const CITY = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}`;
const PLACE = String.raw`${CITY}(?:\s*/\s*${CITY})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DAY = String.raw`,\s*(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})`;
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.]*[\p{Ll}\p{N}][\p{L}\p{N}.]*`;
const AGENCY = String.raw`\(([^()]{2,40})\)`;
const SEPARATOR = String.raw`\s*(?:[:—–]|--?)\s+`;
const TAG = new RegExp(
  String.raw`^(?:(${PLACE})(?:${DAY})?(?:\s*${AGENCY})?${SEPARATOR}|(${NAME})(?:\s*${AGENCY})?\s*:\s+|(${NAME})\s*${AGENCY}${SEPARATOR})(?=[\p{Lu}\p{N}"“‘'])`,
  'u',
);
// Words that open a story with a colon but are labels, not sources.
const LABELS = /^(?:update|updated|breaking|exclusive|analysis|opinion|editorial|watch|video|photos?|live|note|correction|factbox|explainer|interview|review|comment)$/i;

export interface Dateline {
  /** The tag as printed, without its separator: `TEHRAN (Reuters)`. */
  text: string;
  place: string | null;
  /** The publication or agency the tag names: `Reuters`, `EghtesadOnline`. */
  source: string | null;
  /** Length of the tag and its separator at the start of the paragraph. */
  length: number;
}

export function leadingDateline(paragraph: string): Dateline | null {
  const match = TAG.exec(paragraph);
  if (!match) return null;
  const [whole, place, placeAgency, name, nameAgency, name2, name2Agency] = match;
  const tagName = name ?? name2;
  if (tagName && LABELS.test(tagName)) return null;
  if (place && place.replace(/[^\p{L}]/gu, '').length < 3) return null;
  const agency = placeAgency ?? nameAgency ?? name2Agency ?? null;
  const text = whole.replace(new RegExp(`${SEPARATOR}$`, 'u'), '').trim();
  return {
    text,
    place: place ?? null,
    source: agency?.trim() ?? tagName ?? null,
    length: whole.length,
  };
}
