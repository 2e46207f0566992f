/**
 * The dashboard: filters that every view applies, the matrix with its evidence drawer, the timeline, the deal builder
 * and the article form. What is on screen lives in the URL (url-state.ts), so a reload or a shared link opens it again.
 */
import { h, type ComponentChild } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MatrixCell, MatrixResult } from '../analyse/index.ts';
import type { DocumentSummary } from '../store/store.ts';
import { AddArticle } from './add-article.ts';
import { CollisionsView, ConsistencyView, CountsView } from './analysis-views.ts';
import { CopyLinkButton } from './copy-link.ts';
import { ChangesPanel } from './changes-panel.ts';
import { api, query } from './api-client.ts';
import { DealBuilder } from './deal-builder.ts';
import { DocumentBrowser } from './document-browser.ts';
import { downloadText } from './download.ts';
import { EvidenceDrawer, type EvidenceRequest } from './evidence-panel.ts';
import { FilterBar, type OutletSummary } from './filter-bar.ts';
import { describeState } from './labels.ts';
import { matrixCsv, MatrixView } from './matrix-view.ts';
import { columnsThatFit, PartyPicker, partiesByPositions, PHONE_WIDTH } from './party-picker.ts';
import { ReviewQueue } from './review-queue.ts';
import { TimelineView } from './timeline-view.ts';
import { ANALYSIS_TABS, filterParams, useDashboardState, type AnalysisTab, type Filters } from './url-state.ts';
import { useLatest } from './use-latest.ts';

interface PackView {
  readonly id: string;
  readonly name: string;
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly issues: readonly { readonly id: string; readonly proposition: string }[];
}

const TAB_LABEL: Readonly<Record<AnalysisTab, string>> = {
  collisions: 'Collisions', consistency: 'Consistency', counts: 'Counts over time', documents: 'Documents',
};

/** The whole page. `version` goes up after an ingest, so every view reloads its data. */
export function App(): ComponentChild {
  const [state, update] = useDashboardState();
  const { filters } = state;
  const [pack, setPack] = useState<PackView | undefined>(undefined);
  const [otherEvidence, setOtherEvidence] = useState<EvidenceRequest | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [width, setWidth] = useState(innerWidth);
  const opener = useRef<HTMLElement | null>(null);
  const [packError, setPackError] = useState('');
  const [reviewedOnly, setReviewedOnly] = useState(false);
  const reloadAll = useCallback(() => setVersion((value) => value + 1), []);

  useEffect(() => {
    api<{ active: PackView }>('/api/packs').then(({ active }) => setPack(active), (failure: Error) => setPackError(failure.message));
    const resize = () => setWidth(innerWidth);
    addEventListener('resize', resize);
    return () => removeEventListener('resize', resize);
  }, []);
  const outlets = useLatest(`outlets|${version}`, (signal) => api<{ outlets: OutletSummary[] }>('/api/outlets', { signal })).data?.outlets ?? [];
  const stored = useLatest(`documents|${version}`, (signal) => api<DocumentSummary[]>('/api/documents?limit=1', { signal }));
  const { data: matrix, error } = useLatest<MatrixResult>(JSON.stringify([filters, version, reviewedOnly]), (signal) =>
    api<MatrixResult>(`/api/matrix${query({ ...filterParams(filters), reviewed: reviewedOnly ? 'true' : undefined })}`, { signal }));

  const partyNames = useMemo(() => new Map(pack?.parties.map((party) => [party.id, party.name])), [pack]);
  const propositions = useMemo(() => new Map(pack?.issues.map((issue) => [issue.id, issue.proposition])), [pack]);
  const partyName = useCallback((id: string) => partyNames.get(id) ?? id, [partyNames]);
  const proposition = useCallback((id: string) => propositions.get(id) ?? id, [propositions]);
  const issueOrder = useMemo(() => pack?.issues.map((issue) => issue.id) ?? [], [pack]);
  const stateMediaOutlets = useMemo(() => new Set(outlets.filter((outlet) => outlet.stateMediaOf).map((outlet) => outlet.outlet)), [outlets]);
  const ranked = useMemo(() => (matrix ? partiesByPositions(matrix) : []), [matrix]);
  const columns = state.parties ?? ranked.slice(0, columnsThatFit(width));
  const dealIssues = useMemo(() => issueOrder.filter((issue) => matrix?.issues.includes(issue)), [issueOrder, matrix]);

  const cellEvidence = useMemo(() => {
    const { cell } = state;
    if (cell === undefined || matrix === undefined) return undefined;
    const found = matrix.cells.find((candidate) => candidate.party === cell.party && candidate.issue === cell.issue);
    return evidenceOfCell(cell, found, filters, partyName, proposition);
  }, [state.cell, matrix, filters, partyName, proposition]);
  const evidence = otherEvidence ?? cellEvidence;

  const remember = () => {
    opener.current = document.activeElement as HTMLElement | null;
  };
  const select = (cell: MatrixCell) => {
    remember();
    setOtherEvidence(undefined);
    update({ cell: { party: cell.party, issue: cell.issue } });
  };
  const showEvidence = (request: EvidenceRequest) => {
    remember();
    setOtherEvidence(request);
  };
  const close = () => {
    setOtherEvidence(undefined);
    if (state.cell) update({ cell: undefined });
    opener.current?.focus();
  };
  const empty = stored.data !== undefined && stored.data.length === 0;

  return h('div', { class: 'page' },
    h('header', { class: 'masthead' },
      h('h1', null, 'redlines'),
      h('p', null, pack ? pack.name : '\u00a0'),
      h('nav', { class: 'jump', 'aria-label': 'views' },
        h('a', { href: '#matrix-title' }, 'Matrix'), h('a', { href: '#timeline' }, 'Timeline'), h('a', { href: '#analyses' }, 'More views'), h('a', { href: '#deal' }, 'Deal builder'),
        h('a', { href: '#add-title' }, 'Add an article')),
      h(CopyLinkButton, { label: 'Copy link to this view' })),
    (packError || error) && h('p', { class: 'error', role: 'alert' }, packError || error),
    h(ChangesPanel, { version }),
    empty
      ? h('section', { class: 'panel empty-state', 'aria-labelledby': 'empty-title' },
        h('h2', { id: 'empty-title' }, 'No articles yet'),
        h('p', null, 'The database holds no article, so there is nothing to map. Add one with the form below, or from a terminal:'),
        h('pre', null, 'redlines ingest examples/ article.txt https://… --db redlines.db'),
        h('p', { class: 'hint' }, 'The map appears here as soon as the first article is stored.'))
      : h('main', null,
        // Folded on phones, where the matrix needs the screen; open on wider screens.
        h('details', { class: 'panel filters-panel', open: width >= PHONE_WIDTH },
          h('summary', null, 'Filters', h('span', { class: 'hint' }, ` · ${activeFilters(filters)} · apply to every view`)),
          h(FilterBar, { filters, outlets, partyName, onChange: (next) => update({ filters: next }) })),
        h('section', { class: 'panel matrix-panel', 'aria-labelledby': 'matrix-title' },
          h('div', { class: 'matrix-toolbar' },
            h('h2', { id: 'matrix-title' }, 'Who stands where'),
            matrix && h(PartyPicker, { available: ranked, chosen: columns, partyName, onChange: (parties) => update({ parties }) }),
            matrix && h('button', {
              type: 'button', class: 'small',
              onClick: () => downloadText('redlines-matrix.csv', matrixCsv(matrix, columns, issueOrder, partyName, proposition), 'text/csv'),
            }, 'Download CSV'),
            matrix && h('button', {
              type: 'button', class: 'small',
              onClick: () => downloadText('redlines-matrix.json', `${JSON.stringify(shownMatrix(matrix, columns), null, 2)}\n`, 'application/json'),
            }, 'JSON')),
          matrix
            ? h(MatrixView, {
              matrix, parties: columns, issueOrder, folded: state.folded, partyName, proposition, selected: state.cell,
              onSelect: select, onFold: (folded) => update({ folded }),
            })
            : h('div', { class: 'matrix-placeholder', 'aria-busy': 'true' }, error ? 'The matrix could not be loaded.' : 'Loading the matrix…'),
          h('p', { class: 'legend' },
            h('span', { class: 'swatch stance-demand strength-firm' }), 'demands ',
            h('span', { class: 'swatch stance-reject strength-firm' }), 'rejects ',
            h('span', { class: 'swatch stance-accept strength-firm' }), 'accepts · deeper colour = firmer · dashed = not yet well attested · ⚑ evidence disagrees')),
        h(ReviewQueue, { version, partyName, proposition, reviewedOnly, onReviewedOnly: setReviewedOnly, onEvidence: showEvidence }),
        h(TimelineView, {
          parties: ranked, party: state.timelineParty, filters, stateMediaOutlets, partyName, proposition, version,
          onParty: (timelineParty) => update({ timelineParty }), onEvidence: showEvidence,
        }),
        h('section', { class: 'panel analyses', 'aria-labelledby': 'analyses-title', id: 'analyses' },
          h('h2', { id: 'analyses-title' }, 'More views'),
          h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'more views' }, ANALYSIS_TABS.map((tab) => h('button', {
            key: tab, type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-selected': state.tab === tab, 'aria-controls': 'analysis-tabpanel',
            onClick: () => update({ tab }),
          }, TAB_LABEL[tab]))),
          h('div', { role: 'tabpanel', id: 'analysis-tabpanel', 'aria-labelledby': `tab-${state.tab}` },
            state.tab === 'collisions' && h(CollisionsView, { filters, version, partyName, proposition, onEvidence: showEvidence }),
            state.tab === 'consistency' && h(ConsistencyView, { filters, version, partyName, proposition, onEvidence: showEvidence }),
            state.tab === 'counts' && h(CountsView, {
              filters, version, partyName, proposition, onEvidence: showEvidence, parties: columns, stateMediaOutlets,
              by: state.countsBy, onBy: (countsBy) => update({ countsBy }),
            }),
            state.tab === 'documents' && h(DocumentBrowser, { filters, stateMediaOutlets, version, partyName, proposition }))),
        h(DealBuilder, {
          issues: dealIssues, parties: ranked, deal: state.deal, concede: state.dealParties, filters, version, partyName, proposition,
          onDeal: (deal) => update({ deal }), onConcede: (dealParties) => update({ dealParties }), onEvidence: showEvidence,
        })),
    h(AddArticle, { partyName, proposition, onIngested: () => setVersion((value) => value + 1) }),
    h(EvidenceDrawer, { request: evidence, partyName, onClose: close, review: { choices: pack, version, onReviewed: reloadAll } }));
}

/** How many filters are set, in words. */
function activeFilters(filters: Filters): string {
  const count = [filters.since, filters.until, filters.mode].filter((value) => value !== undefined).length
    + (filters.outlets.length > 0 ? 1 : 0) + (filters.excludeStateMedia ? 1 : 0);
  return count === 0 ? 'none set' : `${count} set`;
}

/** The matrix as the API gave it, narrowed to the columns shown. */
function shownMatrix(matrix: MatrixResult, parties: readonly string[]): MatrixResult {
  const cells = matrix.cells.filter((cell) => parties.includes(cell.party));
  return { parties, issues: matrix.issues.filter((issue) => cells.some((cell) => cell.issue === issue)), cells };
}

/** The evidence of a cell: its current state, then every other state seen under the filters, each with its documents and latest date. */
function evidenceOfCell(key: { party: string; issue: string }, cell: MatrixCell | undefined, filters: Filters, partyName: (id: string) => string, proposition: (id: string) => string): EvidenceRequest {
  const title = `${partyName(key.party)} on “${proposition(key.issue)}”`;
  if (cell === undefined) return { title, note: 'No position of this party on this issue under the current filters.', groups: [] };
  const documents = (count: number) => `${count} document${count === 1 ? '' : 's'}`;
  const latest = (date: string | undefined) => (date ? `latest ${date}` : 'undated');
  const { party, issue } = cell;
  return {
    title,
    ...(cell.disagreement ? { note: '⚑ The evidence disagrees: the current position is read from the best-attested, most recent state; the other stances seen are listed below it.' } : {}),
    groups: [
      {
        label: `Current position: ${describeState(cell)} · ${documents(cell.documents)} · ${latest(cell.latestDate)}`, party, issue,
        // The matrix cites a cell's best records only; when it has more, the drawer asks for all of that state's records.
        ...(cell.supportCount > cell.support.length
          ? { state: { stance: cell.stance, strength: cell.strength }, filters }
          : { recordIds: cell.support.map((ref) => ref.recordId) }),
      },
      ...cell.alternatives.map((other) => ({
        label: `${other.stance === cell.stance ? 'Also seen' : 'Disagrees'}: ${describeState(other)} · ${documents(other.documents)} · ${latest(other.latestDate)}`,
        party, issue, state: { stance: other.stance, strength: other.strength }, filters,
      })),
    ],
  };
}
