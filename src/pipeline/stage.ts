import type { Doc, Layer } from '../model/index.js';

/**
 * A step of the pipeline. It reads the layers it `requires` and returns the
 * layers it `assigns`, and no others; it keeps no state between documents.
 * Resources it needs (models, knowledge base) are given when it is created.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Readonly<Doc>): Partial<Doc>;
}

/** A stage that failed on a document: names the stage and the input. */
export class StageError extends Error {
  override name = 'StageError';
  constructor(
    readonly stage: string,
    readonly input: string,
    readonly reason: unknown,
  ) {
    super(`${input}: stage "${stage}" failed: ${reason instanceof Error ? reason.message : String(reason)}`, { cause: reason });
  }
}

/** Layers every document has before the first stage runs: the read stage's article. */
export const INITIAL_LAYERS: readonly Layer[] = ['article'];

/** Throws at start-up when a stage would run before the layers it requires exist, or two stages claim a layer. */
export function checkOrder(stages: readonly Stage[]): void {
  const available = new Set<Layer>(INITIAL_LAYERS);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length) throw new Error(`Stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    for (const layer of stage.assigns) {
      if (available.has(layer)) throw new Error(`Stage "${stage.name}" assigns ${layer}, which an earlier stage already assigned`);
      available.add(layer);
    }
  }
}

/** Runs the stages in order over a document, naming the stage that failed. */
export function runStages(doc: Doc, stages: readonly Stage[], input: string): Doc {
  for (const stage of stages) {
    let added: Partial<Doc>;
    try {
      added = stage.run(doc);
    } catch (error) {
      throw new StageError(stage.name, input, error);
    }
    for (const layer of Object.keys(added) as Array<keyof Doc>) {
      if (!stage.assigns.includes(layer)) throw new StageError(stage.name, input, new Error(`returned layer ${layer}, which it does not assign`));
    }
    Object.assign(doc, added);
  }
  return doc;
}
