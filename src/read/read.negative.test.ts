import { describe, expect, it } from 'vitest';
import { readArticle } from './index.js';

const read = (name: string, content: string | Buffer, format?: 'html' | 'text') =>
  readArticle({ name, bytes: typeof content === 'string' ? Buffer.from(content) : content, format, hints: {} });

describe('inputs that hold no article', () => {
  it('refuses a page of navigation only', () => {
    const page = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/login">Log in</a></nav></body></html>';
    expect(() => read('nav.html', page)).toThrow('nav.html: No article found in the page');
  });

  it('refuses a fragment that Readability cannot read (it throws on nested divs with no body) with an error naming it', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore, et dolore magna aliqua. '.repeat(6);
    expect(() => read('fragment.html', `<div><div><p>${text}</p><p>${text}</p></div></div>`, 'html')).toThrow(/^fragment\.html: No article/);
  });

  it('refuses broken markup with no text in it', () => {
    expect(() => read('broken.html', '<html><body><div><p><<<>>></div></span></body>', 'html')).toThrow(/^broken\.html: No article/);
  });

  it('still reads a story from markup that is broken but has one', () => {
    const body = 'Iran and Iraq agreed on Monday to expand trade, officials in Baghdad said, after talks that lasted two days. '.repeat(6);
    const article = read('unclosed.html', `<html><body></span><div class="story"><h1>Trade talks</h1><p>${body}<p>${body}</b></div`);
    expect(article.text).toContain('Iran and Iraq agreed on Monday');
  });

  it('refuses text with no words', () => {
    expect(() => read('dots.txt', '... --- ...\n\n***', 'text')).toThrow('dots.txt: No article text found');
  });

  it('refuses an image however it is named', () => {
    expect(() => read('photo.html', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toThrow('photo.html: Binary data (a JPEG image), not an article');
  });
});

describe('what the caller says about an input', () => {
  it('wins over what the page says, and --published fills only a gap', () => {
    const text = 'Iran and Iraq met in Tehran on Wednesday to discuss trade and security.';
    const hinted = readArticle({ name: 'x', bytes: Buffer.from(text), hints: { title: 'Talks', published: '2021-02-06', source: 'Wire' } }, { defaultPublished: '2000-01-01' });
    expect(hinted).toMatchObject({ title: 'Talks', published: '2021-02-06', source: 'Wire', metadataFrom: { title: 'hint', published: 'hint' } });
    const bare = readArticle({ name: 'x', bytes: Buffer.from(text), hints: {} }, { defaultPublished: '2021-02-06T12:00:00Z' });
    expect(bare).toMatchObject({ published: '2021-02-06T12:00:00Z', metadataFrom: { published: 'default' } });
  });

  it('drops a headline repeated at the top of the text', () => {
    const article = readArticle({ name: 'x', bytes: Buffer.from('Hundreds dead in Hajj stampede\n\nThursday, January 12, 2006\n\nOver 345 pilgrims were killed in a stampede near Mecca, officials said.'), hints: { title: 'Hundreds dead in Hajj stampede' } });
    expect(article.text).toBe('Over 345 pilgrims were killed in a stampede near Mecca, officials said.');
    expect(article.published).toBe('2006-01-12');
  });
});
