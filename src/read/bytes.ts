import { gunzipSync } from 'node:zlib';
import { InputError } from './errors.js';

// File signatures of the binary formats people most often feed a text tool by mistake.
const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Checks size, unpacks gzip and refuses binary data, so that what comes out
 * is worth decoding as text.
 */
export function unpack(name: string, input: Uint8Array, maxBytes: number): Uint8Array {
  if (input.length === 0) throw new InputError(name, 'Empty input');
  if (input.length > maxBytes) throw new InputError(name, `Too large: ${input.length} bytes, the limit is ${maxBytes}`);
  let bytes = input;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new InputError(name, tooBig ? `Too large once unpacked: over ${maxBytes} bytes` : 'Broken gzip data');
    }
    if (bytes.length === 0) throw new InputError(name, 'Empty input (after gunzip)');
  }
  if (isUtf16(bytes)) return bytes;
  for (const [kind, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new InputError(name, `Binary data (${kind}), not an article`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(name, 'Binary data (contains NUL bytes), not an article');
  return bytes;
}
