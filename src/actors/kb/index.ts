export * from './schema.js';
export { KnowledgeBase, type ActorMatch, type FindOptions, type MatchKind, type KnowledgeBaseOptions } from './knowledge-base.js';
export type { PrebuiltIndex, IndexTable } from './name-index.js';
export { loadKnowledgeBase, defaultUserDir, packageDataDir, readEntries, parseEntryLine, INDEX_FILE, type LoadOptions } from './load.js';
export { rolesAt, standingAt, holds, inOffice, type Standing, type Basis, type RolesAtOptions, type StandingOptions } from './roles.js';
export { convertPetrarchActors, readDate, type PetrarchOptions, type PetrarchResult } from './petrarch.js';
export { nameKey, looseKey, displayName, slug } from './normalise.js';
export { isStateAgent, isTransnationalSector, parseCode } from './codes.js';
export { genericActor, type GenericActor } from './generic.js';
