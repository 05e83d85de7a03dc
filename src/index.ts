// The public API: extract one page, run the whole pipeline, validate records. Pinned by test/unit/api.test.ts.
export { extractArticle, stableId, canonicalKey, SCHEMA_VERSION, type ExtractOptions } from './article.js';
export { runPipeline, formatReport, DEFAULTS, type RunOptions, type RunReport } from './pipeline/run.js';
export { checkArticle, isArticle, articleSchema, type SchemaProblem } from './validate/index.js';
export { validateFiles, type ValidateSummary, type ValidateProblem } from './validate/file.js';
export { decodeHtml } from './io/decode.js';
export type { ArticleRecord, Author, Quote, Speaker, Image, Copyright, Input } from './types/article.js';
