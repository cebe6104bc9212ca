import { z } from 'zod';

export const PlaceKind = z.enum(['country', 'region', 'city']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** One gazetteer entry: a line of data/places/gazetteer.tsv.gz, or of the hand-written additions. */
export const GazetteerRow = z.object({
  name: z.string().min(1),
  kind: PlaceKind,
  /** ISO 3166-1 alpha-3. */
  country: z.string().regex(/^[A-Z]{3}$/),
  /** The region (first-level division) code within the country, as GeoNames writes it; empty when unknown. */
  admin: z.string().default(''),
  /** GeoNames feature code: PPLC capital, PPLA regional seat, PPL town, ADM1 region, PCLI country. */
  feature: z.string().default(''),
  population: z.number().nonnegative().default(0),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type GazetteerRow = z.infer<typeof GazetteerRow>;

export function formatRow(r: GazetteerRow): string {
  return [r.name, r.kind, r.country, r.admin, r.feature, r.population, r.lat ?? '', r.lon ?? ''].join('\t');
}

/** Parses one line of the built file (trusted: it was validated when built). */
export function parseRow(line: string): GazetteerRow {
  const [name, kind, country, admin, feature, population, lat, lon] = line.split('\t');
  return {
    name: name!,
    kind: kind as PlaceKind,
    country: country!,
    admin: admin ?? '',
    feature: feature ?? '',
    population: Number(population) || 0,
    lat: lat ? Number(lat) : null,
    lon: lon ? Number(lon) : null,
  };
}
