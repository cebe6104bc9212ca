import { describe, expect, it } from 'vitest';
import { leadingDateline } from './dateline.js';
import { readArticle } from './index.js';

describe('a leading dateline or source tag', () => {
  it.each([
    ['TEHRAN (Reuters) - Iran said on Monday…', 'TEHRAN (Reuters)', 'TEHRAN', 'Reuters'],
    ['MEXICO CITY (AP) — Mexico’s economy grew…', 'MEXICO CITY (AP)', 'MEXICO CITY', 'AP'],
    ['LA CROSSE, Wis. (AP) — The candidate said…', 'LA CROSSE, Wis. (AP)', 'LA CROSSE, Wis.', 'AP'],
    ['WASHINGTON — The Senate voted…', 'WASHINGTON', 'WASHINGTON', null],
    ['EghtesadOnline: President Hassan Rouhani said…', 'EghtesadOnline', null, 'EghtesadOnline'],
    ['Baghdad (AFP) - Iraq’s parliament…', 'Baghdad (AFP)', null, 'AFP'],
    ['MOSCOW, Jan 5 (Reuters) - Russia accused Ukraine…', 'MOSCOW, Jan 5 (Reuters)', 'MOSCOW', 'Reuters'],
    ['BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew…', 'BEIRUT/THE HAGUE, March 7 (Reuters)', 'BEIRUT/THE HAGUE', 'Reuters'],
    ['KYIV, Ukraine, Sept. 12 (Reuters) - Ukraine said…', 'KYIV, Ukraine, Sept. 12 (Reuters)', 'KYIV, Ukraine', 'Reuters'],
    ['GENEVA, 3 March (Reuters) - The talks…', 'GENEVA, 3 March (Reuters)', 'GENEVA', 'Reuters'],
  ])('is taken off "%s"', (text, tag, place, source) => {
    const found = leadingDateline(text)!;
    expect(found.text).toBe(tag);
    expect(found.place).toBe(place);
    expect(found.source).toBe(source);
    expect(text.slice(found.length)).toMatch(/^[\p{Lu}“]/u);
  });

  it.each([
    'Iran and Iraq: a new chapter in relations began on Monday.',
    'Exclusive: Iran plans to expand its enrichment, officials said.',
    'US officials said on Monday that talks would resume.',
    'President Hassan Rouhani said Iran strongly rejects any intervention.',
    'In 2020 - the year of the pandemic - trade fell.',
    'On March 7 - a Thursday - the talks ended.',
  ])('is not found in "%s"', (text) => {
    expect(leadingDateline(text)).toBeNull();
  });
});

describe('the dateline of an article', () => {
  const read = (text: string) => readArticle({ name: 'story.txt', bytes: Buffer.from(text), format: 'text', hints: {} });

  it('is taken off the first paragraph of the story, also under the labels a page leaves above it', () => {
    const story = 'PARIS — French President Emmanuel Macron on Monday condemned the border controls taken by some countries.\n\nThe talks went on.';
    for (const text of [story, `Filed under\n\nHealth\n\n${story}`]) {
      const article = read(`Macron condemns border controls\n\n${text}`);
      expect(article.dateline).toBe('PARIS');
      expect(article.text).not.toContain('PARIS —');
    }
  });

  it('is not looked for past the story\'s first paragraph', () => {
    const article = read('Macron condemns border controls\n\nFrench President Emmanuel Macron on Monday condemned the border controls.\n\nNATO — The alliance said nothing of the kind on Monday in Brussels.');
    expect(article.dateline).toBeNull();
  });
});
