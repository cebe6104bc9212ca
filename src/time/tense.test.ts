import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.js';

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return tenseAt(text, start, start + phrase.length);
};

describe('tenseAt', () => {
  it('reads the nearest cue word of the clause', () => {
    expect(at('Rouhani said in a meeting on Wednesday.', 'on Wednesday')).toBe('past');
    expect(at('The minister will visit Baghdad on Wednesday.', 'on Wednesday')).toBe('future');
    expect(at('Talks are planned for Friday.', 'Friday')).toBe('future');
  });

  it('reads regular past verbs', () => {
    expect(at('Protesters gathered outside on Monday.', 'on Monday')).toBe('past');
  });

  it('reads irregular past verbs and participles', () => {
    expect(at('Sales rose in the second quarter.', 'in the second quarter')).toBe('past');
    expect(at('Thousands fled on Tuesday.', 'on Tuesday')).toBe('past');
    expect(at('Prices have fallen since March.', 'March')).toBe('past');
  });

  it('reads a participle after "be" as not past', () => {
    expect(at('The vote will be held on 5 May.', 'on 5 May')).toBe('future');
    expect(at('The deal is to be signed on Monday.', 'on Monday')).toBe('future');
    expect(at('The vote was held on 5 May.', 'on 5 May')).toBe('past');
    expect(at('Films are shown on Christmas Eve.', 'on Christmas Eve')).toBeNull();
    expect(at("The film's shown on Friday.", 'on Friday')).toBeNull();
  });

  it('stays within the sentence', () => {
    expect(at('He said so. On Monday the talks resume.', 'On Monday')).toBeNull();
  });
});
