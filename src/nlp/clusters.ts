import { decodeModel, encodeModel } from './model-file.js';
import { hashString, mix } from './hash.js';

// Word clusters (models/clusters.bin.gz, built by scripts/build-clusters.ts):
// each of 120,000 frequent lower-cased words has a cluster at three
// granularities. Features read a word's cluster codes; words outside the list
// share one "unknown" code per granularity.

export const CLUSTER_GRANULARITIES = [64, 256, 1024] as const;

export function encodeClusters(words: readonly string[], levels: readonly Uint16Array[], info: Record<string, unknown>): Buffer {
  return encodeModel({ info, words: words.join('\n'), granularities: CLUSTER_GRANULARITIES }, Object.fromEntries(levels.map((l, i) => [`level${i}`, l])));
}

export class WordClusters {
  private readonly index = new Map<string, number>();
  /** Feature codes, one array per granularity, indexed by word; the last entry is "unknown". */
  private readonly codes: Int32Array[];

  constructor(words: readonly string[], levels: readonly Uint16Array[]) {
    words.forEach((w, i) => this.index.set(w, i));
    this.codes = levels.map((level, g) => {
      const codes = new Int32Array(words.length + 1);
      for (let i = 0; i < words.length; i++) codes[i] = mix(mix(0x5bd1e995, g), level[i]!);
      codes[words.length] = hashString(`<unknown cluster ${g}>`);
      return codes;
    });
  }

  static decode(file: Buffer): WordClusters {
    const { meta, arrays } = decodeModel(file);
    const { words, granularities } = meta as { words: string; granularities: number[] };
    return new WordClusters(words.split('\n'), granularities.map((_, i) => arrays[`level${i}`] as Uint16Array));
  }

  /** The position of a word in the list (by its lower case), or the "unknown" position. */
  find(word: string): number {
    return this.index.get(word.toLowerCase()) ?? this.index.size;
  }

  /** The feature code of the word at `position` (from `find`) at granularity `g` (0 coarsest). */
  code(position: number, g: number): number {
    return this.codes[g]![position]!;
  }
}
