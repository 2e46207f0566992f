/** The worker thread of `ThreadedExtractor`: extracts each document it is sent with the pack and extractor it was started with. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Doc, Pack } from '../core/index.ts';
import { chooseExtractor, type ExtractorChoice } from '../extract/index.ts';

const { pack, choice } = workerData as { pack: Pack; choice: ExtractorChoice };
const extractor = chooseExtractor(choice);

parentPort!.on('message', ({ id, doc }: { id: number; doc: Doc }) => {
  try {
    parentPort!.postMessage({ id, extraction: extractor.extract(doc, pack) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
