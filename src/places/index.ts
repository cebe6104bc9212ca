import type { Layer } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { findCandidates } from './candidates.js';
import { documentContext } from './context.js';
import { cueSets, type PlaceCues } from './cues.js';
import type { Gazetteer } from './gazetteer.js';
import { resolvePlaces } from './resolve.js';

export { Gazetteer, type GazetteerEntry } from './gazetteer.js';
export { loadGazetteer, loadPlaceCues, placesDataDir, readAdditions, type LoadGazetteerOptions } from './load.js';
export { GazetteerRow, PlaceKind } from './gazetteer-file.js';
export { PlaceCues } from './cues.js';
export { findCandidates, type PlaceCandidate } from './candidates.js';
export { resolvePlaces, prior, type PlaceContext } from './resolve.js';

export interface PlacesStageOptions {
  /**
   * Read the entities stage's mentions and the actors (default true): LOC/GPE mentions are places, PER/ORG
   * mentions are not, and actors' countries are context. Without them the stage finds names from tokens alone.
   */
  mentions?: boolean;
}

/** Place names resolved to a gazetteer entry: name, country, coordinates, chosen by the article's other places and actors. */
export function createPlacesStage(gazetteer: Gazetteer, cues: PlaceCues, options: PlacesStageOptions = {}): Stage {
  const sets = cueSets(cues);
  const requires: Layer[] = options.mentions === false ? ['tokens'] : ['tokens', 'mentions', 'actors'];
  return {
    name: 'places',
    requires,
    assigns: ['places'],
    run(doc) {
      const candidates = findCandidates(doc, gazetteer, sets);
      return { places: resolvePlaces(doc.article.text, candidates, documentContext(doc, candidates, gazetteer), sets) };
    },
  };
}
