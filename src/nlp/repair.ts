import { TIME_NOUNS } from './time-words.js';

/**
 * The repairs after the parser, in order, on one sentence's tags and tree (changed in place): each fixes a
 * misreading that wire copy makes common and the treebanks rare. A repair that would make a cycle is not made.
 */
export function repairParse(words: readonly string[], upos: readonly string[], xpos: string[], head: number[], rel: string[]): void {
  attachHyphenedParticiples(words, xpos, head, rel);
  splitDoubleSubjects(xpos, head, rel);
  reportedParticiples(xpos, head, rel);
  attachThatClauses(words, upos, head, rel);
  attachParticipleConjuncts(words, xpos, head, rel);
  attachAdjectiveBeforeName(upos, head, rel);
  attachClauseSubjects(words, xpos, head, rel);
  attachBareObliques(words, upos, head, rel);
  activeWithoutPassiveAuxiliary(head, rel);
  timesAfterTheVerb(words, head, rel);
  subjectsAfterOpeningPhrases(upos, head, rel);
  subjectsAfterClauses(upos, xpos, head, rel);
  participlesBeforeNames(xpos, upos, head, rel);
}

/**
 * "US-led forces' withdrawal": a participle joined by a hyphen to the word before it is a modifier of the noun
 * after it (UD amod), never a clause of its own. The parser sometimes makes it one, taking the noun phrase after
 * it as its object (before a possessive, mostly); then the object takes the participle's place in the tree and the
 * participle goes to the noun it modifies.
 */
export function attachHyphenedParticiples(words: readonly string[], xpos: readonly string[], head: number[], rel: string[]): void {
  for (let i = 2; i < words.length - 1; i++) {
    if (xpos[i] !== 'VBN' || words[i - 1] !== '-' || !/^\p{L}/u.test(words[i - 2]!)) continue;
    const noun = nounAfter(xpos, i);
    if (noun < 0 || head[i] === noun) continue;
    unlessCycle(null, head, rel, () => {
      const object = head.findIndex((h, d) => h === i && d > i && rel[d] === 'obj');
      if (object >= 0) {
        head[object] = head[i]!;
        rel[object] = rel[i] === 'root' ? 'root' : 'obj';
      }
      head[i] = noun;
      rel[i] = 'amod';
    });
  }
}

/**
 * "Thousands of Kurds demonstrated in Kirkuk, witnesses said": a verb has one subject, but a parser that reads the
 * wire's reported clause as a reduced relative ("Kurds [acl demonstrated]") gives the reporting verb two, the
 * clause's subject far on its left and the reporter beside it. Then the participle is the reported clause's verb:
 * it takes the first subject as its own and the reporting verb's place for that subject (ccomp), is tagged a past
 * tense, and the modifiers that followed it on the subject's phrase (", calling for …") go with it.
 */
export function splitDoubleSubjects(xpos: string[], head: number[], rel: string[]): void {
  const before = subjectsBefore(head, rel);
  for (let v = 0; v < head.length; v++) {
    const subjects = before[v]!;
    if (subjects.length < 1 || subjects.length > 2) continue;
    // … or takes the clause's subject for the complement itself ("[ccomp Thousands] of Kurds demonstrated …,
    // witnesses said"): a noun heads no complement clause without a copula.
    const nominal = () => head.findIndex((h, d) => h === v && d < subjects[0]! && rel[d] === 'ccomp' && /^NN/.test(xpos[d]!) && !head.some((x, k) => x === d && rel[k] === 'cop'));
    const first = subjects.length === 2 ? subjects[0]! : nominal();
    if (first < 0) continue;
    const clause = participleOnSubject(xpos, head, rel, first, v);
    // "The United Nations on Tuesday reduced supplies, officials said": the clause is already the complement
    // but lost its subject to the reporting verb.
    const bare = head.findIndex((h, d) => h === v && d > first && d < v && rel[d] === 'ccomp' && /^VB/.test(xpos[d]!) && !hasSubject(head, rel, d));
    if (clause < 0 && bare >= 0) {
      unlessCycle(xpos, head, rel, () => {
        head[first] = bare;
        if (xpos[bare] === 'VBN' && !head.some((x, k) => x === bare && rel[k]!.startsWith('aux'))) xpos[bare] = 'VBD';
      });
      continue;
    }
    if (clause < 0) continue;
    unlessCycle(xpos, head, rel, () => {
      const moved = head.map((h, d) => d > clause && d < v && inSubjectPhrase(head, rel, first, h));
      head[clause] = v;
      rel[clause] = 'ccomp';
      xpos[clause] = 'VBD';
      head[first] = clause;
      rel[first] = 'nsubj';
      moved.forEach((m, d) => m && ((head[d] = clause), (rel[d] = rel[d] === 'acl' ? 'advcl' : rel[d]!)));
    });
  }
}

/**
 * The past form that the parser hangs as a reduced relative on a subject or on its "of" noun ("Thousands of Kurds
 * [acl demonstrated]"), before token `before`, when it is active (no passive dependent, no by-agent); else -1.
 */
function participleOnSubject(xpos: readonly string[], head: readonly number[], rel: readonly string[], subject: number, before: number): number {
  const p = head.findIndex((h, d) => inSubjectPhrase(head, rel, subject, h) && d > subject && d < before && rel[d] === 'acl' && (xpos[d] === 'VBN' || xpos[d] === 'VBD'));
  return p >= 0 && !head.some((h, d) => h === p && (rel[d]!.endsWith(':pass') || rel[d] === 'obl:agent')) ? p : -1;
}

/**
 * "Thousands of Kurds demonstrated in Kirkuk on Sunday calling for independence, witnesses said": when the parser
 * makes the reported clause's verb a participle on its subject ("Kurds [acl demonstrated]") and gives the subject to
 * a later -ing clause of the reporting verb, the participle is the reported verb: it takes the subject, the -ing
 * clause and the reporting verb's complement place (as splitDoubleSubjects does when the reporter gets both
 * subjects).
 */
export function reportedParticiples(xpos: string[], head: number[], rel: string[]): void {
  const before = subjectsBefore(head, rel);
  for (let v = 0; v < head.length; v++) {
    if (!before[v]!.length) continue;
    const ing = head.findIndex((h, c) => h === v && c < v && rel[c] === 'advcl' && xpos[c] === 'VBG');
    if (ing < 0) continue;
    const subject = head.findIndex((h, d) => h === ing && d < ing && rel[d] === 'nsubj');
    if (subject < 0) continue;
    const participle = participleOnSubject(xpos, head, rel, subject, ing);
    if (participle < 0) continue;
    unlessCycle(xpos, head, rel, () => {
      head[participle] = v;
      rel[participle] = 'ccomp';
      xpos[participle] = 'VBD';
      head[subject] = participle;
      head[ing] = participle;
    });
  }
}

/**
 * "confirmed it has infected 200 people and killed three": a participle coordinated with no auxiliary of its own
 * shares the auxiliary of the participle before it ("has infected … and [has] killed"), so it is that participle's
 * conjunct, not the finite verb's further back.
 */
export function attachParticipleConjuncts(words: readonly string[], xpos: string[], head: number[], rel: string[]): void {
  const perfect = (k: number) => head.some((h, a) => h === k && rel[a] === 'aux' && /^(has|have|had|'s|'ve|'d)$/i.test(words[a]!));
  for (let d = 0; d < head.length; d++) {
    const h = head[d]!;
    // A regular past ("killed") is spelt as its participle and may come tagged either way.
    const participle = xpos[d] === 'VBN' || (xpos[d] === 'VBD' && /ed$/i.test(words[d]!));
    if (rel[d] !== 'conj' || !participle || h < 0 || h > d || !/^VB[DZP]$/.test(xpos[h]!) || head.some((x, a) => x === d && rel[a]!.startsWith('aux'))) continue;
    let k = d - 1;
    while (k > h && !(xpos[k] === 'VBN' && perfect(k))) k--;
    if (k <= h) continue;
    unlessCycle(xpos, head, rel, () => {
      head[d] = k;
      xpos[d] = 'VBN';
    });
  }
}

/**
 * "met Russian President Vladimir Putin": an adjective the parser made the verb's predicate (xcomp), with the name
 * after it hung on it, modifies that name, and the name is the verb's object, when the verb has none.
 */
export function attachAdjectiveBeforeName(upos: readonly string[], head: number[], rel: string[]): void {
  for (let a = 0; a < head.length; a++) {
    const v = head[a]!;
    if (upos[a] !== 'ADJ' || rel[a] !== 'xcomp' || v < 0 || v > a || upos[v] !== 'VERB' || head.some((h, k) => h === v && rel[k] === 'obj')) continue;
    const name = head.findIndex((h, k) => h === a && k > a && upos[k] === 'PROPN' && (rel[k] === 'appos' || rel[k] === 'flat' || rel[k] === 'compound'));
    if (name < 0) continue;
    unlessCycle(null, head, rel, () => {
      head[name] = v;
      rel[name] = 'obj';
      head[a] = name;
      rel[a] = 'amod';
    });
  }
}

const SUBORDINATORS = new Set(['before', 'after', 'since', 'until', 'till', 'while', 'because', 'once']);
/** Pronouns that are no subject: "like Trump before him visited" keeps its subject. */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them']);

/**
 * "before Russia invaded Ukraine": a conjunction the tagger took for a preposition leaves the clause's subject as
 * its object and the verb without a subject, or with one from before the conjunction. A finite verb right after
 * such a noun takes the noun as its subject and the word as its marker, where the noun stood.
 */
export function attachClauseSubjects(words: readonly string[], xpos: string[], head: number[], rel: string[]): void {
  for (let v = 1; v < head.length; v++) {
    const n = v - 1;
    if (!/^VB[DZP]$/.test(xpos[v]!) || !/^(NNP?S?|PRP)$/.test(xpos[n]!) || OBJECT_PRONOUNS.has(words[n]!.toLowerCase())) continue;
    const c = head.findIndex((h, k) => h === n && k < n && rel[k] === 'case' && SUBORDINATORS.has(words[k]!.toLowerCase()));
    if (c < 0 || head.some((h, k) => h === n && k > c && k < n && rel[k] !== 'compound' && rel[k] !== 'flat' && rel[k] !== 'amod' && rel[k] !== 'det')) continue;
    // A subject the verb has from before the conjunction ("either Europe or the U.S. before Russia invaded Ukraine")
    // is the parser's reach across the clause, when the noun after it is a name or a pronoun and no time ("after
    // Friday"): that subject takes the verb's place, and the clause modifies it.
    const subjects = head.flatMap((h, k) => (h === v && /subj/.test(rel[k]!) ? [k] : []));
    if (subjects.length && (subjects.length > 1 || subjects[0]! > c || !/^(NNPS?|PRP)$/.test(xpos[n]!) || TIME_NOUNS.has(words[n]!.toLowerCase()))) continue;
    unlessCycle(xpos, head, rel, () => {
      const before = subjects[0];
      if (before !== undefined) {
        head[before] = head[v]!;
        rel[before] = rel[v]!;
        head[v] = before;
        rel[v] = 'acl';
      } else if (head[v] === n) {
        head[v] = head[n]!;
        rel[v] = 'advcl';
      }
      head[n] = v;
      rel[n] = 'nsubj';
      head[c] = v;
      rel[c] = 'mark';
      xpos[c] = 'IN';
    });
  }
}

/**
 * "said on Tuesday that Sudan must return the helicopter": a that-clause with a subject of its own, marked by
 * "that" as a conjunction, is the verb's complement, not a relative clause of the time or place between them
 * (a relative "that" is the clause's subject or object, not its marker).
 */
export function attachThatClauses(words: readonly string[], upos: readonly string[], head: number[], rel: string[]): void {
  for (let d = 0; d < head.length; d++) {
    if (rel[d] !== 'acl:relcl') continue;
    const n = head[d]!;
    const v = n >= 0 ? head[n]! : -1;
    // Only a time: "warned of reports that Syria must pay" is the reports' content, not the verb's.
    if (v < 0 || !rel[n]!.startsWith('obl') || upos[v] !== 'VERB' || v > n || !TIME_NOUNS.has(words[n]!.toLowerCase())) continue;
    const marked = head.some((h, k) => h === d && rel[k] === 'mark' && words[k]!.toLowerCase() === 'that' && k === n + 1);
    if (!marked || !head.some((h, k) => h === d && rel[k]!.startsWith('nsubj'))) continue;
    head[d] = v;
    rel[d] = 'ccomp';
  }
}

/**
 * "denounced the assassination of commanders, General Qasem Soleimani and Abu Mahdi al-Muhandis, as …": a name
 * after a comma that the parser hangs on the verb as an oblique with no preposition (UD's plain obl always has
 * one), or as a second object after the one the verb has, is an apposition of the noun just before the comma.
 */
export function attachBareObliques(words: readonly string[], upos: readonly string[], head: number[], rel: string[]): void {
  for (let i = 2; i < head.length; i++) {
    if (upos[i] !== 'PROPN') continue;
    const bareOblique = rel[i] === 'obl' && !head.some((h, d) => h === i && rel[d] === 'case');
    const secondObject = rel[i] === 'obj' && head.some((h, d) => d < i && h === head[i] && rel[d] === 'obj');
    if (!bareOblique && !secondObject) continue;
    let first = i;
    for (let d = i - 1; d >= 0 && head[d] === i && rel[d] !== 'punct'; d--) first = d;
    const noun = first - 2;
    if (noun < 0 || words[first - 1] !== ',' || (upos[noun] !== 'NOUN' && upos[noun] !== 'PROPN') || head[i] === noun) continue;
    unlessCycle(null, head, rel, () => {
      head[i] = noun;
      rel[i] = 'appos';
    });
  }
}

/**
 * "The United States and Jordan have agreed upon a pact": a subject labelled passive on a verb with no passive
 * auxiliary ("was", "got") is the subject of an active perfect; the parser takes "have agreed" for passive now and
 * then.
 */
export function activeWithoutPassiveAuxiliary(head: readonly number[], rel: string[]): void {
  // A by-agent is passive enough, and a conjunct shares the auxiliary of its first verb ("were killed and three wounded").
  const passive = (x: number) => head.some((h, k) => h === x && (rel[k] === 'aux:pass' || rel[k] === 'cop' || rel[k] === 'obl:agent'));
  for (let d = 0; d < head.length; d++) {
    if (rel[d] !== 'nsubj:pass') continue;
    const v = head[d]!;
    if (!passive(v) && !(rel[v] === 'conj' && passive(head[v]!))) rel[d] = 'nsubj';
  }
}

/**
 * "the Israeli army said Friday": a time after a verb that has its subject already is when, not a second subject
 * (UD's bare temporal noun phrase, obl:unmarked).
 */
export function timesAfterTheVerb(words: readonly string[], head: readonly number[], rel: string[]): void {
  for (let d = 1; d < head.length; d++) {
    const v = head[d]!;
    if (rel[d] !== 'nsubj' || v < 0 || v > d || !TIME_NOUNS.has(words[d]!.toLowerCase())) continue;
    if (head.some((h, k) => h === v && k < v && rel[k] === 'nsubj')) rel[d] = 'obl:unmarked';
  }
}

/**
 * "In an unprecedented move, Palestinian police in Jericho confiscated weapons": a noun the parser makes an
 * apposition of the opening phrase, after its comma, is the subject of a verb that has none.
 */
export function subjectsAfterOpeningPhrases(upos: readonly string[], head: number[], rel: string[]): void {
  for (let n = 2; n < head.length; n++) {
    if (rel[n] !== 'appos' || (upos[n] !== 'NOUN' && upos[n] !== 'PROPN')) continue;
    const opening = head[n]!;
    const v = head[opening] ?? -1;
    if (opening < 0 || v < 0 || v < n || !rel[opening]!.startsWith('obl') || hasSubject(head, rel, v)) continue;
    if (!head.some((h, k) => k > opening && k < n && rel[k] === 'punct' && (h === n || h === opening))) continue;
    unlessCycle(null, head, rel, () => {
      head[n] = v;
      rel[n] = 'nsubj';
    });
  }
}

/**
 * "As they tried to storm parliament, police in response fired tear gas": a noun after a comma that the parser
 * joins to a noun before it (conj, appos), with at most a prepositional phrase between it and a finite verb that has
 * no subject, is that verb's subject.
 */
export function subjectsAfterClauses(upos: readonly string[], xpos: readonly string[], head: number[], rel: string[]): void {
  for (let v = 2; v < head.length; v++) {
    // A lexical verb: an auxiliary has no subject of its own in UD ("Hospitals, schools in Gaza have been bombed").
    if (upos[v] !== 'VERB' || !/^VB[DZP]$/.test(xpos[v]!) || hasSubject(head, rel, v) || rel[v] === 'conj') continue;
    let n = v - 1;
    while (n > 0 && BETWEEN.has(upos[n]!) && upos[n - 1] !== 'PUNCT' && !(NOMINAL.has(upos[n]!) && (rel[n] === 'conj' || rel[n] === 'appos'))) n--;
    if (!NOMINAL.has(upos[n]!) || (rel[n] !== 'conj' && rel[n] !== 'appos') || head[n]! >= n) continue;
    let start = n;
    while (start > 0 && head[start - 1] === n && PHRASE.has(upos[start - 1]!)) start--;
    if (start === 0 || xpos[start - 1] !== ',' || head[n]! >= start - 1) continue;
    unlessCycle(null, head, rel, () => {
      head[n] = v;
      rel[n] = 'nsubj';
    });
  }
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
/** What may stand between the subject and its verb: a prepositional phrase ("police in response fired"). */
const BETWEEN = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** What may open the subject's own phrase ("the Kenyan police"). */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Ousted President Askar Akayev has agreed to resign": a participle opening the sentence, with the name after it
 * as its object and a verb after them with no subject, modifies the name, which is that verb's subject.
 */
export function participlesBeforeNames(xpos: readonly string[], upos: readonly string[], head: number[], rel: string[]): void {
  if (xpos[0] !== 'VBN') return;
  const v = head[0]!;
  const name = head.findIndex((h, k) => h === 0 && k > 0 && rel[k] === 'obj' && upos[k] === 'PROPN');
  if (v < 0 || name < 0 || name > v || hasSubject(head, rel, v)) return;
  for (let k = 1; k < name; k++) if (head[k] !== name && head[k] !== 0) return;
  unlessCycle(null, head, rel, () => {
    head[name] = v;
    rel[name] = 'nsubj';
    head[0] = name;
    rel[0] = 'amod';
  });
}

/** The first noun right after `i` ("US-led [coalition forces]" → "forces"), or -1. */
function nounAfter(xpos: readonly string[], i: number): number {
  let found = -1;
  for (let j = i + 1; j < xpos.length && j <= i + 3 && /^(NN|JJ)/.test(xpos[j]!); j++) if (xpos[j]!.startsWith('NN')) found = j;
  return found;
}

/** Makes a change to the tags and tree, and takes it back when it left a cycle. */
function unlessCycle(xpos: string[] | null, head: number[], rel: string[], change: () => void): void {
  const before = { xpos: xpos && [...xpos], head: [...head], rel: [...rel] };
  change();
  if (!hasCycle(head)) return;
  if (xpos) xpos.splice(0, xpos.length, ...before.xpos!);
  head.splice(0, head.length, ...before.head);
  rel.splice(0, rel.length, ...before.rel);
}

/** The subjects (nsubj) that stand before each word, left to right: one pass, where a search per word made the repairs quadratic. */
function subjectsBefore(head: readonly number[], rel: readonly string[]): number[][] {
  const subjects = head.map((): number[] => []);
  head.forEach((h, d) => h > d && rel[d] === 'nsubj' && subjects[h]!.push(d));
  return subjects;
}

/** Whether word h is the subject or its "of" noun ("Thousands of Kurds"). */
function inSubjectPhrase(head: readonly number[], rel: readonly string[], subject: number, h: number): boolean {
  return h === subject || (head[h] === subject && rel[h] === 'nmod');
}

/** Whether word v has a subject of any kind. */
function hasSubject(head: readonly number[], rel: readonly string[], v: number): boolean {
  return head.some((h, k) => h === v && /^(nsubj|csubj|expl)/.test(rel[k]!));
}

function hasCycle(head: readonly number[]): boolean {
  for (let start = 0; start < head.length; start++) {
    let n = start;
    for (let steps = 0; n >= 0 && steps <= head.length; steps++) n = head[n]!;
    if (n >= 0) return true;
  }
  return false;
}
