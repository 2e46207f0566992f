/** The extract stage: positions with evidence from a document and a pack. */
export { extractPositions, EXTRACTOR_ID, type Extraction } from './extract-positions.ts';
export { STANCE_CUES, type StanceCue } from './cues.ts';
