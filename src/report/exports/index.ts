/** The report's exports: ACLED-shaped events, GeoJSON, claims and casualty tables. */
export { ACLED_COLUMNS, type AcledOptions, acledCsv, countryName } from './acled.js';
export { type CsvCell, csvField, toCsv } from './csv.js';
export { collectTexts, type DocumentTexts, spanText } from './evidence-text.js';
export { eventsGeoJson } from './geojson.js';
export { CASUALTY_COLUMNS, CLAIM_COLUMNS, casualtiesCsv, claimsCsv } from './tables.js';
