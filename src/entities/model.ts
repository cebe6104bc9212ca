import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { decodeModel, encodeModel } from '../nlp/model-file.js';
import { loadWordClusters, MODELS_DIR } from '../nlp/models.js';
import { Weights, type WeightsData } from '../nlp/perceptron.js';
import type { Gazetteer } from './gazetteer.js';
import { Recognizer, type RecognizerMeta } from './recognizer.js';

export const NER_MODEL = 'ner.bin.gz';

// The weights are stored as plain arrays (not the tagger's quantised form) so that this file's format
// depends only on encodeModel's container; gzip makes them a quarter of the size and costs ~20 ms to load.
export function saveRecognizer(meta: RecognizerMeta, w: WeightsData, info: Record<string, unknown>): Buffer {
  return gzipSync(encodeModel({ info, bits: w.bits, meta }, { slots: w.slots, rowStart: w.rowStart, cls: w.cls, val: w.val }), { level: 9 });
}

export function loadRecognizer(gazetteer: Gazetteer, file = join(MODELS_DIR, NER_MODEL)): Recognizer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`Cannot read the model ${file}: ${(error as Error).message}`, { cause: error });
  }
  const { meta, arrays } = decodeModel(bytes);
  const m = meta as { bits: number; meta: RecognizerMeta };
  const data: WeightsData = {
    bits: m.bits,
    classes: m.meta.tags.length,
    slots: arrays.slots as Uint32Array,
    rowStart: arrays.rowStart as Uint32Array,
    cls: arrays.cls as Uint8Array,
    val: arrays.val as Float32Array,
  };
  // The word clusters it was trained with sit beside it.
  return new Recognizer(m.meta, new Weights(data), gazetteer, loadWordClusters(dirname(file)));
}
