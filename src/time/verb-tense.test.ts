import { describe, expect, it } from 'vitest';
import { annotate, loadNlpModels } from '../nlp/index.js';
import { extractTimes } from './extract.js';
import { PUBLISHED } from './testing.js';
import { tenseFromTokens } from './verb-tense.js';

const models = loadNlpModels();

/** The tense the token layer gives the first "Wednesday" of a sentence. */
function tense(text: string) {
  const { tokens } = annotate(models, text, [{ start: 0, end: text.length }]);
  const i = text.indexOf('Wednesday');
  return tenseFromTokens(text, tokens)(i, i + 'Wednesday'.length);
}

describe('the tense of a time from the verb it hangs on', () => {
  it('reads the verb and its auxiliaries, not the nearest cue word', () => {
    expect(tense('Lawmakers who met on Wednesday will vote next week.')).toBe('past');
    expect(tense('The envoy has met Iraqi officials on Wednesday.')).toBe('past');
    expect(tense('The minister will visit Baghdad on Wednesday, officials said.')).toBe('future');
  });

  it('reads what news writes as scheduled in the present as ahead', () => {
    expect(tense('The vote, which the opposition boycotted, takes place on Wednesday.')).toBe('future');
    expect(tense('Iran says the delegation is meeting Iraqi officials on Wednesday.')).toBe('future');
    expect(tense('The foreign minister is to hold talks in Baghdad on Wednesday, said the ministry.')).toBe('future');
  });

  it('anchors an open weekday by it: published on Saturday 2021-02-06', () => {
    const text = 'Lawmakers who met on Wednesday will vote next week.';
    const { tokens } = annotate(models, text, [{ start: 0, end: text.length }]);
    const wednesday = extractTimes(text, PUBLISHED, tenseFromTokens(text, tokens)).find((t) => t.text.includes('Wednesday'));
    expect(wednesday?.value).toBe('2021-02-03');
  });
});
