import { describe, expect, it } from 'vitest';
import { readArticle } from '../index.js';
import { parsePage } from './page.js';

const STORY = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story: Iran and Iraq signed a trade agreement in Baghdad on Monday, officials of both governments said.</p>`).join('\n');
const STYLE = `<style>\n${'.grid { display: grid; gap: 10px; }\n'.repeat(80)}</style>\n`;
// As LA Weekly served it in 2020: a style sheet before the doctype, and <html> opened once per Internet Explorer version.
const PAGE = `${STYLE}<!DOCTYPE html>
<!--[if lt IE 7]><html lang="en-US" class="no-js lt-ie9"> <![endif]-->
<!--[if gt IE 8]><!--><html lang="en-US" class="no-js"><!--<![endif]-->
<head><title>Iran and Iraq sign a trade deal</title></head>
<body><article><h1>Iran and Iraq sign a trade deal</h1>\n${STORY}</article></body></html>`;

describe('a page with elements before <html>', () => {
  it('keeps its body: the elements go into the head', () => {
    const { document } = parsePage(PAGE);
    expect(document.documentElement.tagName).toBe('HTML');
    expect(document.querySelectorAll('body')).toHaveLength(1);
    expect(document.body.textContent).toContain('Paragraph 4 of the story');
    expect(document.head.querySelector('style')).not.toBeNull();
  });

  it('is read as a page, not as text, when a .html file opens with a long style sheet', () => {
    expect(STYLE.length).toBeGreaterThan(2048);
    const article = readArticle({ name: 'laweekly.html', bytes: Buffer.from(PAGE), hints: {} });
    expect(article.title).toBe('Iran and Iraq sign a trade deal');
    expect(article.paragraphs).toHaveLength(4);
    expect(article.text).not.toContain('display: grid');
  });

  it('leaves a page that opens with its doctype and comments as it is', () => {
    const plain = `<!-- generated --><!DOCTYPE html><html><head><title>T</title></head><body>${STORY}</body></html>`;
    expect(parsePage(plain).document.body.textContent).toContain('Paragraph 1');
  });
});
