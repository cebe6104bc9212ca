import type { Moment } from './calendar.js';
import type { Tense } from './tense.js';
import type { TimeValue } from './value.js';

/** What a parser proposes: a span of the text and its value. Refiners choose among overlapping ones. */
export interface Candidate extends TimeValue {
  start: number;
  end: number;
  /** The parser that proposed it, e.g. `chrono` or `vague`. */
  rule: string;
  /** True for lengths of time ("for three years") and recurring times ("weekly"): not points or stretches of the calendar. */
  duration?: boolean;
  /** A day or month whose year the text did not write ("on 4 July"): a year after it may complete it. */
  yearless?: { month: number; day: number | null };
  /** A weekday the text named without its date ("Monday", 1 = Monday … 7 = Sunday): a week next to it gives it. */
  weekday?: number;
  /** A time of day whose date the text did not write ("at 3 pm"): a day next to it gives it. */
  clockOnly?: boolean;
  /**
   * "the end of 2008", "the middle of March": a part named by one edge of a period. As one end of
   * a range or after "before" or "after" it is that instant of the period, written as its day
   * (2009-01-01, 16 March); see refine/join.ts.
   */
  edge?: string;
}

/** What every parser is given: the text, the publication time, and the tense of a place in the text. */
export interface Context {
  text: string;
  reference: Moment;
  tense(start: number, end: number): Tense | null;
}

export type Parser = (context: Context) => Candidate[];
