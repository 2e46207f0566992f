/**
 * The alert rules, run over the store after each poll: what the documents new to the watcher changed. Each alert names
 * its rule, carries the evidence before and after, and has a key that says what it is about, so it fires once, ever.
 */
import { collisions, evidenceRef, shifts, statementDay, type EvidenceRef } from '../analyse/index.ts';
import type { Pack, PositionRecord, Stance } from '../core/index.ts';
import type { NewAlert } from '../store/index.ts';

/** Every rule, in the order alerts are listed. */
export const ALERT_RULES = ['new-red-line', 'confirmed-shift', 'new-collision', 'first-position', 'contradiction'] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** What an alert carries: the rule, a one-line summary, and the evidence before and after the change. */
export interface AlertBody {
  readonly rule: AlertRule;
  readonly summary: string;
  readonly party?: string;
  readonly issue?: string;
  readonly before: readonly EvidenceRef[];
  readonly after: readonly EvidenceRef[];
}

// Earlier statements shown as "before": enough to see the change, few enough to read in a message.
const BEFORE_SHOWN = 3;

/** Stances that cannot both be a party's word on one proposition. */
function contradicts(a: Stance, b: Stance): boolean {
  return a !== b && (a === 'reject' || b === 'reject');
}

/**
 * The alerts of `rules` raised by the records of `fresh` (position ids of documents new to the watcher) against the rest
 * of `records`: a party's first red line of a stance on an issue, a confirmed shift, a collision that was not there
 * before, a party's first position on an issue, and a statement contradicting the party's earlier red line.
 */
export function findAlerts(records: readonly PositionRecord[], fresh: ReadonlySet<string>, pack: Pack, rules: readonly AlertRule[]): NewAlert[] {
  const earlier = records.filter((record) => !fresh.has(record.id));
  const added = records.filter((record) => fresh.has(record.id));
  if (added.length === 0) return [];
  const alerts: NewAlert[] = [];
  const wanted = new Set(rules);
  const alert = (key: string, body: AlertBody): void => {
    if (wanted.has(body.rule)) alerts.push({ key: `${body.rule}|${key}`, rule: body.rule, body });
  };
  const earlierOf = (party: string, issue: string) => earlier.filter((r) => r.holder === party && r.issue === issue);
  const pairs = groupBy(added, (record) => `${record.holder}|${record.issue}`);

  for (const group of pairs.values()) {
    const { holder: party, issue } = group[0]!;
    const before = earlierOf(party, issue);
    const shownBefore = newestFirst(before).slice(0, BEFORE_SHOWN).map(evidenceRef);
    for (const stance of new Set(group.filter((r) => r.strength === 'red_line').map((r) => r.stance))) {
      if (before.some((r) => r.strength === 'red_line' && r.stance === stance)) continue;
      const after = group.filter((r) => r.strength === 'red_line' && r.stance === stance).map(evidenceRef);
      alert(`${party}|${issue}|${stance}`, { rule: 'new-red-line', summary: `${party} states a new red line: ${stance} ${issue}`, party, issue, before: shownBefore, after });
    }
    if (before.length === 0) {
      const summary = `${party} takes a position on ${issue} for the first time: ${[...new Set(group.map((r) => r.stance))].join(', ')}`;
      alert(`${party}|${issue}`, { rule: 'first-position', summary, party, issue, before: [], after: group.map(evidenceRef) });
    }
    for (const redLine of new Set(before.filter((r) => r.strength === 'red_line').map((r) => r.stance))) {
      const against = group.filter((r) => contradicts(redLine, r.stance));
      for (const stance of new Set(against.map((r) => r.stance))) {
        alert(`${party}|${issue}|${redLine}|${stance}`, {
          rule: 'contradiction',
          summary: `${party} ${stance}s ${issue}, against its earlier red line (${redLine})`,
          party, issue,
          before: newestFirst(before.filter((r) => r.strength === 'red_line' && r.stance === redLine)).slice(0, BEFORE_SHOWN).map(evidenceRef),
          after: against.filter((r) => r.stance === stance).map(evidenceRef),
        });
      }
    }
  }

  if (wanted.has('confirmed-shift')) {
    for (const shift of shifts(records).shifts) {
      if (!shift.after.some((ref) => fresh.has(ref.recordId))) continue;
      const { party, issue, from, to } = shift;
      const change = `${from.stance}/${from.strength} → ${to.stance}/${to.strength}`;
      alert(`${party}|${issue}|${change}|${shift.date}`, {
        rule: 'confirmed-shift', summary: `${party} shifts on ${issue}: ${change}, confirmed ${shift.date}`, party, issue, before: shift.before, after: shift.after,
      });
    }
  }

  if (wanted.has('new-collision')) {
    const collisionKey = ({ issues, parties, sides }: ReturnType<typeof collisions>['collisions'][number]) =>
      [issues.join('+'), parties.join('+'), sides.map((side) => side.stance).join('+')].join('|');
    const known = new Set(collisions(earlier, pack).collisions.map(collisionKey));
    for (const collision of collisions(records, pack).collisions) {
      const key = collisionKey(collision);
      if (known.has(key)) continue;
      // "Before" is the side that stood already, "after" the one the new documents brought.
      const [first, second] = collision.sides;
      const [standing, arriving] = first.support.some((ref) => fresh.has(ref.recordId)) ? [second, first] : [first, second];
      alert(key, {
        rule: 'new-collision',
        summary: `${arriving.party} ${arriving.stance} ${arriving.issue} collides with ${standing.party} ${standing.stance} ${standing.issue} (${collision.level})`,
        before: standing.support,
        after: arriving.support,
      });
    }
  }
  return alerts.sort((a, b) => ALERT_RULES.indexOf(a.rule as AlertRule) - ALERT_RULES.indexOf(b.rule as AlertRule));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function newestFirst(records: readonly PositionRecord[]): PositionRecord[] {
  return [...records].sort((a, b) => (statementDay(b) ?? '').localeCompare(statementDay(a) ?? ''));
}
