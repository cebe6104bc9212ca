import type { Event } from '../../model/index.js';
import type { CameoEntry, CameoFile, MappingEntry, MappingFile, PloverFile, PloverType } from './schema.js';

/** A CAMEO code with everything an event needs from it. */
export interface CameoCodeInfo extends CameoEntry {
  /** PLOVER equivalent; type is null for CAMEO 01x, which PLOVER drops. */
  plover: { type: string | null; mode: string | null; contexts: string[] };
  /** How the PLOVER equivalent was made (see data/ontology/SOURCES.md). */
  mapping: Pick<MappingEntry, 'how' | 'note'>;
}

/** The fields of an event that follow from its CAMEO code alone. */
export type EventCoding = Pick<Event, 'cameo' | 'cameoRoot' | 'plover' | 'goldstein' | 'quadClass'>;

/** CAMEO and PLOVER, with lookups. Built once by loadOntology() and passed to whoever needs it. */
export class Ontology {
  private readonly byCode: Map<string, CameoCodeInfo>;
  private readonly byType: Map<string, PloverType>;

  constructor(
    cameo: CameoFile,
    readonly ploverFile: PloverFile,
    mapping: MappingFile,
  ) {
    const maps = new Map(mapping.mappings.map((m) => [m.cameo, m]));
    this.byCode = new Map(
      cameo.codes.map((c) => {
        const m = maps.get(c.code);
        if (!m) throw new Error(`Ontology: CAMEO code ${c.code} has no PLOVER mapping`);
        const info: CameoCodeInfo = { ...c, plover: { type: m.type, mode: m.mode, contexts: m.contexts }, mapping: { how: m.how, note: m.note } };
        return [c.code, info];
      }),
    );
    this.byType = new Map(ploverFile.types.map((t) => [t.name, t]));
  }

  /** The CAMEO code, or null when there is no such code. */
  cameo(code: string): CameoCodeInfo | null {
    return this.byCode.get(code) ?? null;
  }

  /** Whether `code` is a CAMEO event code ("043" is, "43" and "999" are not). */
  isCameo(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Every CAMEO code, in code order (each root before its children). */
  codes(): CameoCodeInfo[] {
    return [...this.byCode.values()];
  }

  /** The 20 root codes, 01 to 20. */
  roots(): CameoCodeInfo[] {
    return this.codes().filter((c) => c.parent === null);
  }

  /** The codes directly under `code` (040–046 under 04; 0211–0214 under 021). */
  children(code: string): CameoCodeInfo[] {
    return this.codes().filter((c) => c.parent === code);
  }

  /** What an event coded `code` carries: CAMEO code and root, PLOVER type and mode, Goldstein, QuadClass. Null for an unknown code. */
  eventCoding(code: string): EventCoding | null {
    const c = this.byCode.get(code);
    if (!c) return null;
    return { cameo: c.code, cameoRoot: c.root, plover: { type: c.plover.type, mode: c.plover.mode }, goldstein: c.goldstein, quadClass: c.quadClass };
  }

  /** The PLOVER event type (AGREE … ASSAULT), or null. */
  ploverType(name: string): PloverType | null {
    return this.byType.get(name) ?? null;
  }

  ploverTypes(): PloverType[] {
    return this.ploverFile.types;
  }

  ploverContexts(): PloverFile['contexts'] {
    return this.ploverFile.contexts;
  }
}
