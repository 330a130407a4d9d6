export * from './document.js';
export * from './layers.js';
export * from './span.js';
