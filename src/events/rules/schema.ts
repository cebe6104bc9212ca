import { z } from 'zod';

/**
 * Where a rule finds an actor, resolved on the parse (see roles.ts):
 * subject, object, agent (by-phrase of a passive), possessor (nmod:poss,
 * compound, nationality adjective), obl:PREP and nmod:PREP (a dependent with
 * that preposition), governor-subject (the subject of the verb whose
 * dependent the predicate is: "said in a meeting with X"), clause-subject
 * (subject of the predicate's clausal complement), object-deep (the object, or
 * the nearest actor inside it) and governed (the noun a passive participle
 * or adjective modifies).
 */
export const Role = z.string().regex(/^(subject|object|iobj|agent|possessor|governor-subject|governor-object|clause-subject|object-deep|governed|complement-subject|complement-object|complement-partner|(obl|nmod|obj):[a-z_ ]+)$/, 'Unknown role');
export type Role = z.infer<typeof Role>;

/** A speech act or attitude whose complement decides the code: "urged X to meet" is an appeal to meet (026). */
export const Frame = z.enum(['appeal', 'intend', 'demand', 'reject', 'threaten', 'hope', 'accuse', 'protest', 'halt']);
export type Frame = z.infer<typeof Frame>;

/** The `byPerson` that codes nothing. */
export const NO_EVENT = 'none';

export const Rule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  code: z.string(),
  /** verb: a verb lemma; noun: a noun heading the event ("sanctions on"); adjective: "grateful to"; support: a light verb with its noun ("held talks with"). */
  kind: z.enum(['verb', 'noun', 'adjective', 'support']),
  lemmas: z.array(z.string()).min(1),
  /** For support rules, the noun objects that make the event ("talks", "hope"). For verbs, objects the verb needs to mean this ("share information"). */
  objects: z.array(z.string()).optional(),
  /** Modifiers the predicate needs to mean this ("drone strike", "air raid"), as lemmas of its compound or amod dependents. */
  modifiers: z.array(z.string()).optional(),
  /** The verb must have a direct object (or be passive): "returned the statues to Benin", not "returned to Benin". */
  transitive: z.boolean().optional(),
  /** A particle the verb must have ("set up", "call off"). */
  particle: z.string().optional(),
  /** A preposition one of the predicate's dependents must have ("call on", "grateful to"). */
  prep: z.array(z.string()).optional(),
  source: z.array(Role).min(1),
  target: z.array(Role),
  /** Both took part (meet, talks, agree): the event is coded in both directions. */
  symmetric: z.boolean().optional(),
  /** The complement decides the code through frames.json, with `code` when it codes nothing. */
  frame: Frame.optional(),
  /** For frame rules: the frame for a complement the rule's own frame maps nothing for; "vowed to fight" is a threat (`threaten`). */
  hostile: Frame.optional(),
  /** For frame rules: the frame applies only when the complement has one of these auxiliaries ("said that Sudan *must* return"). */
  complementAux: z.array(z.string()).optional(),
  /** The rule only names what a frame is about ("demanded *political reforms*"); on its own it codes nothing. */
  complementOnly: z.boolean().optional(),
  /**
   * The code when the source is a named person who is no fighter: "Biden attacked Trump" is criticism (111), not
   * force (190); "none" codes nothing ("Trump beat DeSantis" is a win at the polls, not an assault).
   */
  byPerson: z.string().optional(),
  /** The code when both sides are armed forces: "soldiers, supported by the U.S. military" is military cooperation (062), not praise. */
  betweenForces: z.string().optional(),
  /** The verb also names a win in a game or a vote: nothing is coded when its clause gives a score or a margin ("beat Argentina 3-0", "by 20 points"). */
  contest: z.boolean().optional(),
  /** Whether the event needs a target to be coded: "fought to save a life" and "threatened to cancel the concert" are aimed at no one. */
  needsTarget: z.boolean().optional(),
  /** Whether a non-political reading is common, so the event needs both actors resolved (attack, strike, fight). */
  needsActors: z.boolean().optional(),
  example: z.string().min(1),
  note: z.string().optional(),
});
export type Rule = z.infer<typeof Rule>;

export const RuleFile = z.object({ about: z.string().optional(), rules: z.array(Rule) });

/** For each frame, the code of a complement (by longest prefix) mapped to the frame's code. */
export const FrameTable = z.object({
  about: z.string().optional(),
  frames: z.record(Frame, z.object({ default: z.string(), map: z.record(z.string(), z.string()) })),
  /** Lemmas of governors that give their complement a modality (plan to, refuse to, deny, say). */
  governors: z.record(z.string(), z.array(z.string())),
  /** Words that presuppose the dyad under discussion ("bilateral trade"): an act with no named target is toward the other party just named. */
  partnerWords: z.array(z.string()).default([]),
  /** Support, aspect and decision verbs whose subject does the event their object names ("launched an attack"). */
  doers: z.array(z.string()).default([]),
  /** Verbs whose subject blames, tries or looks into an act their oblique names ("blamed Pakistan for the attack"). */
  judges: z.array(z.string()).default([]),
  /** Verbs whose subject tells of an act their about-, of- or to-phrase names ("informed the Council about the attacks", "pointed to the attack"). */
  tellers: z.array(z.string()).default([]),
  /** Nouns of documents, and the verbs that issue them: the act of the document's clause is its issuer's ("issued a statement condemning"). */
  documents: z.array(z.string()).default([]),
  issuing: z.array(z.string()).default([]),
  /** Words that measure or take part of a thing ("25,000 tons of food aid", "part of the aid program"): an object is what they are of. */
  measureWords: z.array(z.string()).default([]),
  /** Nouns of things said, decided or done, whose owner an act on them is aimed at ("dismissed Putin's response"). */
  ownedActs: z.array(z.string()).default([]),
  /** Words that count or take part of a group of actors ("a group of", "thousands of"): the side is the group counted. */
  countWords: z.array(z.string()).default([]),
  /** Platforms and broadcast media that "on" names as where words went out ("hailed the report on Twitter"), lower case. */
  channels: z.array(z.string()).default([]),
});
export type FrameTable = z.infer<typeof FrameTable>;
