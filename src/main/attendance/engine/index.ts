/**
 * The attendance engine: Zoom's participant and registrant rows in, one row per person out
 * (and roll-ups of many instances). Pure: no network, files or clock.
 */
export type * from './attendance-types'
export { computeInstanceAttendance, type ComputeInstanceInput } from './compute-instance'
export { checkThreshold } from './threshold'
export { identityRuleOrder, type IdentityRule } from './identity'
export {
  emailLinkKey,
  nameLinkKey,
  parseLinkKey,
  rowsLinkKey,
  type IdentityAlias,
  type IdentityDecisions,
  type IdentityLink,
  type IdentitySplit,
  type RowRef
} from './identity-decisions'
export {
  reviewKinds,
  type ReviewCandidate,
  type ReviewKind,
  type ReviewSide
} from './review-candidates'
export { rowFlagNames, type RowFlag } from './time-rules'
export { isWeakName } from './weak-names'
export {
  rollUp,
  type LongRow,
  type MatrixRow,
  type RollUpLayout,
  type RollUpResult
} from './roll-up'
export type * from './zoom-rows'
export { readSession } from './sessions'
export type { ParticipantRow } from './row-table'
