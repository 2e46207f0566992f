/** What other layers may import from ingest: batch and queue ingest, re-extraction, fingerprints and progress. */
export { ingestSources, countItems, type IngestReport, type ProgressListener } from './ingest-sources.ts';
export { ingestDocument, type Extraction, type IngestExtractor, type IngestItemResult } from './ingest-document.ts';
export { ThreadedExtractor } from './threaded-extractor.ts';
export { enqueueSources } from './enqueue-sources.ts';
export { runWorker, type WorkerOptions, type WorkerReport } from './run-worker.ts';
export { reextractDocuments, type ReextractReport } from './reextract-documents.ts';
export { packLabel } from './pack-label.ts';
export { RULES_EXTRACTOR, modelExtractor, chooseExtractor, DEFAULT_EXTRACTOR_KIND, type Extractor, type ExtractorChoice } from '../extract/index.ts';
export { fingerprint, nearDuplicateOf, NEAR_DUPLICATE_THRESHOLD } from './fingerprint.ts';
export { contentHash } from './content-hash.ts';
export { createProgressBar, formatProgress, type ProgressBar } from './progress-bar.ts';
export { formatSummary } from './format-summary.ts';
