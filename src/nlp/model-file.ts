import { gunzipSync, gzipSync } from 'node:zlib';
import type { WeightsData } from './perceptron.js';

// A model file is gzip of: a 4-byte header length, a JSON header (metadata and
// the layout of the arrays), then the typed arrays, each 4-byte aligned.

type TypedArray = Uint32Array | Uint8Array | Float32Array | Int32Array | Uint16Array | Int16Array;
const KINDS = { Uint32Array, Uint8Array, Float32Array, Int32Array, Uint16Array, Int16Array } as const;
type Kind = keyof typeof KINDS;

export function encodeModel(meta: unknown, arrays: Record<string, TypedArray>): Buffer {
  const layout: Array<{ name: string; kind: Kind; length: number; offset: number }> = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    layout.push({ name, kind: array.constructor.name as Kind, length: array.length, offset });
    offset += Math.ceil(array.byteLength / 4) * 4;
  }
  const header = Buffer.from(JSON.stringify({ meta, layout }));
  const headerPadded = Math.ceil((4 + header.length) / 4) * 4;
  const out = Buffer.alloc(headerPadded + offset);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  for (const entry of layout) {
    const array = arrays[entry.name]!;
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, headerPadded + entry.offset);
  }
  return gzipSync(out, { level: 9 });
}

export function decodeModel(file: Buffer): { meta: unknown; arrays: Record<string, TypedArray> } {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const { meta, layout } = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as {
    meta: unknown;
    layout: Array<{ name: string; kind: Kind; length: number; offset: number }>;
  };
  const base = Math.ceil((4 + headerLength) / 4) * 4;
  // Copy into a fresh aligned buffer so that every typed array view is aligned.
  const body = new ArrayBuffer(raw.length - base);
  new Uint8Array(body).set(raw.subarray(base));
  const arrays: Record<string, TypedArray> = {};
  for (const { name, kind, length, offset } of layout) arrays[name] = new KINDS[kind](body, offset, length);
  return { meta, arrays };
}

export function weightsArrays(prefix: string, w: WeightsData): Record<string, TypedArray> {
  return { [`${prefix}.slots`]: w.slots, [`${prefix}.rowStart`]: w.rowStart, [`${prefix}.cls`]: w.cls, [`${prefix}.val`]: w.val };
}

export function weightsFrom(prefix: string, bits: number, classes: number, arrays: Record<string, TypedArray>): WeightsData {
  const get = <T extends TypedArray>(name: string) => {
    const a = arrays[`${prefix}.${name}`];
    if (!a) throw new Error(`Model file has no array ${prefix}.${name}`);
    return a as T;
  };
  return { bits, classes, slots: get<Uint32Array>('slots'), rowStart: get<Uint32Array>('rowStart'), cls: get<Uint8Array>('cls'), val: get<Float32Array>('val') };
}
