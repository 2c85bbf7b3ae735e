/**
 * `headcount attendance ID|UUID --webinar` (or a webinar session's UUID, recognised on its
 * own): the attendance CSV with Role after Status, registered vs attended counts on stderr and
 * every absentee disagreement as a note.
 */
import { readWebinarAttendance, webinarCsvRows, type WebinarStep } from '../../attendance/webinars'
import { createProgress } from '../progress'
import type { CommandResult, ReadingContext } from './command-result'

const steps: Record<WebinarStep, number> = { webinar: 0, participants: 1, registrants: 2, done: 3 }

export interface WebinarAttendanceOptions {
  webinar: string
  threshold?: number
  timeZone?: string
  countPanelists?: boolean
}

export async function webinarAttendanceCommand(
  context: ReadingContext,
  options: WebinarAttendanceOptions
): Promise<CommandResult> {
  const progress = createProgress(context.io, 'Reading webinar attendance')
  try {
    const result = await readWebinarAttendance(context.client, options.webinar, {
      signal: context.signal,
      archive: context.archive,
      thresholdPercent: options.threshold,
      countPanelists: options.countPanelists,
      onProgress: (p) => progress.update(steps[p.step], 3, `${p.rows} rows`)
    })
    const { counts } = result
    const who = counts.panelistsCounted ? 'people, panelists and host included' : 'attendees'
    const notes = [
      `${counts.counted} ${who}: ${counts.registered} registered, ${counts.attended} attended, ${counts.absent} registered and absent; ${counts.panelists} panelists, ${counts.hosts} host.`,
      ...result.notes
    ]
    if (result.people.length === 0) notes.push('Zoom lists nobody for this webinar.')
    return {
      table: webinarCsvRows(result, { timeZone: options.timeZone }),
      notes,
      incomplete: null
    }
  } finally {
    progress.stop()
  }
}

/** A UUID names a webinar session when the archive says so, or Zoom finds no meeting by it. */
export async function isArchivedWebinar(context: ReadingContext, ref: string): Promise<boolean> {
  if (/^\d+$/.test(ref) || !context.archive) return false
  const kept = await context.archive.read(ref)
  return kept?.summary.kind === 'webinar'
}
