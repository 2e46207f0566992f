/** Checks a schema-valid pack for what a schema cannot express: unique ids, known issues, date order, cues that compile. */
import { cueBody } from './compile-cue.ts';
import type { PackYaml } from './pack-schema.ts';
import type { FieldProblem } from './validate-pack-schema.ts';
import type { DataPath } from './yaml-locator.ts';

/** Every semantic problem of `data`, in file order within each check. */
export function checkPackSemantics(data: PackYaml): FieldProblem[] {
  return [
    ...duplicateIds(data.parties.map((party, index) => ({ id: party.id, path: ['parties', index, 'id'] })), 'party'),
    ...duplicateIds(data.issues.map((issue, index) => ({ id: issue.id, path: ['issues', index, 'id'] })), 'issue'),
    ...relationProblems(data),
    ...concessionProblems(data),
    ...officialDateProblems(data),
    ...cueProblems(data),
  ];
}

function duplicateIds(entries: readonly { id: string; path: DataPath }[], kind: 'party' | 'issue'): FieldProblem[] {
  const seen = new Set<string>();
  return entries.flatMap(({ id, path }) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ path, reason: `duplicate ${kind} id "${id}"`, ruleId: `packs/duplicate-${kind}-id` }];
  });
}

function relationProblems(data: PackYaml): FieldProblem[] {
  const issueIds = new Set(data.issues.map((issue) => issue.id));
  return data.relations.flatMap((relation, index) => {
    const problems: FieldProblem[] = (['from', 'to'] as const)
      .filter((end) => !issueIds.has(relation[end]))
      .map((end) => ({ path: ['relations', index, end], reason: `unknown issue "${relation[end]}"`, ruleId: 'packs/unknown-issue' }));
    if (relation.from === relation.to) {
      problems.push({ path: ['relations', index, 'to'], reason: 'relates an issue to itself', ruleId: 'packs/self-relation' });
    }
    return problems;
  });
}

function concessionProblems(data: PackYaml): FieldProblem[] {
  const issueIds = new Set(data.issues.map((issue) => issue.id));
  const partyIds = new Set(data.parties.map((party) => party.id));
  return data.concessions.flatMap((concession, index) =>
    Object.entries(concession.by).flatMap(([party, issue]) => [
      ...(partyIds.has(party) ? [] : [{ path: ['concessions', index, 'by', party], reason: `unknown party "${party}"`, ruleId: 'packs/unknown-party' }]),
      ...(issueIds.has(issue) ? [] : [{ path: ['concessions', index, 'by', party], reason: `unknown issue "${issue}"`, ruleId: 'packs/unknown-issue' }]),
    ]),
  );
}

function officialDateProblems(data: PackYaml): FieldProblem[] {
  return data.parties.flatMap((party, partyIndex) =>
    party.officials.flatMap(({ from, to }, officialIndex) =>
      from !== undefined && to !== undefined && from > to
        ? [{ path: ['parties', partyIndex, 'officials', officialIndex, 'from'], reason: `${from} is after to (${to})`, ruleId: 'packs/date-order' }]
        : [],
    ),
  );
}

function cueProblems(data: PackYaml): FieldProblem[] {
  const cues: { cue: string; path: DataPath }[] = [
    ...data.issues.flatMap((issue, i) => issue.cues.map((cue, j) => ({ cue, path: ['issues', i, 'cues', j] }))),
    ...data.issues.flatMap((issue, i) => issue.opposites.map((cue, j) => ({ cue, path: ['issues', i, 'opposites', j] }))),
    ...data.concessions.flatMap((concession, i) => concession.cues.map((cue, j) => ({ cue, path: ['concessions', i, 'cues', j] }))),
    ...data.parties.flatMap((party, i) => [
      ...(['names', 'adjectives', 'metonyms'] as const).flatMap((field) => party[field].map((cue, j) => ({ cue, path: ['parties', i, field, j] }))),
      ...party.officials.flatMap((official, j) => [
        { cue: official.name, path: ['parties', i, 'officials', j, 'name'] },
        ...official.aliases.map((cue, k) => ({ cue, path: ['parties', i, 'officials', j, 'aliases', k] })),
      ]),
    ]),
  ];
  return cues.flatMap(({ cue, path }) => {
    try {
      cueBody(cue);
      return [];
    } catch (error) {
      return [{ path, reason: `bad cue ${JSON.stringify(cue)}: ${(error as Error).message}`, ruleId: 'packs/bad-cue' }];
    }
  });
}
