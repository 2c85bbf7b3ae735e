/** The engine run over what was just fetched from Zoom: one shape for meetings and webinars. */
import {
  computeInstanceAttendance,
  type IdentityDecisions,
  type InstanceAttendance
} from '../engine'
import type { InstanceArchive } from './instance-archive'

type Fetched = Parameters<InstanceArchive['keep']>[0]

export function attendanceOfFetched(
  fetched: Fetched,
  thresholdPercent: number,
  decisions: IdentityDecisions | undefined
): InstanceAttendance {
  return computeInstanceAttendance({
    meeting: fetched.detail,
    participants: fetched.participants,
    registrants: fetched.registrants,
    source: fetched.source,
    thresholdPercent,
    decisions
  })
}
