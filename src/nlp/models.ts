import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel, encodeModel, weightsArrays, weightsFrom } from './model-file.js';
import { Lemmatizer, type LemmaMeta } from './lemma.js';
import { Weights, type WeightsData } from './perceptron.js';
import { wordTable } from '../text/word-table.js';
import { Tagger, type TaggerMeta } from './tagger.js';
import { Parser, type ParserMeta } from './parser.js';
import { boundaryDecider } from './boundary.js';
import type { BoundaryDecider } from './sentences.js';
import { WordClusters } from './clusters.js';

/** The committed models: `models/` at the root of the package (two levels above src/nlp and dist/nlp). */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

export interface NlpModels {
  /** Sentence boundaries, learned over the rules. */
  boundaries: BoundaryDecider;
  tagger: Tagger;
  lemmatizer: Lemmatizer;
  parser: Parser;
}

type TaggerModels = Pick<NlpModels, 'boundaries' | 'tagger' | 'lemmatizer'>;

/** The tagger file holds the sentence-boundary model, the tagger and the lemmatizer. */
export function saveTagger(meta: TaggerMeta, weights: WeightsData, lemmas: LemmaMeta, boundaries: WeightsData, info: Record<string, unknown>): Buffer {
  return encodeModel({ info, bits: weights.bits, boundaryBits: boundaries.bits, meta, lemmas }, { ...weightsArrays('w', weights), ...weightsArrays('s', boundaries) });
}

export function loadTagger(file: Buffer, clusters: WordClusters): TaggerModels {
  const { meta, arrays } = decodeModel(file);
  const m = meta as { bits: number; boundaryBits: number; meta: TaggerMeta; lemmas: LemmaMeta };
  m.meta.dictionary = wordTable(m.meta.dictionary);
  m.meta.lexicon = wordTable(m.meta.lexicon);
  return {
    boundaries: boundaryDecider(new Weights(weightsFrom('s', m.boundaryBits, 2, arrays)), m.meta.lexicon),
    tagger: new Tagger(m.meta, new Weights(weightsFrom('w', m.bits, m.meta.tags.length, arrays)), clusters),
    lemmatizer: new Lemmatizer(m.lemmas),
  };
}

export function saveParser(meta: ParserMeta, actions: WeightsData, labels: WeightsData, info: Record<string, unknown>): Buffer {
  return encodeModel({ info, actionBits: actions.bits, labelBits: labels.bits, meta }, { ...weightsArrays('a', actions), ...weightsArrays('l', labels) });
}

export function loadParser(file: Buffer): Parser {
  const { meta, arrays } = decodeModel(file);
  const m = meta as { actionBits: number; labelBits: number; meta: ParserMeta };
  return new Parser(m.meta, new Weights(weightsFrom('a', m.actionBits, 3, arrays)), new Weights(weightsFrom('l', m.labelBits, m.meta.labels.length, arrays)));
}

function readModel(dir: string, name: string): Buffer {
  try {
    return readFileSync(join(dir, name));
  } catch (error) {
    throw new Error(`Cannot read the model ${join(dir, name)}: ${(error as Error).message}`, { cause: error });
  }
}

const loadedClusters = new Map<string, WordClusters>();

/** The word clusters in `dir`, read once per process: the language core and the entity recogniser share them. */
export function loadWordClusters(dir = MODELS_DIR): WordClusters {
  let clusters = loadedClusters.get(dir);
  if (!clusters) loadedClusters.set(dir, (clusters = WordClusters.decode(readModel(dir, 'clusters.bin.gz'))));
  return clusters;
}

/** Loads the word clusters, tagger, lemmatizer and parser from `dir` (the committed models by default). */
export function loadNlpModels(dir = MODELS_DIR): NlpModels {
  const read = (name: string) => readModel(dir, name);
  const clusters = loadWordClusters(dir);
  return { ...loadTagger(read('tagger.bin'), clusters), parser: loadParser(read('parser.bin')) };
}
