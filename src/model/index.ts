export * from './span.js';
export * from './article.js';
export * from './layers.js';
export * from './doc.js';
export * from './input.js';
