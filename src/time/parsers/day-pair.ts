import type { Parser } from '../candidate.js';
import { nearMonthDay, validDay } from '../anchor.js';
import { scanNear } from '../near.js';
import { dayValue } from '../value.js';
import { monthNumber, MONTH } from '../words.js';

// "on 18 and 19 June", "the 3rd and 4th of May": the first day takes the month written after the
// second (chrono reads the second alone, and "at 18" as a clock).
const PATTERN = new RegExp(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?(?=\\s+(?:and|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>${MONTH})\\b)`, 'gi');
const CUE = /\d(?:st|nd|rd|th)?\s+(?:and|&)\s+\d/g;

export const dayPairParser: Parser = (context) =>
  scanNear(context.text, CUE, 20, PATTERN, (m) => {
    const month = monthNumber(m.groups!.m!)!;
    const end = m.index + m[0].length;
    const day = validDay(nearMonthDay(context.reference, month, Number(m.groups!.d), context.tense(m.index, end)));
    return day && { start: m.index, end, rule: 'day-pair', ...dayValue(day) };
  });
