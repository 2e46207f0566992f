/** What other layers may import from review: reviews applied to positions, and what reviewers do with them. */
export { applyReviews, type AppliedReviews, type ReviewOptions } from './apply-reviews.ts';
export { orphanedReviews, reviewedPositions } from './reviewed-positions.ts';
export { locateQuote, reviewFieldsProblem, reviewTargetOf, targetOfRecord } from './review-target.ts';
export { goldRows } from './gold-export.ts';
export { reviewerAgreement, reviewerPairs, type Disagreement, type ReviewerAgreement } from './agreement.ts';
export { reviewQueue, type QueueItem, type QueueReason } from './review-queue.ts';
