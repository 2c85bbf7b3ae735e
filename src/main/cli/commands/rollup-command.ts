import { AppFailure } from '../../../shared/app-error'
import { rollUpCsvTable } from '../../attendance/csv/roll-up-csv'
import { rollUp, type RollUpLayout } from '../../attendance/engine'
import {
  fetchRollUp,
  type FetchedRollUp,
  type RollUpInstanceRef,
  type RollUpSelection
} from '../../attendance/fetch'
import { errorLine } from '../exit-codes'
import { openReviewCount, openReviewNote } from '../../identity/open-review-note'
import { createProgress } from '../progress'
import type { CommandResult, ReadingContext } from './command-result'

export interface RollUpCommandOptions {
  selection: RollUpSelection
  layout: RollUpLayout
  threshold?: number
  timeZone?: string
}

/** `headcount rollup`: many sessions in one CSV (matrix: a row per person; long: per session). */
export async function rollUpCommand(
  context: ReadingContext,
  options: RollUpCommandOptions
): Promise<CommandResult> {
  const progress = createProgress(context.io, 'Reading sessions')
  let fetched: FetchedRollUp
  try {
    fetched = await fetchRollUp(context.client, options.selection, {
      signal: context.signal,
      archive: context.archive,
      thresholdPercent: options.threshold,
      onProgress: (done, total) => progress.update(done, total),
      now: context.io.now
    })
  } finally {
    progress.stop()
  }
  if (fetched.cancelled) {
    throw new AppFailure({ code: 'cancelled', message: 'Stopped before it finished.' })
  }
  const result = rollUp(fetched.instances, options.layout)
  return {
    table: rollUpCsvTable(result, { timeZone: options.timeZone }),
    notes: notesFor(fetched),
    incomplete: fetched.stoppedBy ?? fetched.failures[0]?.error ?? null
  }
}

function notesFor(fetched: FetchedRollUp): string[] {
  const notes: string[] = [...fetched.notes]
  if (fetched.planned.length === 0) notes.push('No sessions matched, so the CSV has only headers.')
  for (const failure of fetched.failures) {
    notes.push(`${describe(failure.meeting)} was left out: ${errorLine(failure.error)}`)
  }
  if (fetched.skipped.length > 0) {
    notes.push(`${fetched.skipped.length} more sessions were not read after that problem.`)
  }
  const distinct = new Set(fetched.instances.flatMap((instance) => instance.notes))
  notes.push(...distinct)
  if (fetched.failures.length > 0 || fetched.skipped.length > 0) {
    const missing = fetched.failures.length + fetched.skipped.length
    notes.push(`The CSV leaves out ${missing} of ${fetched.planned.length} sessions.`)
  }
  const open = openReviewNote(openReviewCount(fetched.instances), 'cli')
  if (open) notes.push(open)
  return notes
}

function describe(meeting: RollUpInstanceRef): string {
  const name = meeting.topic ? `"${meeting.topic}"` : `Meeting ${meeting.meetingId}`.trim()
  return meeting.startTime ? `${name} of ${meeting.startTime}` : `${name} (${meeting.uuid})`
}
