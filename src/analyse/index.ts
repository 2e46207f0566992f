/** What other layers may import from analysis: pure functions over position records and a pack. */
export type { DateWindow, EvidenceRef, PartyPosition, PositionState } from './types.ts';
export { evidenceRef } from './evidence-ref.ts';
export { statementDay } from './chronicle.ts';
export { matrix, type MatrixCell, type MatrixOptions, type MatrixResult, type StateSummary } from './matrix.ts';
export { timeline, type IssueTimeline, type PeriodSummary, type TimelineEntry, type TimelineOptions, type TimelineResult } from './timeline.ts';
export { shifts, type Shift, type ShiftsOptions, type ShiftsResult } from './shifts.ts';
export { consistency, type ConsistencyOptions, type ConsistencyResult, type IssueConsistency, type PartyConsistency } from './consistency.ts';
export { collisions, type Collision, type CollisionsResult } from './collisions.ts';
export {
  checkDeal, type DealCheck, type DealOutcome, type OutcomeGroups, type PartyVerdict, type PositionOutcome, type PropositionValue,
} from './check-deal.ts';
export { searchDeal, type CorrectionSet, type DealSearch, type SearchDealOptions } from './search-deal.ts';
export { outletReliability, rateRecords, reliableRecords, type SourceRatings } from './reliability.ts';
