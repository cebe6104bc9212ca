import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used. */
  encoding: string;
  /** How the encoding was chosen: `bom`, `header`, `meta`, `utf-8` (valid as such) or `sniffed`. */
  from: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomEncoding(bytes: Uint8Array): string | null {
  for (const [bom, encoding] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return encoding;
  return null;
}

/** The charset of a Content-Type value, e.g. `text/html; charset=windows-1256`. */
export function charsetOf(contentType: string | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1] ?? null;
}

/** The charset an HTML page declares in its first bytes (`<meta charset>`, `http-equiv`, XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
  return meta?.[1] ?? null;
}

interface Decoder {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

/**
 * A decoder for a charset label, resolved as browsers do (WHATWG: `iso-8859-1` means windows-1252).
 * iconv-lite does the decoding: Node 20's own TextDecoder reads windows-1252 as Latin-1.
 */
function decoderFor(label: string | null): Decoder | null {
  if (!label) return null;
  let encoding: string;
  try {
    // A page that declares UTF-16 in a meta tag is, by the HTML standard, read as UTF-8.
    encoding = new TextDecoder(/^utf-?16/i.test(label) ? 'utf-8' : label).encoding;
  } catch {
    return null;
  }
  if (encoding === 'utf-8' || !iconv.encodingExists(encoding)) return new TextDecoder(encoding);
  return { encoding, decode: (bytes) => iconv.decode(Buffer.from(bytes), encoding) };
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sniff(bytes: Uint8Array): Decoded {
  const guess = chardet.detect(bytes);
  const decoder = decoderFor(guess) ?? decoderFor('windows-1252')!;
  return { text: decoder.decode(bytes), encoding: decoder.encoding, from: 'sniffed' };
}

function choose(bytes: Uint8Array, contentType: string | undefined, html: boolean): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, from: 'bom' };
  for (const [from, label] of [
    ['header', charsetOf(contentType)],
    ['meta', html ? declaredCharset(bytes) : null],
  ] as const) {
    const decoder = decoderFor(label);
    if (!decoder) continue;
    // Multi-byte text that is valid UTF-8 is UTF-8, whatever the page declares: no legacy encoding produces it by chance.
    const utf8 = tryStrictUtf8(bytes);
    if (utf8 !== null && /[^\x00-\x7F]/.test(utf8) && decoder.encoding !== 'utf-8') return { text: utf8, encoding: 'utf-8', from: 'utf-8' };
    if (decoder.encoding !== 'utf-8') return { text: decoder.decode(bytes), encoding: decoder.encoding, from };
    // Pages often declare UTF-8 and are not: believe the declaration only when the bytes agree.
    const text = tryStrictUtf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8', from };
    return sniff(bytes);
  }
  const text = tryStrictUtf8(bytes);
  return text !== null ? { text, encoding: 'utf-8', from: 'utf-8' } : sniff(bytes);
}

// Replacement characters and C0/C1 controls other than whitespace: signs of a wrong or broken encoding.
const GARBAGE = /[\uFFFD\u0000-\u0008\u000E-\u001F\u0080-\u009F]/g;

/** Decodes bytes to text by BOM, declared charset or sniffing; refuses text that does not decode. */
export function decode(name: string, bytes: Uint8Array, options: { contentType?: string; html: boolean }): Decoded {
  const decoded = choose(bytes, options.contentType, options.html);
  const garbage = decoded.text.match(GARBAGE)?.length ?? 0;
  if (garbage > 16 && garbage / decoded.text.length > 0.01) {
    throw new InputError(name, `Undecodable bytes: ${garbage} characters do not decode as ${decoded.encoding}`);
  }
  if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
  return decoded;
}
