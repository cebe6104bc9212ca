// The actors module: the knowledge base now; resolution of mentions at a date (the actors stage) will sit beside it.
export * from './kb/index.js';
