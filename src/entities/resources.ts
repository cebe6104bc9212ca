import type { KnowledgeBase } from '../actors/kb/index.js';
import type { NlpModels } from '../nlp/index.js';
import { Gazetteer, loadCommonWords } from './gazetteer.js';
import { loadRecognizer } from './model.js';
import type { Recognizer } from './recognizer.js';
import type { TagSpan } from './iob.js';

/** Tags words with dyad's tagger and finds entity spans, sentence by sentence, as one document. */
export function recogniseWords(recognizer: Recognizer, nlp: NlpModels, sentences: ReadonlyArray<readonly string[]>): TagSpan[][] {
  const input = sentences.map((words) => {
    const tags = words.length ? nlp.tagger.tag(words) : [];
    return { words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
  });
  return recognizer.recognise(input);
}

/** The gazetteer and the committed recogniser model, over a loaded knowledge base. */
export function loadEntityModels(kb: KnowledgeBase, modelFile?: string): { gazetteer: Gazetteer; recognizer: Recognizer } {
  const gazetteer = new Gazetteer(kb, loadCommonWords());
  return { gazetteer, recognizer: loadRecognizer(gazetteer, modelFile) };
}
