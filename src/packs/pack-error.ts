/** The error a bad pack raises: every problem found, one per line, each naming file, line and field. */

/** One problem with a pack file. */
export interface PackProblem {
  readonly file: string;
  /** 1-based line in the file, when the problem has a place. */
  readonly line?: number;
  /** Where in the pack, e.g. `issues[3].cues`; empty for the whole file. */
  readonly field: string;
  readonly reason: string;
  /** Stable id of the check, e.g. `packs/schema`, `packs/duplicate-party-id`. */
  readonly ruleId: string;
}

/** A pack that cannot be used; `problems` lists everything wrong with it, not only the first thing. */
export class PackError extends Error {
  override name = 'PackError';
  readonly problems: readonly PackProblem[];

  constructor(problems: readonly PackProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = Object.freeze([...problems]);
  }
}

/** `file:line: field: reason`, leaving out the parts a problem lacks. */
export function formatProblem({ file, line, field, reason }: PackProblem): string {
  const place = line === undefined ? file : `${file}:${line}`;
  return field === '' ? `${place}: ${reason}` : `${place}: ${field}: ${reason}`;
}
