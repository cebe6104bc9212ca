import { emptyDoc, type Article, type Doc } from '../model/index.js';
import { createAmountsStage } from '../amounts/index.js';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import { createActorsStage } from '../actors/resolve/index.js';
import { createEntitiesStage, loadEntityModels } from '../entities/index.js';
import { createEventsStage, loadRules } from '../events/index.js';
import { loadOntology } from '../events/ontology/index.js';
import { createNlpStage, loadNlpModels } from '../nlp/index.js';
import { createPlacesStage, loadGazetteer, loadPlaceCues } from '../places/index.js';
import { createQuotesStage, loadQuoteCues } from '../quotes/index.js';
import { InputError, readArticle, type ReadOptions, type Source } from '../read/index.js';
import { createTimeStage } from '../time/index.js';
import { checkOrder, runStages, StageError, type Stage } from './stage.js';

export { StageError, type Stage } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** The read stage alone: bytes to article (its id tells whether it is stored already). */
  read(source: Source, options?: CodeOptions): Article;
  /** The stages after read, over one article. */
  annotate(article: Article, input: string): Doc;
  /** Reads one input and runs every stage over it. */
  code(source: Source, options?: CodeOptions): Doc;
}

export interface CodeOptions extends ReadOptions {
  /** Publication time for inputs that state none (ISO 8601). */
  defaultPublished?: string;
}

/**
 * The one place that knows the order of the stages. The read stage turns
 * bytes into the article; each stage after it adds its layers, reading only
 * layers that earlier stages assigned (checked at start-up). Resources load
 * once here and are handed to the stages that use them.
 */
export function createPipeline(): Pipeline {
  const kb = loadKnowledgeBase();
  const entityModels = loadEntityModels(kb);
  const ontology = loadOntology();
  const stages: Stage[] = [
    createNlpStage(loadNlpModels()),
    // entities resolves each mention to an actor (its chains need that); actors then describes those actors at the date.
    createEntitiesStage(entityModels),
    createActorsStage(entityModels),
    createTimeStage(),
    createPlacesStage(loadGazetteer(kb.countries.values()), loadPlaceCues()),
    createQuotesStage(loadQuoteCues()),
    createAmountsStage(),
    // events read every layer before them: keep it last.
    createEventsStage(ontology, loadRules(ontology)),
  ];
  checkOrder(stages);
  // A failure of the reader's libraries on one input is that input's error, as a stage's is: a batch goes on.
  const read = (source: Source, options: CodeOptions = {}) => {
    try {
      return readArticle(source, options);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new StageError('read', source.name, error);
    }
  };
  const annotate = (article: Article, input: string) => runStages(emptyDoc(article), stages, input);
  return { stages, read, annotate, code: (source, options) => annotate(read(source, options), source.name) };
}
