/**
 * The deal builder: set propositions granted, denied or open, see at once whose positions break (and what the pack's
 * relations force), and ask which red lines the chosen parties must relax, keeping the propositions already set.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { DealCheck, DealSearch, PartyVerdict, PositionOutcome, PropositionValue } from '../analyse/index.ts';
import type { Relation } from '../core/types.ts';
import { api } from './api-client.ts';
import type { EvidenceRequest } from './evidence-panel.ts';
import { describeState, STANCE_LABEL } from './labels.ts';
import { filterBody, type Filters } from './url-state.ts';
import { useLatest } from './use-latest.ts';

type Choice = 'true' | 'false' | 'open';
type Assignments = Readonly<Record<string, boolean>>;

interface DealBuilderProps {
  /** The propositions to set, in the pack's order. */
  readonly issues: readonly string[];
  /** The parties whose red lines may be kept, most positions first. */
  readonly parties: readonly string[];
  readonly deal: Assignments;
  /** Whose red lines the search keeps; all of `parties` when undefined. */
  readonly concede: readonly string[] | undefined;
  readonly filters: Filters;
  readonly version: number;
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly onDeal: (deal: Assignments) => void;
  readonly onConcede: (parties: readonly string[] | undefined) => void;
  readonly onEvidence: (request: EvidenceRequest) => void;
}

/** The proposition toggles, the live verdicts and the minimal-concessions search. */
export function DealBuilder(props: DealBuilderProps): ComponentChild {
  const { issues, parties, deal, concede, filters, version, partyName, proposition, onDeal, onConcede, onEvidence } = props;
  const chosenParties = concede ?? parties;
  const { data: check, error } = useLatest<DealCheck>(JSON.stringify([deal, filters, version]), (signal) =>
    api<DealCheck>('/api/deals/check', { method: 'POST', body: { assignments: deal, ...filterBody(filters) }, signal }));
  const searchKey = JSON.stringify([deal, filters, chosenParties, version]);
  const [asked, setAsked] = useState('');
  const search = useLatest<DealSearch>(asked, asked === searchKey ? (signal) => api<DealSearch>('/api/deals/search', {
    method: 'POST', body: { parties: chosenParties, fixed: deal, ...filterBody(filters) }, signal,
  }) : undefined);
  const forced = new Map((check?.values ?? []).filter((value) => value.source === 'relation').map((value) => [value.issue, value]));
  const relationText = (relations: readonly Relation[]) =>
    relations.map((relation) => `“${proposition(relation.from)}” ${relation.type} “${proposition(relation.to)}”`).join(', then ');
  const choose = (issue: string, choice: Choice) => {
    const { [issue]: _dropped, ...rest } = deal;
    onDeal(choice === 'open' ? rest : { ...rest, [issue]: choice === 'true' });
  };
  const violationEvidence = (outcome: PositionOutcome) => onEvidence({
    title: `${partyName(outcome.party)} ${describeState(outcome)} “${proposition(outcome.issue)}”`,
    note: `The deal ${outcome.value.value ? 'grants' : 'denies'} it${outcome.value.source === 'relation' ? ` (forced: ${relationText(outcome.value.relations)})` : ''}.`,
    groups: [{ label: 'Current position', party: outcome.party, issue: outcome.issue, recordIds: outcome.support.map((ref) => ref.recordId) }],
  });

  return h('section', { class: 'panel deal', 'aria-labelledby': 'deal-title', id: 'deal' },
    h('h2', { id: 'deal-title' }, 'Deal builder'),
    h('div', { class: 'deal-columns' },
      h('fieldset', { class: 'propositions' },
        h('legend', null, 'Propositions ', Object.keys(deal).length > 0 && h('button', { type: 'button', class: 'link', onClick: () => onDeal({}) }, 'open all')),
        issues.map((issue) => h(Toggle, {
          key: issue, issue, label: proposition(issue),
          value: issue in deal ? (deal[issue] ? 'true' : 'false') : 'open',
          forced: issue in deal ? undefined : forced.get(issue),
          relationText,
          onChoose: (choice: Choice) => choose(issue, choice),
        }))),
      h('div', { class: 'verdicts', 'aria-live': 'polite' },
        h('h3', null, 'Who can live with it'),
        error && h('p', { class: 'error', role: 'alert' }, error),
        check?.messages.map((message) => h('p', { class: 'error', key: message.ruleId + message.source },
          `“${proposition(message.source ?? '')}” is forced both granted and denied by the relations; the value you set is kept.`)),
        check && orderedVerdicts(check, parties).map(({ verdict, state }) => {
          const redLines = verdict.byStrength.red_line;
          const firmBroken = verdict.byStrength.firm.violated.length;
          const summary = (state === 'broken' ? `red line broken (${redLines.violated.length})`
            : state === 'open' ? `${redLines.open.length} red line${redLines.open.length === 1 ? '' : 's'} still open`
              : redLines.satisfied.length > 0 ? 'red lines kept' : 'no red line at stake')
            + (firmBroken > 0 ? `; ${firmBroken} firm position${firmBroken === 1 ? '' : 's'} broken` : '');
          return h('div', { key: verdict.party, class: `verdict ${state}`, 'data-party': verdict.party },
            h('strong', null, `${partyName(verdict.party)}: `, summary),
            redLines.violated.length + firmBroken > 0 && h('ul', null, [...redLines.violated, ...verdict.byStrength.firm.violated].map((outcome) => h('li', { key: outcome.issue, class: 'violation' },
              `${describeState(outcome)} “${proposition(outcome.issue)}”, which the deal ${outcome.value.value ? 'grants' : 'denies'}`,
              outcome.value.source === 'relation' && ` (forced: ${relationText(outcome.value.relations)})`, ' ',
              h('button', { type: 'button', class: 'link', onClick: () => violationEvidence(outcome) }, 'evidence')))));
        }),
        h('fieldset', { class: 'concede' },
          h('legend', null, 'Keep the red lines of'),
          parties.map((party) => h('label', { key: party },
            h('input', {
              type: 'checkbox', name: 'concede', value: party, checked: chosenParties.includes(party),
              onChange: (event: Event) => onConcede((event.target as HTMLInputElement).checked
                ? parties.filter((other) => other === party || chosenParties.includes(other))
                : chosenParties.filter((other) => other !== party)),
            }), ` ${partyName(party)}`))),
        h('button', { type: 'button', onClick: () => setAsked(searchKey), disabled: asked === searchKey && !search.data && !search.error },
          asked === searchKey && !search.data && !search.error ? 'Searching…' : 'Find minimal concessions'),
        Object.keys(deal).length > 0 && h('p', { class: 'hint' }, `The ${Object.keys(deal).length} proposition(s) you set stay as set.`),
        search.error && h('p', { class: 'error', role: 'alert' }, search.error),
        search.data && h(SearchResult, { search: search.data, deal, partyName, proposition, onApply: onDeal }))));
}

type VerdictState = 'broken' | 'open' | 'kept';

/** The verdicts, broken red lines first, then open ones, then kept; within each, in the order of `parties`. */
function orderedVerdicts(check: DealCheck, parties: readonly string[]): { verdict: PartyVerdict; state: VerdictState }[] {
  const rank: Record<VerdictState, number> = { broken: 0, open: 1, kept: 2 };
  const position = (party: string) => (parties.includes(party) ? parties.indexOf(party) : parties.length);
  return check.parties
    .map((verdict) => {
      const redLines = verdict.byStrength.red_line;
      const state: VerdictState = redLines.violated.length > 0 ? 'broken' : redLines.open.length > 0 ? 'open' : 'kept';
      return { verdict, state };
    })
    .sort((a, b) => rank[a.state] - rank[b.state] || position(a.verdict.party) - position(b.verdict.party));
}

function Toggle({ issue, label, value, forced, relationText, onChoose }: {
  issue: string; label: string; value: Choice; forced: PropositionValue | undefined;
  relationText: (relations: readonly Relation[]) => string; onChoose: (choice: Choice) => void;
}): ComponentChild {
  return h('div', { class: `toggle${forced ? ' forced' : ''}`, role: 'radiogroup', 'aria-label': label, 'data-issue': issue },
    h('span', { class: 'toggle-label', title: issue }, label,
      forced && h('span', { class: 'forced-note' }, ` → ${forced.value ? 'granted' : 'denied'} by the relations: ${relationText(forced.relations)}`)),
    (['true', 'false', 'open'] as const).map((choice) => h('label', { key: choice, class: `choice choice-${choice}` },
      h('input', { type: 'radio', name: `deal-${issue}`, value: choice, checked: value === choice, onChange: () => onChoose(choice) }),
      { true: 'grant', false: 'deny', open: 'open' }[choice])));
}

function SearchResult({ search, deal, partyName, proposition, onApply }: {
  search: DealSearch; deal: Assignments; partyName: (id: string) => string; proposition: (id: string) => string; onApply: (deal: Assignments) => void;
}): ComponentChild {
  if (search.feasible && search.deal) {
    const found = search.deal;
    return h('div', { class: 'search-result' },
      h('p', null, 'A deal keeps every chosen party\'s red lines.'),
      h('button', { type: 'button', onClick: () => onApply({ ...deal, ...found.assignments }) }, 'Load it into the builder'));
  }
  if (search.correctionSets.length === 0) {
    return h('div', { class: 'search-result' }, h('p', null, 'The propositions you set contradict the pack\'s relations: no deal has them all. Open one of them.'));
  }
  return h('div', { class: 'search-result' },
    h('p', null, `No deal keeps every red line. Smallest sets of red lines to relax${search.complete ? '' : ' (first ones found)'}:`),
    h('ol', null, search.correctionSets.map((set, index) => h('li', { key: index },
      set.redLines.map((line) => `${partyName(line.party)} ${STANCE_LABEL[line.stance]} “${proposition(line.issue)}”`).join('; '), ' ',
      h('button', { type: 'button', class: 'link', onClick: () => onApply({ ...deal, ...set.deal.assignments }) }, 'load deal')))));
}
