/** The `--extractor` and `--model` options shared by extract, eval, ingest, reextract and serve. */
import { Option } from 'commander';
import { chooseExtractor, DEFAULT_EXTRACTOR_KIND, type Extractor, type ExtractorChoice } from '../extract/index.ts';

export const extractorOptions = {
  kind: () => new Option('--extractor <kind>', 'the trained model or the rules').choices(['model', 'rules']).default(DEFAULT_EXTRACTOR_KIND),
  model: () => new Option('--model <file>', 'a model file written by `redlines train` (implies --extractor model)'),
};

/** The chosen extractor, or undefined after saying on stderr why the model could not be loaded. */
export function chooseExtractorOrReport(choice: ExtractorChoice): Extractor | undefined {
  try {
    return chooseExtractor(choice);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return undefined;
  }
}
