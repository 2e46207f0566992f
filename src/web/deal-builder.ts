/** The deal builder: set propositions true, false or open, see at once whose positions break, and ask for minimal concessions. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DealCheck, DealSearch, PositionOutcome } from '../analyse/index.ts';
import { api } from './api-client.ts';
import { STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';

type Choice = 'true' | 'false' | 'open';

interface DealBuilderProps {
  readonly issues: readonly string[];
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly version: number;
}

/** The proposition toggles, the live verdicts and the minimal-concessions search. */
export function DealBuilder({ issues, partyName, proposition, version }: DealBuilderProps): ComponentChild {
  const [assignments, setAssignments] = useState<Readonly<Record<string, boolean>>>({});
  const [check, setCheck] = useState<DealCheck | undefined>(undefined);
  const [search, setSearch] = useState<DealSearch | undefined>(undefined);
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    let current = true;
    api<DealCheck>('/api/deals/check', { method: 'POST', body: { assignments } }).then((result) => current && setCheck(result));
    return () => {
      current = false;
    };
  }, [assignments, version]);

  const choose = (issue: string, choice: Choice) => {
    const { [issue]: _dropped, ...rest } = assignments;
    setAssignments(choice === 'open' ? rest : { ...rest, [issue]: choice === 'true' });
  };
  const findConcessions = () => {
    setSearching(true);
    api<DealSearch>('/api/deals/search', { method: 'POST', body: {} }).then(setSearch).finally(() => setSearching(false));
  };

  return h('section', { class: 'panel deal', 'aria-labelledby': 'deal-title' },
    h('h2', { id: 'deal-title' }, 'Deal builder'),
    h('div', { class: 'deal-columns' },
      h('fieldset', { class: 'propositions' },
        h('legend', null, 'Propositions'),
        issues.map((issue) => h(Toggle, {
          key: issue, issue, label: proposition(issue),
          value: issue in assignments ? (assignments[issue] ? 'true' : 'false') : 'open',
          onChoose: (choice: Choice) => choose(issue, choice),
        }))),
      h('div', { class: 'verdicts', 'aria-live': 'polite' },
        h('h3', null, 'Who can live with it'),
        check?.messages.map((message) => h('p', { class: 'error', key: message.ruleId + message.source }, message.reason)),
        check?.parties.map((verdict) => {
          const broken = [...verdict.byStrength.red_line.violated, ...verdict.byStrength.firm.violated];
          return h('div', { key: verdict.party, class: `verdict ${verdict.redLinesKept ? 'kept' : 'broken'}`, 'data-party': verdict.party },
            h('strong', null, `${partyName(verdict.party)}: `, verdict.redLinesKept ? 'red lines kept' : 'red line broken'),
            broken.length > 0 && h('ul', null, broken.map((outcome) => h('li', { key: outcome.issue, class: 'violation' }, why(outcome, proposition)))));
        }),
        h('button', { type: 'button', onClick: findConcessions, disabled: searching }, searching ? 'Searching…' : 'Find minimal concessions'),
        search && h(SearchResult, { search, partyName, proposition, onApply: setAssignments }))));
}

function Toggle({ issue, label, value, onChoose }: { issue: string; label: string; value: Choice; onChoose: (choice: Choice) => void }): ComponentChild {
  return h('div', { class: 'toggle', role: 'radiogroup', 'aria-label': label, 'data-issue': issue },
    h('span', { class: 'toggle-label', title: issue }, label),
    (['true', 'false', 'open'] as const).map((choice) => h('label', { key: choice, class: `choice choice-${choice}` },
      h('input', { type: 'radio', name: `deal-${issue}`, value: choice, checked: value === choice, onChange: () => onChoose(choice) }),
      { true: 'grant', false: 'deny', open: 'open' }[choice])));
}

function why(outcome: PositionOutcome, proposition: (id: string) => string): string {
  const granted = outcome.value.value ? 'grants' : 'denies';
  const via = outcome.value.source === 'relation'
    ? ` (forced by ${outcome.value.relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`).join('; ')})`
    : '';
  return `${STANCE_LABEL[outcome.stance]} (${STRENGTH_LABEL[outcome.strength]}) “${proposition(outcome.issue)}”, the deal ${granted} it${via}`;
}

function SearchResult({ search, partyName, proposition, onApply }: {
  search: DealSearch; partyName: (id: string) => string; proposition: (id: string) => string; onApply: (assignments: Record<string, boolean>) => void;
}): ComponentChild {
  if (search.feasible && search.deal) {
    const deal = search.deal;
    return h('div', { class: 'search-result' },
      h('p', null, 'A deal keeps every red line.'),
      h('button', { type: 'button', onClick: () => onApply({ ...deal.assignments }) }, 'Load it into the builder'));
  }
  return h('div', { class: 'search-result' },
    h('p', null, `No deal keeps every red line. Smallest sets of red lines to relax${search.complete ? '' : ' (first ones found)'}:`),
    h('ol', null, search.correctionSets.map((set, index) => h('li', { key: index },
      set.redLines.map((line) => `${partyName(line.party)} ${STANCE_LABEL[line.stance]} “${proposition(line.issue)}”`).join('; '), ' ',
      h('button', { type: 'button', class: 'link', onClick: () => onApply({ ...set.deal.assignments }) }, 'load deal')))));
}
