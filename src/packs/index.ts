/** What other layers may import from packs: loading, validating and compiling negotiation packs. */
export { loadPack, listPacks, DEFAULT_PACK_NAME } from './load-pack.ts';
export { parsePack } from './parse-pack.ts';
export { PackError, formatProblem, type PackProblem } from './pack-error.ts';
export { compileCue, CueSyntaxError } from './compile-cue.ts';
export {
  compilePack,
  type CompiledPack,
  type CompiledParty,
  type CompiledIssue,
  type PartyMention,
  type IssueMention,
  type ConcessionMention,
  type PartyTermKind,
  type PartyFindOptions,
} from './compile-pack.ts';
export { readYamlFile, type YamlFile } from './yaml-file.ts';
export { schemaProblems, type FieldProblem } from './validate-pack-schema.ts';
export { loadSourceRatings } from './load-source-ratings.ts';
