import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const forms = (text: string) => tokenize(text).map((w) => w.form);

describe('tokenize', () => {
  it('keeps a domain such as President.ir whole', () => {
    expect(forms('Rouhani was quoted as saying by President.ir.')).toEqual(['Rouhani', 'was', 'quoted', 'as', 'saying', 'by', 'President.ir', '.']);
  });

  it('reads words that are names of Object methods as words', () => {
    expect(forms('The constructor said valueOf cannot wait')).toEqual(['The', 'constructor', 'said', 'valueOf', 'can', 'not', 'wait']);
  });

  it('keeps URLs and e-mail addresses whole', () => {
    expect(forms('See https://www.example.com/a/b?c=1, or write to news@irna.ir.')).toEqual(['See', 'https://www.example.com/a/b?c=1', ',', 'or', 'write', 'to', 'news@irna.ir', '.']);
  });

  it('splits money and ranges the way UD English does', () => {
    expect(forms('trade would rise to the $20-billion annual level')).toEqual(['trade', 'would', 'rise', 'to', 'the', '$', '20', '-', 'billion', 'annual', 'level']);
    expect(forms('prices ($4-$6) rose 12% in 2017-2018')).toEqual(['prices', '(', '$', '4', '-', '$', '6', ')', 'rose', '12', '%', 'in', '2017', '-', '2018']);
  });

  it('keeps numbers with separators, decimals and times whole', () => {
    expect(forms('1,250,000 barrels at 3.5 percent by 1:47 PM')).toEqual(['1,250,000', 'barrels', 'at', '3.5', 'percent', 'by', '1:47', 'PM']);
  });

  it('splits hyphenated compounds but not after a prefix', () => {
    expect(forms('the Iran-Iraq border')).toEqual(['the', 'Iran', '-', 'Iraq', 'border']);
    expect(forms('Abu Mahdi al-Muhandis and anti-terror commanders')).toEqual(['Abu', 'Mahdi', 'al-Muhandis', 'and', 'anti-terror', 'commanders']);
    expect(forms('US-led forces')).toEqual(['US', '-', 'led', 'forces']);
  });

  it('splits possessives and clitics into words of one token, curly or straight', () => {
    const words = tokenize('Iraq’s affairs, the countries’ ties; I don\'t know, they can\'t.');
    expect(words.map((w) => w.form)).toEqual(['Iraq', '’s', 'affairs', ',', 'the', 'countries', '’', 'ties', ';', 'I', 'do', "n't", 'know', ',', 'they', 'ca', "n't", '.']);
    expect(words.filter((w) => w.joined).map((w) => w.form)).toEqual(['’s', '’', "n't", "n't"]);
    expect(forms('We cannot go')).toEqual(['We', 'can', 'not', 'go']);
  });

  it('keeps the period of abbreviations and initials', () => {
    expect(forms('Mr. Smith met U.S. envoys with George W. Bush on Jan. 5')).toEqual(['Mr.', 'Smith', 'met', 'U.S.', 'envoys', 'with', 'George', 'W.', 'Bush', 'on', 'Jan.', '5']);
  });

  it('separates curly and straight quotation marks', () => {
    expect(forms('“Iran and Iraq share ties,” he said, calling it "very good".')).toEqual(['“', 'Iran', 'and', 'Iraq', 'share', 'ties', ',', '”', 'he', 'said', ',', 'calling', 'it', '"', 'very', 'good', '"', '.']);
  });

  it('gives spans that point into the text', () => {
    const text = 'In Tehran, Rouhani’s aide spoke.';
    for (const w of tokenize(text)) expect(text.slice(w.start, w.end)).toBe(w.form);
  });
});
