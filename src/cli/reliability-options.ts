/** `--sources FILE` and `--min-reliability GRADE`: rate records by outlet (Admiralty A–F) and keep the reliable ones. */
import { Option, type Command } from 'commander';
import { rateRecords, reliableRecords } from '../analyse/index.ts';
import { RELIABILITIES, type PositionRecord, type Reliability } from '../core/index.ts';
import { loadSourceRatings } from '../packs/index.ts';

/** The two options, once parsed. */
export interface ReliabilityOptions {
  readonly sources?: string;
  readonly minReliability?: Reliability;
}

/** Adds `--sources` and `--min-reliability` to a command. */
export function withReliabilityOptions(command: Command): Command {
  return command
    .option('--sources <file>', 'a sources.yaml rating outlets A–F (Admiralty scale); positions carry their outlet\'s grade')
    .addOption(new Option('--min-reliability <grade>', 'only positions from outlets graded this or better (unrated outlets count as F); needs --sources').choices(RELIABILITIES));
}

/** The records rated and filtered as the options say, or undefined after printing why the sources file is bad. */
export function rateOrReport(records: readonly PositionRecord[], { sources, minReliability }: ReliabilityOptions): PositionRecord[] | undefined {
  if (sources === undefined) {
    if (minReliability === undefined) return [...records];
    process.stderr.write('redlines: --min-reliability needs --sources FILE, which rates the outlets\n');
    return undefined;
  }
  let rated: PositionRecord[];
  try {
    rated = rateRecords(records, loadSourceRatings(sources));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return undefined;
  }
  return minReliability === undefined ? rated : reliableRecords(rated, minReliability);
}
