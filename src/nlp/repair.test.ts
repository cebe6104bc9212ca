import { describe, expect, it } from 'vitest';
import { activeWithoutPassiveAuxiliary, attachAdjectiveBeforeName, attachBareObliques, attachClauseSubjects, attachHyphenedParticiples, attachParticipleConjuncts, attachThatClauses, participlesBeforeNames, reportedParticiples, splitDoubleSubjects, subjectsAfterClauses, subjectsAfterOpeningPhrases, timesAfterTheVerb } from './repair.js';

describe('a participle joined by a hyphen', () => {
  it('modifies the noun after it, and the object the parser gave it takes its place: "pursuing US-led forces’ withdrawal"', () => {
    const words = ['Baghdad', 'was', 'pursuing', 'US', '-', 'led', 'forces', '’', 'withdrawal', '.'];
    const xpos = ['NNP', 'VBD', 'VBG', 'NNP', 'HYPH', 'VBN', 'NNS', 'POS', 'NN', '.'];
    const head = [2, 2, -1, 5, 5, 2, 8, 6, 5, 2];
    const rel = ['nsubj', 'aux', 'root', 'obl:unmarked', 'punct', 'xcomp', 'nmod:poss', 'case', 'obj', 'punct'];
    attachHyphenedParticiples(words, xpos, head, rel);
    expect([head[5], rel[5]]).toEqual([6, 'amod']);
    expect([head[8], rel[8]]).toEqual([2, 'obj']);
  });

  it('leaves a parse that already has it as a modifier, and a participle that is no compound', () => {
    const head = [2, 2, 3, -1, 3];
    attachHyphenedParticiples(['Saudi', '-', 'led', 'forces', 'struck'], ['JJ', 'HYPH', 'VBN', 'NNS', 'VBD'], head, ['compound', 'punct', 'amod', 'root', 'acl']);
    expect(head).toEqual([2, 2, 3, -1, 3]);
    const other = [1, -1, 1, 2];
    attachHyphenedParticiples(['He', 'led', 'forces', 'home'], ['PRP', 'VBD', 'NNS', 'RB'], other, ['nsubj', 'root', 'obj', 'advmod']);
    expect(other).toEqual([1, -1, 1, 2]);
  });
});

describe('a reporting verb given two subjects', () => {
  // Prisoners rioted at a jail , locals said .
  const parsed = () => ({
    xpos: ['NNS', 'VBN', 'IN', 'DT', 'NN', ',', 'NNS', 'VBD', '.'],
    head: [7, 0, 4, 4, 1, 7, 7, -1, 7],
    rel: ['nsubj', 'acl', 'case', 'det', 'obl', 'punct', 'nsubj', 'root', 'punct'],
  });

  it('makes the first subject\'s participle the reported clause: "Prisoners rioted at a jail, locals said"', () => {
    const { xpos, head, rel } = parsed();
    splitDoubleSubjects(xpos, head, rel);
    expect([head[1], rel[1], xpos[1]]).toEqual([7, 'ccomp', 'VBD']);
    expect([head[0], rel[0]]).toEqual([1, 'nsubj']);
    expect(head[4]).toBe(1);
  });

  it('also when the participle hangs on the counted noun: "Thousands of Kurds demonstrated, witnesses said"', () => {
    const xpos = ['NNS', 'IN', 'NNPS', 'VBN', ',', 'NNS', 'VBD'];
    const head = [6, 2, 0, 2, 6, 6, -1];
    const rel = ['nsubj', 'case', 'nmod', 'acl', 'punct', 'nsubj', 'root'];
    splitDoubleSubjects(xpos, head, rel);
    expect([head[3], rel[3]]).toEqual([6, 'ccomp']);
    expect([head[0], head[2]]).toEqual([3, 0]);
  });

  it('gives a reported clause without a subject the first one: "The UN on Tuesday reduced supplies, officials said"', () => {
    const xpos = ['NNP', 'IN', 'NNP', 'VBN', 'NNS', ',', 'NNS', 'VBD'];
    const head = [7, 2, 3, 7, 3, 7, 7, -1];
    const rel = ['nsubj', 'case', 'obl', 'ccomp', 'obj', 'punct', 'nsubj', 'root'];
    splitDoubleSubjects(xpos, head, rel);
    expect([head[0], rel[0], xpos[3]]).toEqual([3, 'nsubj', 'VBD']);
  });

  it('also when the parser took the subject for the complement: "[ccomp Thousands] of Kurds demonstrated, witnesses said"', () => {
    const xpos = ['NNS', 'IN', 'NNPS', 'VBN', ',', 'NNS', 'VBD'];
    const head = [6, 2, 0, 2, 6, 6, -1];
    const rel = ['ccomp', 'case', 'nmod', 'acl', 'punct', 'nsubj', 'root'];
    splitDoubleSubjects(xpos, head, rel);
    expect([head[3], rel[3]]).toEqual([6, 'ccomp']);
    expect([head[0], rel[0]]).toEqual([3, 'nsubj']);
  });

  it('leaves a verb with one subject, and a passive participle with its own subject', () => {
    const one = parsed();
    one.rel[6] = 'obj';
    splitDoubleSubjects(one.xpos, one.head, one.rel);
    expect(one.head).toEqual(parsed().head);
    const passive = { xpos: ['NNS', 'VBN', 'VBD', ',', 'NNS', 'VBD'], head: [5, 0, 1, 5, 5, -1], rel: ['nsubj', 'acl', 'aux:pass', 'punct', 'nsubj', 'root'] };
    splitDoubleSubjects(passive.xpos, passive.head, passive.rel);
    expect(passive.head).toEqual([5, 0, 1, 5, 5, -1]);
  });
});

describe('a that-clause hung on the time before it', () => {
  const words = ['Russia', 'said', 'on', 'Tuesday', 'that', 'Sudan', 'must', 'return', 'it'];
  const upos = ['PROPN', 'VERB', 'ADP', 'PROPN', 'SCONJ', 'PROPN', 'AUX', 'VERB', 'PRON'];

  it('is the complement of the verb: "said on Tuesday that Sudan must return it"', () => {
    const head = [1, -1, 3, 1, 7, 7, 7, 3, 7];
    const rel = ['nsubj', 'root', 'case', 'obl', 'mark', 'nsubj', 'aux', 'acl:relcl', 'obj'];
    attachThatClauses(words, upos, head, rel);
    expect([head[7], rel[7]]).toEqual([1, 'ccomp']);
  });

  it('stays a relative clause when "that" is its subject: "the day that followed"', () => {
    const head = [1, -1, 3, 1, 5, 3];
    const rel = ['nsubj', 'root', 'case', 'obl', 'nsubj', 'acl:relcl'];
    attachThatClauses(['It', 'rained', 'on', 'days', 'that', 'followed'], ['PRON', 'VERB', 'ADP', 'NOUN', 'PRON', 'VERB'], head, rel);
    expect(head[5]).toBe(3);
  });
});

describe('a participle coordinated without an auxiliary', () => {
  it('joins the participle before it that has one: "confirmed it has infected 200 and killed three"', () => {
    const words = ['Officials', 'confirmed', 'it', 'has', 'infected', '200', 'and', 'killed', 'three'];
    const xpos = ['NNS', 'VBD', 'PRP', 'VBZ', 'VBN', 'CD', 'CC', 'VBN', 'CD'];
    const head = [1, -1, 4, 4, 1, 4, 7, 1, 7];
    const rel = ['nsubj', 'root', 'nsubj', 'aux', 'ccomp', 'obj', 'cc', 'conj', 'obj'];
    attachParticipleConjuncts(words, xpos, head, rel);
    expect(head[7]).toBe(4);
  });

  it('stays with a finite verb when no perfect participle comes between', () => {
    const head = [1, -1, 1, 4, 1];
    attachParticipleConjuncts(['Troops', 'entered', 'Kabul', 'and', 'seized'], ['NNS', 'VBD', 'NNP', 'CC', 'VBN'], head, ['nsubj', 'root', 'obj', 'cc', 'conj']);
    expect(head[4]).toBe(1);
  });
});

describe('an adjective taken for the predicate before a name', () => {
  it('modifies the name, which is the object: "met Russian President Vladimir Putin"', () => {
    const upos = ['PROPN', 'VERB', 'ADJ', 'PROPN', 'PROPN', 'PROPN'];
    const head = [1, -1, 1, 4, 2, 4];
    const rel = ['nsubj', 'root', 'xcomp', 'nmod:desc', 'appos', 'flat'];
    attachAdjectiveBeforeName(upos, head, rel);
    expect([head[4], rel[4]]).toEqual([1, 'obj']);
    expect([head[2], rel[2]]).toEqual([4, 'amod']);
  });

  it('leaves a predicate adjective with no name: "seemed happy"', () => {
    const head = [1, -1, 1];
    attachAdjectiveBeforeName(['PRON', 'VERB', 'ADJ'], head, ['nsubj', 'root', 'xcomp']);
    expect(head).toEqual([1, -1, 1]);
  });
});

describe('a conjunction taken for a preposition', () => {
  it('gives the verb after its noun that noun as subject: "before Russia invaded Ukraine"', () => {
    const words = ['delivered', 'before', 'Russia', 'invaded', 'Ukraine'];
    const xpos = ['VBN', 'IN', 'NNP', 'VBD', 'NNP'];
    const head = [-1, 2, 0, 0, 3];
    const rel = ['root', 'case', 'obl', 'advcl', 'obj'];
    attachClauseSubjects(words, xpos, head, rel);
    expect([head[2], rel[2]]).toEqual([3, 'nsubj']);
    expect([head[1], rel[1]]).toEqual([3, 'mark']);
  });

  it('takes the noun after the conjunction for the subject when the parser gave the verb one from before it: "Europe or the U.S. before Russia invaded Ukraine"', () => {
    const words = ['than', 'Europe', 'or', 'the', 'U.S.', 'before', 'Russia', 'invaded', 'Ukraine'];
    const xpos = ['IN', 'NNP', 'CC', 'DT', 'NNP', 'IN', 'NNP', 'VBD', 'NNP'];
    const head = [1, 7, 4, 4, 1, 6, 1, -1, 7];
    const rel = ['case', 'nsubj', 'cc', 'det', 'conj', 'case', 'nmod', 'root', 'obj'];
    attachClauseSubjects(words, xpos, head, rel);
    expect([head[6], rel[6]]).toEqual([7, 'nsubj']);
    expect([head[5], rel[5]]).toEqual([7, 'mark']);
    expect([head[7], rel[7]]).toEqual([1, 'acl']);
    expect([head[1], rel[1]]).toEqual([-1, 'root']);
    // Not a time after the conjunction: "Troops after Friday attacked" keeps its subject.
    const time = [3, 2, 3, -1];
    attachClauseSubjects(['Troops', 'after', 'Friday', 'attacked'], ['NNS', 'IN', 'NNP', 'VBD'], time, ['nsubj', 'case', 'obl', 'root']);
    expect(time).toEqual([3, 2, 3, -1]);
    // Nor an object pronoun: "Biden, like Trump before him, visited Warsaw".
    const him = [5, 2, 0, 4, 2, -1, 5];
    attachClauseSubjects(['Biden', 'like', 'Trump', 'before', 'him', 'visited', 'Warsaw'], ['NNP', 'IN', 'NNP', 'IN', 'PRP', 'VBD', 'NNP'], him, ['nsubj', 'case', 'nmod', 'case', 'nmod', 'root', 'obj']);
    expect(him).toEqual([5, 2, 0, 4, 2, -1, 5]);
  });

  it('leaves a preposition before a noun with no verb after it, and a verb with its own subject', () => {
    const head = [-1, 2, 0];
    attachClauseSubjects(['lived', 'since', '2010'], ['VBN', 'IN', 'CD'], head, ['root', 'case', 'obl']);
    expect(head).toEqual([-1, 2, 0]);
    const own = [-1, 2, 0, 0, 3];
    attachClauseSubjects(['left', 'after', 'talks', 'it', 'said'], ['VBD', 'IN', 'NNS', 'PRP', 'VBD'], own, ['root', 'case', 'obl', 'nsubj', 'parataxis']);
    expect(own).toEqual([-1, 2, 0, 0, 3]);
  });
});

describe('a participle that the parser hangs on the subject of a later -ing clause', () => {
  it('is the reported verb: "Thousands of Kurds demonstrated on Sunday calling for independence, witnesses said"', () => {
    // Thousands of Kurds demonstrated on Sunday calling for independence , witnesses said
    const xpos = ['NNS', 'IN', 'NNPS', 'VBN', 'IN', 'NNP', 'VBG', 'IN', 'NN', ',', 'NNS', 'VBD'];
    const head = [6, 2, 0, 2, 5, 6, 11, 8, 6, 6, 11, -1];
    const rel = ['nsubj', 'case', 'nmod', 'acl', 'case', 'obl', 'advcl', 'case', 'obl', 'punct', 'nsubj', 'root'];
    reportedParticiples(xpos, head, rel);
    expect([head[3], rel[3], xpos[3]]).toEqual([11, 'ccomp', 'VBD']);
    expect([head[0], rel[0]]).toEqual([3, 'nsubj']);
    expect([head[6], rel[6]]).toEqual([3, 'advcl']);
  });

  it('leaves a clause whose -ing verb has its own subject and no participle in it', () => {
    const xpos = ['NNS', 'VBG', 'NNS', ',', 'NNS', 'VBD'];
    const head = [1, 5, 1, 5, 5, -1];
    const rel = ['nsubj', 'advcl', 'obj', 'punct', 'nsubj', 'root'];
    reportedParticiples(xpos, head, rel);
    expect(head).toEqual([1, 5, 1, 5, 5, -1]);
  });
});

describe('a name after a comma hung on the verb with no preposition', () => {
  // The parser hangs the name on the verb as a bare oblique, or as a second object.
  it.each(['obl', 'obj'])('is an apposition of the noun before the comma when the parser made it %s: "the killing of commanders, General Qasem Soleimani"', (made) => {
    const words = ['Rouhani', 'denounced', 'the', 'killing', 'of', 'commanders', ',', 'General', 'Qasem', 'Soleimani', '.'];
    const upos = ['PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'NOUN', 'PUNCT', 'PROPN', 'PROPN', 'PROPN', 'PUNCT'];
    const head = [1, -1, 3, 1, 5, 3, 8, 8, 1, 8, 1];
    const rel = ['nsubj', 'root', 'det', 'obj', 'case', 'nmod', 'punct', 'nmod:desc', made, 'flat', 'punct'];
    attachBareObliques(words, upos, head, rel);
    expect([head[8], rel[8]]).toEqual([5, 'appos']);
  });

  it('leaves the only object of a verb after a comma and a name: "They met in Baghdad, Smith"', () => {
    const words = ['They', 'met', 'in', 'Baghdad', ',', 'Smith', '.'];
    const upos = ['PRON', 'VERB', 'ADP', 'PROPN', 'PUNCT', 'PROPN', 'PUNCT'];
    const head = [1, -1, 3, 1, 5, 1, 1];
    const rel = ['nsubj', 'root', 'case', 'obl', 'punct', 'obj', 'punct'];
    attachBareObliques(words, upos, head, rel);
    expect([head[5], rel[5]]).toEqual([1, 'obj']);
  });

  it('leaves an oblique with a preposition', () => {
    const words = ['He', 'met', 'officials', ',', 'in', 'Tehran', '.'];
    const upos = ['PRON', 'VERB', 'NOUN', 'PUNCT', 'ADP', 'PROPN', 'PUNCT'];
    const head = [1, -1, 1, 5, 5, 1, 1];
    const rel = ['nsubj', 'root', 'obj', 'punct', 'case', 'obl', 'punct'];
    attachBareObliques(words, upos, head, rel);
    expect(rel[5]).toBe('obl');
  });
});

describe('a passive subject with no passive auxiliary', () => {
  it('is an active subject: "The United States and Jordan have agreed"; "was agreed" stays passive', () => {
    const rel = ['det', 'nsubj:pass', 'aux', 'root'];
    activeWithoutPassiveAuxiliary([1, 3, 3, -1], rel);
    expect(rel[1]).toBe('nsubj');
    const passive = ['det', 'nsubj:pass', 'aux:pass', 'root'];
    activeWithoutPassiveAuxiliary([1, 3, 3, -1], passive);
    expect(passive[1]).toBe('nsubj:pass');
    // Two policemen were killed and three soldiers wounded by Taliban fighters
    const conjunct = ['nummod', 'nsubj:pass', 'aux:pass', 'root', 'cc', 'nummod', 'nsubj:pass', 'conj', 'case', 'compound', 'obl:agent'];
    activeWithoutPassiveAuxiliary([1, 3, 3, -1, 7, 6, 7, 3, 10, 10, 7], conjunct);
    expect(conjunct[6]).toBe('nsubj:pass');
  });
});

describe('wire-copy subjects', () => {
  it('takes a weekday after a verb with a subject for a time: "the army said Friday"; "said Theresa May" keeps its subject', () => {
    const rel = ['det', 'nsubj', 'root', 'nsubj'];
    timesAfterTheVerb(['the', 'army', 'said', 'Friday'], [1, 2, -1, 2], rel);
    expect(rel[3]).toBe('obl:unmarked');
    const inverted = ['root', 'compound', 'nsubj'];
    timesAfterTheVerb(['said', 'Theresa', 'May'], [-1, 2, 0], inverted);
    expect(inverted[2]).toBe('nsubj');
  });

  it('makes the apposition of an opening phrase the subject of a verb with none: "In a move, police confiscated weapons"', () => {
    // In a move , police confiscated weapons
    const head = [2, 2, 5, 4, 2, -1, 5];
    const rel = ['case', 'det', 'obl', 'punct', 'appos', 'root', 'obj'];
    subjectsAfterOpeningPhrases(['ADP', 'DET', 'NOUN', 'PUNCT', 'NOUN', 'VERB', 'NOUN'], head, rel);
    expect([head[4], rel[4]]).toEqual([5, 'nsubj']);
    const withSubject = [2, 2, 6, 4, 2, 6, -1, 6];
    const rel2 = ['case', 'det', 'obl', 'punct', 'appos', 'nsubj', 'root', 'obj'];
    subjectsAfterOpeningPhrases(['ADP', 'DET', 'NOUN', 'PUNCT', 'NOUN', 'PRON', 'VERB', 'NOUN'], withSubject, rel2);
    expect(rel2[4]).toBe('appos');
  });

  it('makes a noun after a comma joined to a noun before it the subject of a finite verb with none: "…, police in response fired"', () => {
    // As they tried to storm parliament , police in response fired gas
    const upos = ['SCONJ', 'PRON', 'VERB', 'PART', 'VERB', 'NOUN', 'PUNCT', 'NOUN', 'ADP', 'NOUN', 'VERB', 'NOUN'];
    const xpos = ['IN', 'PRP', 'VBD', 'TO', 'VB', 'NN', ',', 'NN', 'IN', 'NN', 'VBD', 'NN'];
    const head = [2, 2, -1, 4, 2, 4, 7, 5, 9, 5, 4, 10];
    const rel = ['mark', 'nsubj', 'root', 'mark', 'xcomp', 'obj', 'punct', 'conj', 'case', 'nmod', 'ccomp', 'obj'];
    subjectsAfterClauses(upos, xpos, head, rel);
    expect([head[7], rel[7]]).toEqual([10, 'nsubj']);
    // Not when the verb has a subject ("…, police in response, troops fired"), nor for a noun with no comma before it.
    const withSubject = [2, 2, -1, 4, 2, 4, 7, 5, 9, 5, 4, 10, 10];
    const withSubjectRel = ['mark', 'nsubj', 'root', 'mark', 'xcomp', 'obj', 'punct', 'conj', 'case', 'nmod', 'ccomp', 'obj', 'nsubj'];
    subjectsAfterClauses([...upos, 'NOUN'], [...xpos, 'NNS'], withSubject, withSubjectRel);
    expect(withSubjectRel[7]).toBe('conj');
    // Nor an auxiliary, which has no subject of its own in UD: "Hospitals , schools in Gaza have been bombed".
    const aux = [7, 2, 0, 4, 2, 7, 7, -1, 7];
    const auxRel = ['nsubj:pass', 'punct', 'conj', 'case', 'nmod', 'aux', 'aux:pass', 'root', 'punct'];
    subjectsAfterClauses(['NOUN', 'PUNCT', 'NOUN', 'ADP', 'PROPN', 'AUX', 'AUX', 'VERB', 'PUNCT'], ['NNS', ',', 'NNS', 'IN', 'NNP', 'VBP', 'VBN', 'VBN', '.'], aux, auxRel);
    expect(auxRel[2]).toBe('conj');
    const noComma = [2, 2, -1, 4, 2, 4, 5, 5, 9, 5, 4, 10];
    const noCommaRel = ['mark', 'nsubj', 'root', 'mark', 'xcomp', 'obj', 'compound', 'conj', 'case', 'nmod', 'ccomp', 'obj'];
    subjectsAfterClauses(upos.map((u, i) => (i === 6 ? 'NOUN' : u)), xpos.map((x, i) => (i === 6 ? 'NN' : x)), noComma, noCommaRel);
    expect(noCommaRel[7]).toBe('conj');
  });

  it('makes an opening participle a modifier of the name after it, the subject: "Ousted President Askar Akayev has agreed"', () => {
    // Ousted President Askar Akayev has agreed
    const head = [5, 2, 0, 2, 5, -1];
    const rel = ['mark', 'nmod:desc', 'obj', 'flat', 'aux', 'root'];
    participlesBeforeNames(['VBN', 'NNP', 'NNP', 'NNP', 'VBZ', 'VBN'], ['VERB', 'PROPN', 'PROPN', 'PROPN', 'AUX', 'VERB'], head, rel);
    expect([head[2], rel[2]]).toEqual([5, 'nsubj']);
    expect([head[0], rel[0]]).toEqual([2, 'amod']);
  });
});
