import { attendanceCsvRows } from '../../attendance/csv/attendance-csv'
import { readInstanceAttendance, type InstanceProgress } from '../../attendance/fetch'
import { openReviewCount, openReviewNote } from '../../identity/open-review-note'
import { hasCode } from '../../attendance/fetch/fetch-errors'
import { createProgress } from '../progress'
import type { CommandResult, ReadingContext } from './command-result'
import { isArchivedWebinar, webinarAttendanceCommand } from './webinar-attendance-command'

const steps: Record<InstanceProgress['step'], number> = {
  meeting: 0,
  participants: 1,
  registrants: 2,
  done: 3
}

/**
 * `headcount attendance ID|UUID`: one row per person for one meeting instance, archive first
 * as in the app; offline (no client), from the archive only. `--webinar`, or a UUID that
 * names a webinar session, reads it as a webinar (with roles).
 */
export async function attendanceCommand(
  context: ReadingContext,
  options: {
    meeting: string
    threshold?: number
    timeZone?: string
    webinar?: boolean
    countPanelists?: boolean
  }
): Promise<CommandResult> {
  const asWebinar = { ...options, webinar: options.meeting }
  if (options.webinar || (await isArchivedWebinar(context, options.meeting))) {
    return webinarAttendanceCommand(context, asWebinar)
  }
  try {
    return await meetingAttendance(context, options)
  } catch (error) {
    // A UUID Zoom knows no meeting by may be a webinar session's.
    const uuid = !/^\d+$/.test(options.meeting)
    if (!uuid || !context.client || !hasCode(error, 'not-found')) throw error
    return webinarAttendanceCommand(context, asWebinar).catch(() => Promise.reject(error))
  }
}

async function meetingAttendance(
  context: ReadingContext,
  options: { meeting: string; threshold?: number; timeZone?: string }
): Promise<CommandResult> {
  const progress = createProgress(context.io, 'Reading attendance')
  try {
    const result = await readInstanceAttendance(context.client, options.meeting, {
      signal: context.signal,
      archive: context.archive,
      thresholdPercent: options.threshold,
      onProgress: (p) => progress.update(steps[p.step], 3, `${p.rows} rows`)
    })
    const notes = [...result.notes]
    if (result.people.length === 0) notes.push('Zoom lists nobody for this meeting.')
    const open = openReviewNote(openReviewCount([result]), 'cli')
    if (open) notes.push(open)
    return {
      table: attendanceCsvRows(result, { timeZone: options.timeZone }),
      notes,
      incomplete: null
    }
  } finally {
    progress.stop()
  }
}
