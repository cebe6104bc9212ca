import { describe, expect, it } from 'vitest';
import { leadingDateline } from './dateline.js';

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
