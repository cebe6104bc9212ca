import type { Ontology } from './ontology/index.js';
import type { Rules } from './rules/load.js';
import { mapThrough } from './propose.js';

/** CAMEO roots that are themselves statements, appeals, intents, demands, rejections or threats. */
const SPEECH_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13']);

/**
 * What a stated event becomes given its stance. An intended cooperative act
 * is an intent (036 for "will visit"), an intended hostile one a threat; a
 * negated intent or a refusal is a rejection; an appeal or demand without a
 * frame rule maps the same way. A negated or hypothetical act is not coded as
 * if it happened: it returns null, and the coder drops it.
 */
export function settle(rules: Rules, ontology: Ontology, code: string, modality: string, negated: boolean): string | null {
  const root = code.slice(0, 2);
  if (SPEECH_ROOTS.has(root)) {
    if (negated || modality === 'hypothetical') return null;
    // "declined to comment" is a refusal of its own (011); other refused words keep their code.
    return modality === 'rejected' ? (rules.frames.frames.reject?.map[code] ?? code) : code;
  }
  const cooperative = (ontology.cameo(code)?.quadClass ?? 4) <= 2;
  switch (modality) {
    case 'asserted':
    case 'reported':
      return negated ? null : code;
    case 'intended':
    case 'hoped':
      if (negated) return cooperative ? mapThrough(rules, 'reject', code) : null;
      return mapThrough(rules, cooperative ? 'intend' : 'threaten', code);
    case 'rejected':
      return cooperative && !negated ? mapThrough(rules, 'reject', code) : null;
    case 'threatened':
      return negated ? null : mapThrough(rules, 'threaten', code);
    case 'demanded':
      // "X must withdraw" is someone's demand on X; the speaker is not known here, so nothing is coded.
      return null;
    default:
      return null;
  }
}
