import type { StoredEvent } from '../store/index.js';

// The GDELT 2.0 event table (codebook "GDELT-Event_Codebook-V2.0"), 61 tab-separated columns, no header.
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => `${p}${c}`);
}

/** The role and sector codes after the country (`IRNGOVMIL` → GOV, MIL), three at most. */
function typeCodes(code: string, country: string | null): string[] {
  const rest = country && code.startsWith(country) ? code.slice(country.length) : code;
  const types = rest.match(/[A-Z]{3}/g) ?? [];
  return [0, 1, 2].map((i) => types[i] ?? '');
}

function actor(side: StoredEvent['source'], country: string | null): string[] {
  // Known group, ethnicity and religion are not part of dyad's actor codes.
  return [side.code, side.text, country ?? '', '', '', '', '', ...typeCodes(side.code, country)];
}

const noGeo = (): string[] => ['', '', '', '', '', '', '', ''];

function actionGeo(place: StoredEvent['place']): string[] {
  if (!place) return noGeo();
  // GDELT's geo type and its FIPS country codes have no counterpart in dyad's places (ISO 3166 alpha-3): left empty.
  return ['', place.name, '', '', '', place.lat === null ? '' : String(place.lat), place.lon === null ? '' : String(place.lon), ''];
}

/** One event as a row of the GDELT 2.0 event table. */
export function gdeltRow(e: StoredEvent): string[] {
  const [year, month, day] = (e.date.value.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/)?.slice(1) ?? ['0000']).map((part, i) => part ?? (i ? '01' : '0000'));
  const fraction = (Number(year) + (Number(month) * 30 + Number(day)) / 365).toFixed(4);
  const added = e.ingestedAt.replace(/\D/g, '').slice(0, 14);
  const row = [
    String(e.seq), `${year}${month}${day}`, `${year}${month}`, year!, fraction,
    ...actor(e.source, e.sourceCountry), ...actor(e.target, e.targetCountry),
    e.inLead ? '1' : '0', e.cameo, e.cameo.slice(0, 3), e.cameoRoot, String(e.quadClass), String(e.goldstein),
    // One article per event: dyad does not yet merge the same event across articles. Tone is not measured.
    String(e.mentions), '1', '1', '',
    ...noGeo(), ...noGeo(), ...actionGeo(e.place),
    added, e.url ?? '',
  ];
  // Tabs and line breaks inside a field would break the table.
  return row.map((field) => field.replace(/[\t\r\n]+/g, ' '));
}

export function gdeltLine(e: StoredEvent): string {
  return `${gdeltRow(e).join('\t')}\n`;
}
