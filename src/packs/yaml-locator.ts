/** Maps a path in a parsed YAML document (`['issues', 3, 'cues']`) back to the line it was written on. */
import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A path into the data: object keys and array indexes. */
export type DataPath = readonly (string | number)[];

/** Returns a function giving the 1-based line of the deepest node on a path that exists in the document. */
export function yamlLocator(document: Document, lineCounter: LineCounter): (path: DataPath) => number {
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range === undefined || node.range === null ? undefined : lineCounter.linePos(node.range[0]).line;
  return (path) => {
    let node: unknown = document.contents;
    let line = lineOf(document.contents) ?? 1;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
        if (pair === undefined) break;
        // A field's line is where its key is written, even when its value starts on the next line.
        line = lineOf(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
        node = node.items[step];
        line = lineOf(node as Node) ?? line;
      } else {
        break;
      }
    }
    return line;
  };
}

/** `issues[3].cues` for `['issues', 3, 'cues']`. */
export function formatPath(path: DataPath): string {
  return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('');
}
