/** The HTML situation report: one self-contained page, also served live by `sitrep serve`. */
export { type RenderOptions, type ReportPage, type ReportTexts, renderReportHtml, renderReportPage } from './render.js';
