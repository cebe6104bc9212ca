// CAMEO codes from the ICEWS table (names, descriptions, usage notes, Goldstein scores), completed with the
// codes of the CAMEO 1.1b3 code list that only py-gdelt carries, and with the hand additions of corrections.json.
import type { CameoEntry } from '../../src/events/ontology/schema.js';
import { parseCsv } from './csv.js';

export interface IcewsRow {
  code: string;
  name: string;
  goldstein: number;
  description: string | null;
  usage: string | null;
  example: string | null;
  root: string;
}

interface PyGdeltCode {
  name: string;
  parent?: string;
  quad_class: number;
  usage_notes?: string;
}

export interface Corrections {
  cameoAdditions: { code: string; name: string; why: string }[];
  cameoDrops: { code: string; why: string }[];
}

/** Which roots make up each QuadClass (Schrodt's convention, as in GDELT and ICEWS). */
export const QUAD_CLASSES = [
  { quadClass: 1, name: 'Verbal cooperation', roots: ['01', '02', '03', '04', '05'] },
  { quadClass: 2, name: 'Material cooperation', roots: ['06', '07', '08'] },
  { quadClass: 3, name: 'Verbal conflict', roots: ['09', '10', '11', '12', '13'] },
  { quadClass: 4, name: 'Material conflict', roots: ['14', '15', '16', '17', '18', '19', '20'] },
];

export function quadClassOf(code: string): number {
  const root = code.slice(0, 2);
  const q = QUAD_CLASSES.find((c) => c.roots.includes(root));
  if (!q) throw new Error(`CAMEO code ${code}: no QuadClass for root ${root}`);
  return q.quadClass;
}

export function parentOf(code: string): string | null {
  return code.length === 2 ? null : code.length === 3 ? code.slice(0, 2) : code.slice(0, 3);
}

const na = (s: string | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' || t === 'NA' ? null : t;
};

export function readIcews(text: string): IcewsRow[] {
  return parseCsv(text).map((r) => {
    const goldstein = Number(r.goldstein);
    if (!r.code || !Number.isFinite(goldstein)) throw new Error(`icews.cameo-codes.csv: bad row ${JSON.stringify(r)}`);
    return {
      code: r.code,
      name: capitalise(na(r.name) ?? ''),
      goldstein,
      description: na(r.description),
      usage: na(r.usage_notes),
      example: na(r.example),
      root: r.root_code!,
    };
  });
}

/** "fight with small arms" → "Fight with small arms"; all-capital root names stay as they are. */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface CameoBuild {
  codes: CameoEntry[];
  /** Disagreements found between the sources, for the build report. */
  findings: string[];
}

export function buildCameo(icews: IcewsRow[], pyGdelt: Record<string, PyGdeltCode>, pyGoldstein: Record<string, { value: number }>, fixes: Corrections): CameoBuild {
  const findings: string[] = [];
  const byCode = new Map(icews.map((r) => [r.code, r]));
  const dropped = new Set(fixes.cameoDrops.map((d) => d.code));
  const entries = new Map<string, CameoEntry>();

  for (const r of icews) {
    if (r.root !== r.code.slice(0, 2)) throw new Error(`icews.cameo-codes.csv: ${r.code} has root_code ${r.root}`);
    entries.set(r.code, {
      code: r.code,
      root: r.root,
      parent: parentOf(r.code),
      name: r.name,
      description: r.description,
      usage: r.usage,
      goldstein: r.goldstein,
      goldsteinFrom: 'icews',
      quadClass: quadClassOf(r.code),
      source: 'icews',
    });
  }
  const inherited = (code: string) => {
    let p = parentOf(code);
    while (p && !byCode.has(p)) p = parentOf(p);
    if (!p) throw new Error(`CAMEO code ${code}: no ancestor with a Goldstein score`);
    return byCode.get(p)!.goldstein;
  };
  for (const [code, g] of Object.entries(pyGdelt)) {
    if (entries.has(code) || dropped.has(code)) continue;
    entries.set(code, {
      code,
      root: code.slice(0, 2),
      parent: parentOf(code),
      name: capitalise(g.name),
      description: null,
      usage: na(g.usage_notes),
      goldstein: inherited(code),
      goldsteinFrom: 'parent',
      quadClass: quadClassOf(code),
      source: 'py-gdelt',
    });
  }
  for (const a of fixes.cameoAdditions) {
    if (entries.has(a.code)) throw new Error(`corrections.json: ${a.code} is already in the source tables`);
    entries.set(a.code, {
      code: a.code,
      root: a.code.slice(0, 2),
      parent: parentOf(a.code),
      name: a.name,
      description: null,
      usage: null,
      goldstein: inherited(a.code),
      goldsteinFrom: 'parent',
      quadClass: quadClassOf(a.code),
      source: 'dyad',
    });
  }

  // Cross-checks against py-gdelt: QuadClass, parents, and Goldstein (reported, not used: see SOURCES.md).
  let goldsteinDiffs = 0;
  for (const [code, g] of Object.entries(pyGdelt)) {
    const e = entries.get(code);
    if (!e) continue;
    if (g.quad_class !== e.quadClass) findings.push(`QuadClass of ${code}: py-gdelt ${g.quad_class}, root rule ${e.quadClass}`);
    if ((g.parent ?? null) !== e.parent) findings.push(`Parent of ${code}: py-gdelt ${g.parent}, code structure ${e.parent}`);
    const pg = pyGoldstein[code]?.value;
    if (e.goldsteinFrom === 'icews' && pg !== undefined && pg !== e.goldstein) goldsteinDiffs++;
  }
  findings.push(`Goldstein: py-gdelt differs from ICEWS on ${goldsteinDiffs} of ${[...entries.values()].filter((e) => e.goldsteinFrom === 'icews' && pyGoldstein[e.code]).length} shared codes (ICEWS kept)`);
  for (const code of entries.keys()) if (!pyGdelt[code]) findings.push(`${code} (${entries.get(code)!.name}) is not in py-gdelt`);
  for (const code of dropped) findings.push(`${code} dropped: ${fixes.cameoDrops.find((d) => d.code === code)!.why}`);

  const codes = [...entries.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const e of codes) if (e.parent && !entries.has(e.parent)) throw new Error(`CAMEO code ${e.code}: parent ${e.parent} is missing`);
  return { codes, findings };
}
