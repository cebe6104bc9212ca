import { describe, expect, it } from 'vitest';
import { dropFurniture } from './furniture.js';

describe('page furniture among paragraphs', () => {
  it('drops tag and share lines and everything after a related-news heading', () => {
    const paragraphs = [
      'Iran and Iraq signed a deal.',
      'Tags: Iran Iraq',
      'Officials said it would help trade.',
      'Share: Twitter Facebook',
      'Related News',
      'Iran-Iraq Trade Hits $13 Billion',
      'Tehran Stocks Extend Losses',
    ];
    expect(dropFurniture(paragraphs)).toEqual(['Iran and Iraq signed a deal.', 'Officials said it would help trade.']);
  });

  it('drops comment prompts and copyright lines', () => {
    expect(dropFurniture(['A story.', 'No comments yet. Be the first to comment.', '© 2021 Site. All rights reserved.'])).toEqual(['A story.']);
  });

  it('keeps a paragraph that only starts like furniture', () => {
    const long = `Comments by the minister ${'were widely reported and '.repeat(15)}drew criticism.`;
    expect(dropFurniture(['A story.', long])).toEqual(['A story.', long]);
  });

  it('keeps the story when a "Related" heading is followed by more story', () => {
    const paragraphs = ['A story.', 'Related', 'The minister later said the talks had failed, and that Iran would respond.'];
    expect(dropFurniture(paragraphs)).toEqual(['A story.', 'The minister later said the talks had failed, and that Iran would respond.']);
  });
});
