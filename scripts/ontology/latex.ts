// Just enough LaTeX to read the PLOVER manual: comments, a few macros, lists and tables.

/** Drops comments (an unescaped % to the end of the line). */
export function stripComments(tex: string): string {
  return tex
    .split('\n')
    .map((line) => line.replace(/(^|[^\\])%.*$/, '$1'))
    .join('\n');
}

/** The argument of a macro in braces, starting at the opening brace; nested braces allowed. */
export function braced(tex: string, open: number): { body: string; end: number } {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    if (tex[i] === '{') depth++;
    else if (tex[i] === '}' && --depth === 0) return { body: tex.slice(open + 1, i), end: i + 1 };
  }
  throw new Error(`Unbalanced braces after: ${tex.slice(open, open + 60)}`);
}

/** Plain text from a piece of the manual: macros unwrapped, lists as "; "-separated items, quotes and dashes typeset. */
export function plain(tex: string): string {
  let t = tex
    .replace(/\\fn\{[^}]*\}/g, '')
    .replace(/\\(?:hyperref|href)\[[^\]]*\]\{([^{}]*)\}/g, '$1')
    .replace(/\\begin\{(?:itemize|enumerate)\}/g, ' ')
    .replace(/\\end\{(?:itemize|enumerate)\}/g, ' ')
    .replace(/\\item\s*/g, '\u0000');
  for (let i = 0; i < 4; i++) t = t.replace(/\\(?:plcat|plcon|plmod|txt|ti|textit|emph|textbf|texttt|url|hyperref|href)\{([^{}]*)\}/g, '$1');
  t = t
    .replace(/\\ldots\s?/g, '…')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/(^|[\s(])`/g, '$1‘')
    .replace(/'/g, '’')
    .replace(/\\([_&$%#])/g, '$1')
    .replace(/\$/g, '')
    .replace(/~/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ');
  // List items become "; "-separated clauses after the text that introduces them.
  const [head, ...items] = t.split('\u0000');
  const list = items.map((s) => s.trim().replace(/[.;]$/, '')).filter(Boolean);
  const lead = head!.trim();
  if (!list.length) return lead;
  return `${lead ? `${lead.replace(/:$/, '')}: ` : ''}${list.join('; ')}.`;
}

/** Rows of a tabular body: cells split on unescaped &, rules and row ends removed. */
export function tableRows(body: string): string[][] {
  return body
    .split(/\\\\/)
    .map((row) => row.replace(/\\(?:hline|toprule|midrule|bottomrule|endhead|endfoot|endlastfoot)/g, '').trim())
    .filter(Boolean)
    .map((row) => row.split(/(?<!\\)&/).map((c) => c.trim()));
}

/** The body of each tabular or longtable in a piece of the manual, without its column specification. */
export function tabulars(tex: string): string[] {
  const out: string[] = [];
  const re = /\\begin\{(tabular|longtable)\}/g;
  for (const m of tex.matchAll(re)) {
    const spec = braced(tex, m.index! + m[0].length);
    const end = tex.indexOf(`\\end{${m[1]}}`, spec.end);
    out.push(tex.slice(spec.end, end));
  }
  return out;
}
