/** What other layers may import from read: turning files, pages, feeds and URLs into `Doc` values. */
export { readContent, type ContentOrigin } from './read-content.ts';
export { readSource, readUrlIfChanged, type ChangedUrl } from './read-source.ts';
export type { NotModified, Validators } from './fetch-url.ts';
export { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, type LinkedItem, type ReadFormat, type ReadOptions, type ReadResult } from './read-options.ts';
export { isCalendarDate } from './iso-date.ts';
