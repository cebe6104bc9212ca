import { z } from 'zod';

/** Words next to a name that tell what kind of place it is, or that it is a person (data/places/cues.json). */
export const PlaceCues = z.object({
  source: z.string(),
  region: z.array(z.string()),
  city: z.array(z.string()),
  /** Names of peoples, faiths, months and days, and generic words ("Union", "Village"), that are also towns' names ("Arab", Alabama; "March", England). */
  group: z.array(z.string()),
  person: z.array(z.string()),
});
export type PlaceCues = z.infer<typeof PlaceCues>;

export interface CueSets {
  region: ReadonlySet<string>;
  city: ReadonlySet<string>;
  person: ReadonlySet<string>;
  group: ReadonlySet<string>;
}

export function cueSets(cues: PlaceCues): CueSets {
  return { region: new Set(cues.region), city: new Set(cues.city), person: new Set(cues.person), group: new Set(cues.group) };
}
