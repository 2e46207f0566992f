/** Turns the text of a pack file into a validated, frozen `Pack`, or a `PackError` naming every problem. */
import type { Pack, Party } from '../core/index.ts';
import { checkPackSemantics } from './check-pack-semantics.ts';
import { deepFreeze } from './deep-freeze.ts';
import { PackError } from './pack-error.ts';
import type { PackYaml, PartyYaml } from './pack-schema.ts';
import { validatePackSchema, type FieldProblem } from './validate-pack-schema.ts';
import { readYamlFile } from './yaml-file.ts';

/** Parses and checks a pack; `fileName` is only used to name the place of each problem. */
export function parsePack(yamlText: string, fileName: string): Pack {
  const file = readYamlFile(yamlText, fileName, 'packs/yaml-syntax');
  if ('problems' in file) throw new PackError(file.problems);
  const problemsError = (problems: readonly FieldProblem[]): PackError => new PackError(file.place(problems));
  const validated = validatePackSchema(file.data);
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
    ...(party.kind === undefined ? {} : { kind: party.kind }),
  };
}
