/**
 * A webinar instance's attendance: the engine's one row per person, then roles, the
 * registered-vs-attended counts and the absentee cross-check. Pure: no network or files.
 */
import type { RosterRow } from '../../archive'
import type { InstanceAttendance } from '../engine'
import { checkAbsentees, type AbsenteeCheck } from './absentee-check'
import { countWebinar, type WebinarCounts } from './webinar-counts'
import {
  assignRoles,
  type PanelistRow,
  type WebinarHost,
  type WebinarPerson
} from './webinar-roles'

export type WebinarAttendance = Omit<InstanceAttendance, 'people'> & {
  kind: 'webinar'
  people: WebinarPerson[]
  counts: WebinarCounts
  /** Null when Zoom's absentee list was not read (no registration, or not fetched). */
  absentees: AbsenteeCheck | null
}

export interface WebinarRoster {
  host: WebinarHost
  panelists: readonly PanelistRow[]
  /** Zoom's absentee rows; undefined when they were not read. */
  absentees?: readonly RosterRow[]
  /** Count panelists and the host as attendees; off by default. */
  countPanelists?: boolean
}

export function webinarAttendance(
  attendance: InstanceAttendance,
  roster: WebinarRoster
): WebinarAttendance {
  const people = assignRoles(attendance, roster.host, roster.panelists)
  return {
    ...attendance,
    kind: 'webinar',
    people,
    counts: countWebinar(people, { countPanelists: roster.countPanelists }),
    absentees: roster.absentees ? checkAbsentees(people, roster.absentees) : null
  }
}
