// CAMEO → PLOVER, every code: the CAMEO2PLOVER-2021 table, checked against the PLOVER type, mode and context
// lists, corrected where corrections.json says why, and completed by rules for the codes the table leaves out.
import type { CameoEntry, MappingEntry, PloverFile } from '../../src/events/ontology/schema.js';

export interface MappingCorrections {
  contextRenames: { from: string; to: string; why: string }[];
  mappingFixes: { code: string; type: string; mode: string | null; contexts: string[]; why: string }[];
}

interface TableLine {
  type: string;
  mode: string | null;
  contexts: string[];
}

/** "0841: RETREAT, release,   legal # Return, release person(s)" and root headers "08: RETREAT". */
export function readTable(text: string): { lines: Map<string, TableLine>; roots: Map<string, string>; findings: string[] } {
  const lines = new Map<string, TableLine>();
  const roots = new Map<string, string>();
  const findings: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^(\d{2,4}):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [code, rest] = [m[1]!, m[2]!];
    const [type, mode, context] = rest.split(',').map((s) => s.trim());
    if (code.length === 2) {
      if (!roots.has(code)) roots.set(code, type!);
      else findings.push(`Table: root ${code} appears as ${roots.get(code)} and as ${type} (CAMEO 08 is split into CONCEDE and RETREAT)`);
      continue;
    }
    const entry = { type: type!, mode: mode || null, contexts: (context ?? '').split(';').map((s) => s.trim()).filter(Boolean) };
    const known = lines.get(code);
    if (known && JSON.stringify(known) !== JSON.stringify(entry)) throw new Error(`CAMEO2PLOVER-2021.txt: ${code} is mapped twice, differently`);
    if (known) findings.push(`Table: ${code} appears twice (identically)`);
    lines.set(code, entry);
  }
  return { lines, roots, findings };
}

const APPEAL_NOTE = 'PLOVER drops CAMEO 02 (appeals), but its REQUEST covers all requests: mapped like the demand';
const DROPPED_NOTE = 'PLOVER drops CAMEO 01 (public statements) and has no type for them';

export function buildMapping(
  tableText: string,
  cameo: CameoEntry[],
  plover: PloverFile,
  fixes: MappingCorrections,
): { mappings: MappingEntry[]; findings: string[] } {
  const { lines, roots, findings } = readTable(tableText);
  const codes = new Set(cameo.map((c) => c.code));
  for (const code of lines.keys()) if (!codes.has(code)) findings.push(`Table: ${code} is not a CAMEO code (skipped)`);

  const renames = new Map(fixes.contextRenames.map((r) => [r.from, r.to]));
  const fixed = new Map(fixes.mappingFixes.map((f) => [f.code, f]));
  const out = new Map<string, MappingEntry>();

  const fromTable = (code: string): MappingEntry | null => {
    const fix = fixed.get(code);
    const line = lines.get(code);
    if (fix) {
      return { cameo: code, type: fix.type, mode: fix.mode, contexts: fix.contexts, how: line ? 'table-corrected' : 'dyad', note: fix.why };
    }
    if (line) {
      const contexts = line.contexts.map((c) => renames.get(c) ?? c);
      const renamed = line.contexts.filter((c) => renames.has(c));
      const note = renamed.length ? `Context ${renamed.join(', ')} renamed to ${renamed.map((c) => renames.get(c)).join(', ')}` : null;
      return { cameo: code, type: line.type, mode: line.mode, contexts, how: note ? 'table-corrected' : 'table', note };
    }
    if (code.length === 2 && roots.has(code)) return { cameo: code, type: roots.get(code)!, mode: null, contexts: [], how: 'table', note: null };
    return null;
  };

  // Parents before children (codes sort that way), so that 'parent' can look its parent up.
  for (const { code, parent } of cameo) {
    let entry: MappingEntry | null;
    if (code.startsWith('01')) entry = { cameo: code, type: null, mode: null, contexts: [], how: 'dropped', note: DROPPED_NOTE };
    else if (code.startsWith('02')) {
      const twin = fromTable(`10${code.slice(2)}`);
      if (!twin) throw new Error(`CAMEO ${code}: no 10x counterpart to map it like`);
      entry = { ...twin, cameo: code, how: 'appeal-as-request', note: `${APPEAL_NOTE} 10${code.slice(2)}` };
    } else entry = fromTable(code);
    if (!entry) {
      const up = parent ? out.get(parent) : undefined;
      if (!up) throw new Error(`CAMEO ${code}: not in the table and no parent mapping`);
      entry = { cameo: code, type: up.type, mode: up.mode, contexts: up.contexts, how: 'parent', note: `Not in the table: mapped as its parent ${parent}` };
      findings.push(`${code} is not in the table: mapped as its parent ${parent}`);
    }
    check(entry, plover);
    out.set(code, entry);
  }
  return { mappings: [...out.values()], findings };
}

/** Every type, mode and context must be one PLOVER (or NGEC) defines: the build stops on the first that is not. */
function check(e: MappingEntry, plover: PloverFile) {
  if (e.type === null) return;
  const type = plover.types.find((t) => t.name === e.type);
  if (!type) throw new Error(`CAMEO ${e.cameo}: PLOVER has no type ${e.type}`);
  if (e.mode !== null && !type.modes.some((m) => m.name === e.mode)) throw new Error(`CAMEO ${e.cameo}: ${e.type} has no mode '${e.mode}' (add a correction)`);
  for (const c of e.contexts) if (!plover.contexts.some((x) => x.name === c)) throw new Error(`CAMEO ${e.cameo}: PLOVER has no context '${c}' (add a correction)`);
}
