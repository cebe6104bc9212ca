import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.js';

const arabic = 'قال وزير الخارجية العراقي إن بغداد تسعى إلى تعزيز العلاقات مع طهران.';

describe('decoding an input', () => {
  it('follows a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Iran’s')]);
    expect(decode('a', bytes, { html: false })).toMatchObject({ text: 'Iran’s', encoding: 'utf-8', from: 'bom' });
  });

  it('follows a declared charset', () => {
    const bytes = iconv.encode(`<meta charset="windows-1256"><p>${arabic}</p>`, 'windows-1256');
    expect(decode('a', bytes, { html: true })).toMatchObject({ encoding: 'windows-1256', from: 'meta' });
    expect(decode('a', bytes, { html: true }).text).toContain(arabic);
  });

  it('reads windows-1252 punctuation right (Node’s own decoder reads it as Latin-1)', () => {
    const bytes = iconv.encode('<meta charset="iso-8859-1"><p>Quai d’Orsay – “quotes” €</p>', 'windows-1252');
    expect(decode('a', bytes, { html: true }).text).toContain('Quai d’Orsay – “quotes” €');
  });

  it('sniffs an undeclared legacy encoding', () => {
    const bytes = iconv.encode('Le ministre a déclaré à Paris que la coopération économique était « essentielle » pour l’avenir des deux pays.', 'windows-1252');
    expect(decode('a', bytes, { html: false })).toMatchObject({ from: 'sniffed' });
    expect(decode('a', bytes, { html: false }).text).toContain('déclaré à Paris');
  });

  it('believes the bytes over a declaration they contradict', () => {
    const bytes = Buffer.from(`<meta charset="gb2312"><p>${arabic}</p>`);
    expect(decode('a', bytes, { html: true })).toMatchObject({ encoding: 'utf-8' });
  });

  it('refuses text that does not decode', () => {
    const garbage = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 31 + 1));
    expect(() => decode('junk.txt', garbage, { html: false })).toThrow(/^junk\.txt: Undecodable bytes/);
  });
});
