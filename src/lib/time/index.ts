/**
 * Calendar arithmetic and relative-date specs shared by the `dates` and `publication` stages (stages never import
 * each other; the spec format travels in the dates layer, the code that applies it lives here).
 */
export * from './calendar.js';
export { applySpec, type RelativeSpec } from './relative-spec.js';
