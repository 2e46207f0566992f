/** Turns the text of a pack file into a validated, frozen `Pack`, or a `PackError` naming every problem. */
import { LineCounter, parseDocument } from 'yaml';
import type { Pack, Party } from '../core/index.ts';
import { checkPackSemantics } from './check-pack-semantics.ts';
import { deepFreeze } from './deep-freeze.ts';
import { PackError } from './pack-error.ts';
import type { PackYaml, PartyYaml } from './pack-schema.ts';
import { validatePackSchema, type FieldProblem } from './validate-pack-schema.ts';
import { formatPath, yamlLocator } from './yaml-locator.ts';

/** Parses and checks a pack; `fileName` is only used to name the place of each problem. */
export function parsePack(yamlText: string, fileName: string): Pack {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new PackError(
      document.errors.map((error) => ({
        file: fileName,
        line: lineCounter.linePos(error.pos[0]).line,
        field: '',
        reason: `YAML syntax: ${error.message}`,
        ruleId: 'packs/yaml-syntax',
      })),
    );
  }
  const locate = yamlLocator(document, lineCounter);
  const problemsError = (problems: readonly FieldProblem[]): PackError =>
    new PackError(
      problems.map(({ path, linePath, reason, ruleId }) => ({ file: fileName, line: locate(linePath ?? path), field: formatPath(path), reason, ruleId })),
    );
  const validated = validatePackSchema(document.toJS());
  if ('problems' in validated) throw problemsError(validated.problems);
  // Semantic checks rely on the shape the schema guarantees, so they run only once it holds.
  const semanticProblems = checkPackSemantics(validated.data);
  if (semanticProblems.length > 0) throw problemsError(semanticProblems);
  return deepFreeze(toPack(validated.data));
}

function toPack(data: PackYaml): Pack {
  return {
    id: data.id,
    name: data.name,
    version: data.version,
    parties: data.parties.map(toParty),
    issues: data.issues.map(({ id, proposition, cues, opposites }) => ({ id, proposition, cues, opposites })),
    relations: data.relations.map(({ type, from, to, note }) => ({ type, from, to, ...(note === undefined ? {} : { note }) })),
    concessions: data.concessions.map(({ cues, by }) => ({ cues, by })),
  };
}

function toParty(party: PartyYaml): Party {
  return {
    id: party.id,
    name: party.name,
    names: party.names,
    adjectives: party.adjectives,
    metonyms: party.metonyms,
    officials: party.officials.map(({ name, aliases, title, from, to }) => ({
      name,
      aliases,
      ...(title === undefined ? {} : { title }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    })),
    stateMedia: party.state_media,
  };
}
