import { gunzipSync } from 'node:zlib';
import type { WeightsData } from './perceptron.js';

// A model file is a 4-byte header length, a JSON header (metadata and the
// layout of the arrays), then the typed arrays, each 4-byte aligned. Files are
// not compressed: reading 30 MB is ten times faster than gunzipping it, and
// loading time matters more than the few megabytes gzip would save.

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
  return out;
}

export function decodeModel(file: Buffer): { meta: unknown; arrays: Record<string, TypedArray> } {
  const raw = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const headerLength = raw.readUInt32LE(0);
  const { meta, layout } = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as {
    meta: unknown;
    layout: Array<{ name: string; kind: Kind; length: number; offset: number }>;
  };
  const base = Math.ceil((4 + headerLength) / 4) * 4;
  let body = raw.buffer as ArrayBuffer;
  let start = raw.byteOffset + base;
  if (start % 4 !== 0) {
    // Typed array views must be aligned: copy only when the buffer is not.
    body = new ArrayBuffer(raw.length - base);
    new Uint8Array(body).set(raw.subarray(base));
    start = 0;
  }
  const arrays: Record<string, TypedArray> = {};
  for (const { name, kind, length, offset } of layout) arrays[name] = new KINDS[kind](body, start + offset, length);
  return { meta, arrays };
}

/** The arrays of a model's weights, quantised to 16 bits (the largest weight maps to ±32767). */
export function weightsArrays(prefix: string, w: WeightsData): Record<string, TypedArray> {
  let max = 0;
  for (const v of w.val) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const q = Int16Array.from(w.val, (v) => Math.round(v / scale));
  return { [`${prefix}.slots`]: w.slots, [`${prefix}.rowStart`]: w.rowStart, [`${prefix}.cls`]: w.cls, [`${prefix}.q`]: q, [`${prefix}.scale`]: Float32Array.of(scale) };
}

export function weightsFrom(prefix: string, bits: number, classes: number, arrays: Record<string, TypedArray>): WeightsData {
  const get = <T extends TypedArray>(name: string) => {
    const a = arrays[`${prefix}.${name}`];
    if (!a) throw new Error(`Model file has no array ${prefix}.${name}`);
    return a as T;
  };
  const q = get<Int16Array>('q');
  const scale = get<Float32Array>('scale')[0]!;
  let val: Float32Array | null = null;
  return {
    bits,
    classes,
    slots: get<Uint32Array>('slots'),
    rowStart: get<Uint32Array>('rowStart'),
    cls: get<Uint8Array>('cls'),
    // Scoring reads the quantised weights; the float32 values are made only when asked for.
    get val() {
      if (!val) {
        val = new Float32Array(q.length);
        for (let i = 0; i < q.length; i++) val[i] = q[i]! * scale;
      }
      return val;
    },
    quantised: { q, scale },
  };
}
