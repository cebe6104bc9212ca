// PLOVER event types, modes, contexts and scores from the PLOVER manual (LaTeX), with the modes that only the
// NGEC codebook (the one POLECAT is coded with) defines.
import type { PloverFile, PloverMode, PloverType } from '../../src/events/ontology/schema.js';
import { parseCsv } from './csv.js';
import { plain, stripComments, tableRows, tabulars } from './latex.js';

const QUADS: Record<string, number> = {
  'VERBAL COOPERATION': 1,
  'MATERIAL COOPERATION': 2,
  'VERBAL CONFLICT': 3,
  'MATERIAL CONFLICT': 4,
};

export interface PloverCorrections {
  scoreFixes: { type: string; score: number; why: string }[];
  auxiliaryModes: { name: string; definition: string }[];
}

export function buildPlover(manualTex: string, ngecCsv: string, fixes: PloverCorrections): { plover: PloverFile; findings: string[] } {
  const findings: string[] = [];
  const tex = stripComments(manualTex);
  const scores = readScores(tex);
  const ngec = readNgecModes(ngecCsv);

  const chapter = between(tex, '\\chapter{Event Categories}', '\\chapter{Contexts}');
  const sections = [...chapter.matchAll(/\\section\{([A-Z]+)\}/g)];
  const types: PloverType[] = sections.map((m, i) => {
    const name = m[1]!;
    const body = chapter.slice(m.index! + m[0].length, sections[i + 1]?.index ?? chapter.length);
    const firstSub = body.search(/\\subsection/);
    const definition = plain(body.slice(0, firstSub))
      .split(/(?<=\.)\s+/)
      .filter((s) => !/\\(?:auto)?ref/.test(s))
      .join(' ');
    const quad = /\\subsection\{Quad category: ([A-Z ]+)\}/.exec(body)?.[1]?.trim();
    const recipient = /\\subsection\{Requires recipient: (Yes|No)\}/.exec(body)?.[1];
    if (!quad || !(quad in QUADS) || !recipient) throw new Error(`PLOVER_MANUAL.tex: ${name} lacks its quad category or recipient rule`);
    const fix = fixes.scoreFixes.find((f) => f.type === name);
    const score = fix?.score ?? scores.get(name);
    if (score === undefined) throw new Error(`PLOVER_MANUAL.tex: no score for ${name}`);
    if (fix) findings.push(`Score of ${name}: manual ${scores.get(name)}, kept ${fix.score} (${fix.why})`);

    const modes = new Map<string, PloverMode>();
    for (const table of tabulars(body)) {
      for (const [cell = '', content] of tableRows(table)) {
        if (cell === 'Name' || content === undefined) continue;
        if (cell === '' && modes.size) {
          const last = [...modes.values()].at(-1)!;
          last.definition = `${last.definition} ${plain(content)}`;
          continue;
        }
        const mode = plain(cell);
        modes.set(mode, { name: mode, definition: plain(content), score: scores.get(`${name}:${mode}`) ?? null, sources: ['plover'] });
      }
    }
    for (const [mode, definition] of ngec.get(name) ?? []) {
      const known = modes.get(mode);
      if (known) known.sources.push('ngec');
      else modes.set(mode, { name: mode, definition, score: scores.get(`${name}:${mode}`) ?? null, sources: ['ngec'] });
    }
    for (const key of scores.keys()) {
      const [t, m] = key.split(':');
      if (t === name && m && !modes.has(m)) findings.push(`The score table has ${name} '${m}', which no mode list defines`);
    }
    return { name, definition, quadClass: QUADS[quad]!, requiresRecipient: recipient === 'Yes', score, modes: [...modes.values()] };
  });

  const contextTable = tabulars(tex).find((t) => t.includes('\\label{tab:general-contexts}'));
  if (!contextTable) throw new Error('PLOVER_MANUAL.tex: no table of general contexts');
  const rows = tableRows(contextTable.split('\\endlastfoot')[1]!);
  const contexts = rows.map(([name, definition]) => ({ name: plain(name!), definition: plain(definition!) }));

  const plover: PloverFile = {
    about:
      'PLOVER event types, modes and contexts (PLOVER manual, draft 2.0, © 2021 Open Event Data Alliance, CC BY-SA 4.0), with modes only the NGEC-2025 codebook defines (MIT). Built by scripts/build-ontology.ts; see SOURCES.md.',
    types,
    contexts,
    auxiliaryModes: fixes.auxiliaryModes,
  };
  return { plover, findings };
}

function between(text: string, from: string, to: string): string {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a);
  if (a < 0 || b < 0) throw new Error(`PLOVER_MANUAL.tex: cannot find the part between "${from}" and "${to}"`);
  return text.slice(a + from.length, b);
}

/** The conflict–cooperation score table: "TYPE" or "TYPE:mode" → score. */
function readScores(tex: string): Map<string, number> {
  const at = tex.indexOf('\\caption{PLOVER conflict--cooperation scores}');
  if (at < 0) throw new Error('PLOVER_MANUAL.tex: no score table');
  const scores = new Map<string, number>();
  const body = tabulars(tex.slice(at))[0]!.replace(/\\cellcolor\{[^}]*\}/g, '');
  for (const row of tableRows(body)) {
    for (let i = 0; i + 1 < row.length; i += 2) {
      const label = row[i]!;
      const value = Number(row[i + 1]);
      if (!label || label.startsWith('\\textbf') || !Number.isFinite(value)) continue;
      const [type, mode] = label.split(':').map((s) => s.trim());
      scores.set(mode ? `${type}:${mode.toLowerCase()}` : type!, value);
    }
  }
  return scores;
}

/** NGEC's codebook: type → mode → definition (its several descriptions of a mode joined). */
function readNgecModes(csv: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const r of parseCsv(csv)) {
    const mode = r.mode?.trim();
    if (!mode) continue;
    const modes = out.get(r.event!) ?? new Map<string, string>();
    const def = r.mode_def!.replace(/\s+/g, ' ').trim();
    modes.set(mode, modes.has(mode) ? `${modes.get(mode)}; ${def}` : def);
    out.set(r.event!, modes);
  }
  return out;
}

