import { attendanceCsvRows } from '../../attendance/csv/attendance-csv'
import { readInstanceAttendance, type InstanceProgress } from '../../attendance/fetch'
import { openReviewCount, openReviewNote } from '../../identity/open-review-note'
import { createProgress } from '../progress'
import type { CommandResult, ReadingContext } from './command-result'

const steps: Record<InstanceProgress['step'], number> = {
  meeting: 0,
  participants: 1,
  registrants: 2,
  done: 3
}

/**
 * `headcount attendance ID|UUID`: one row per person for one meeting instance, archive first
 * as in the app; offline (no client), from the archive only.
 */
export async function attendanceCommand(
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
