export { loadOntology, ontologyDir, type LoadOntologyOptions } from './load.js';
export { Ontology, type CameoCodeInfo, type EventCoding } from './ontology.js';
export { CameoCode, type CameoEntry, type MappingEntry, type PloverMode, type PloverType } from './schema.js';
