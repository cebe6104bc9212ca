import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unpack } from './bytes.js';

const MB = 1024 * 1024;

describe('the bytes of an input', () => {
  it('passes text through and unpacks gzip', () => {
    const text = Buffer.from('Iran and Iraq met.');
    expect(unpack('a.txt', text, MB)).toEqual(text);
    expect(Buffer.from(unpack('a.txt.gz', gzipSync(text), MB)).toString()).toBe('Iran and Iraq met.');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'a.txt: Empty input'],
    ['a PDF', Buffer.from('%PDF-1.7 ...'), 'a.txt: Binary data (a PDF document), not an article'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'a.txt: Binary data (a PNG image), not an article'],
    ['NUL bytes', Buffer.from('abc\u0000def'), 'a.txt: Binary data (contains NUL bytes), not an article'],
    ['broken gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]), 'a.txt: Broken gzip data'],
  ])('refuses %s with a one-line error', (_, bytes, message) => {
    expect(() => unpack('a.txt', bytes, MB)).toThrow(message);
  });

  it('refuses inputs over the cap, before and after gunzip', () => {
    expect(() => unpack('big.txt', Buffer.alloc(2000, 97), 1000)).toThrow('big.txt: Too large: 2000 bytes, the limit is 1000');
    const bomb = gzipSync(Buffer.alloc(100_000, 97));
    expect(() => unpack('bomb.gz', bomb, 10_000)).toThrow('bomb.gz: Too large once unpacked: over 10000 bytes');
  });
});
