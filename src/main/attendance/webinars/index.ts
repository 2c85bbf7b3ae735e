/**
 * Webinars on top of the meeting machinery: fetching an instance whole (with panelists and
 * absentees), roles and counts over the engine's person rows, the absentee cross-check and the
 * CSV with its Role column. Electron-free.
 */
export { fetchWholeWebinar, type WebinarStep } from './fetch-webinar'
export { readWebinarAttendance, type ReadWebinarAttendance } from './read-webinar'
export { webinarAttendance, type WebinarAttendance } from './webinar-attendance'
export { webinarCsvRows } from './webinar-csv'
export type { WebinarPerson, WebinarRole } from './webinar-roles'
export type { WebinarCounts } from './webinar-counts'
export type { AbsenteeCheck, AbsenteeDisagreement } from './absentee-check'
