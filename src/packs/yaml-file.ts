/** Reads a YAML file's text into data, and places problems found in that data back on the file's lines. */
import { LineCounter, parseDocument } from 'yaml';
import type { PackProblem } from './pack-error.ts';
import type { FieldProblem } from './validate-pack-schema.ts';
import { formatPath, yamlLocator } from './yaml-locator.ts';

/** The data of a YAML file, and how to turn problems at data paths into problems at `file:line`. */
export interface YamlFile {
  readonly data: unknown;
  readonly place: (problems: readonly FieldProblem[]) => PackProblem[];
}

/** Parses `yamlText`; YAML syntax errors come back as problems with `syntaxRuleId`, each at its line. */
export function readYamlFile(yamlText: string, fileName: string, syntaxRuleId: string): YamlFile | { readonly problems: PackProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file: fileName,
        line: lineCounter.linePos(error.pos[0]).line,
        field: '',
        reason: `YAML syntax: ${error.message}`,
        ruleId: syntaxRuleId,
      })),
    };
  }
  const locate = yamlLocator(document, lineCounter);
  return {
    data: document.toJS(),
    place: (problems) =>
      problems.map(({ path, linePath, reason, ruleId }) => ({ file: fileName, line: locate(linePath ?? path), field: formatPath(path), reason, ruleId })),
  };
}
