/** The dashboard: filters and matrix beside the evidence panel, then the timeline, the deal builder and the article form. */
import { h, type ComponentChild } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { MatrixCell, MatrixResult } from '../analyse/index.ts';
import type { DocumentSummary } from '../store/store.ts';
import { AddArticle } from './add-article.ts';
import { ChangesPanel } from './changes-panel.ts';
import { api, query } from './api-client.ts';
import { DealBuilder } from './deal-builder.ts';
import { EvidencePanel, type EvidenceRequest } from './evidence-panel.ts';
import { FilterBar, type Filters } from './filter-bar.ts';
import { MatrixView } from './matrix-view.ts';
import { TimelineView } from './timeline-view.ts';

interface PackView {
  readonly id: string;
  readonly name: string;
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly issues: readonly { readonly id: string; readonly proposition: string }[];
}

/** The whole page. `version` goes up after an ingest, so every view reloads its data. */
export function App(): ComponentChild {
  const [pack, setPack] = useState<PackView | undefined>(undefined);
  const [outlets, setOutlets] = useState<readonly string[]>([]);
  const [filters, setFilters] = useState<Filters>({});
  const [matrix, setMatrix] = useState<MatrixResult | undefined>(undefined);
  const [selected, setSelected] = useState<MatrixCell | undefined>(undefined);
  const [evidence, setEvidence] = useState<EvidenceRequest | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState('');

  useEffect(() => {
    api<{ active: PackView }>('/api/packs').then(({ active }) => setPack(active), (failure: Error) => setError(failure.message));
  }, []);
  useEffect(() => {
    api<DocumentSummary[]>('/api/documents?limit=1000')
      .then((documents) => setOutlets([...new Set(documents.flatMap((document) => (document.outlet ? [document.outlet] : [])))].sort()), () => undefined);
  }, [version]);
  useEffect(() => {
    let current = true;
    api<MatrixResult>(`/api/matrix${query({ ...filters })}`)
      .then((result) => current && setMatrix(result), (failure: Error) => current && setError(failure.message));
    return () => {
      current = false;
    };
  }, [filters, version]);

  const partyNames = useMemo(() => new Map(pack?.parties.map((party) => [party.id, party.name])), [pack]);
  const propositions = useMemo(() => new Map(pack?.issues.map((issue) => [issue.id, issue.proposition])), [pack]);
  const partyName = useCallback((id: string) => partyNames.get(id) ?? id, [partyNames]);
  const proposition = useCallback((id: string) => propositions.get(id) ?? id, [propositions]);
  const select = (cell: MatrixCell) => {
    setSelected(cell);
    setEvidence({
      title: `${partyName(cell.party)} on “${proposition(cell.issue)}”`,
      groups: [{ label: 'Current position', party: cell.party, issue: cell.issue, recordIds: cell.support.map((ref) => ref.recordId) }],
    });
  };

  return h('div', { class: 'page' },
    h('header', { class: 'masthead' },
      h('h1', null, 'redlines'),
      h('p', null, pack ? pack.name : '\u00a0')),
    error && h('p', { class: 'error', role: 'alert' }, error),
    h(ChangesPanel, { version }),
    h('main', null,
      h('div', { class: 'top' },
        h('section', { class: 'panel matrix-panel', 'aria-labelledby': 'matrix-title' },
          h('h2', { id: 'matrix-title' }, 'Who stands where'),
          h(FilterBar, { filters, outlets, onChange: setFilters }),
          h(MatrixView, { matrix, partyName, proposition, selected, onSelect: select }),
          h('p', { class: 'legend' },
            h('span', { class: 'swatch stance-demand strength-firm' }), 'demands ',
            h('span', { class: 'swatch stance-reject strength-firm' }), 'rejects ',
            h('span', { class: 'swatch stance-accept strength-firm' }), 'accepts · deeper colour = firmer · dashed = not yet well attested · ⚑ evidence disagrees')),
        h(EvidencePanel, { request: evidence, partyName })),
      h(TimelineView, { parties: matrix?.parties ?? [], partyName, proposition, version, onEvidence: setEvidence }),
      h(DealBuilder, { issues: matrix?.issues ?? [], partyName, proposition, version }),
      h(AddArticle, { partyName, proposition, onIngested: () => setVersion((value) => value + 1) })));
}
