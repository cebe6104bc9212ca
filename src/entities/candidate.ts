import type { MentionType } from './mention-type.js';

/** A mention found in the tokens, before coreference and resolution. Token indices are into `doc.tokens`. */
export interface Candidate {
  start: number;
  /** Exclusive. */
  end: number;
  type: MentionType;
  /** Role words peeled off a name, as a token range (may include a nationality word). */
  role: { start: number; end: number } | null;
  /** A country the mention's own words name: "Iraqi" in "the Iraqi Parliament" (ISO alpha-3). */
  country: string | null;
  /** The agent code of the head or role words ("minister" → GOV), when there is one. */
  agent: string | null;
  /** A description of a person by office ("the president") rather than a name or a group. */
  personal: boolean;
  /** True for a name the recogniser or the gazetteer found; false for descriptions, pronouns and nationality words. */
  named: boolean;
  /** Index of the head token. */
  head: number;
  /** A person's name that opens with a given name that is also a role word ("Hunter Biden"): resolved as written, no word of it set aside as a title. */
  whole?: boolean;
}
