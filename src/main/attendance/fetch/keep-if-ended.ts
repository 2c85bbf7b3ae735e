/**
 * Archives what was just fetched from Zoom, when it is worth keeping: an ended session with
 * rows, named by its UUID (a numeric id names whichever run is the latest, and an empty list
 * right after the end may still fill in). A failure to archive is a note, never a lost answer.
 */
import { isNumericMeetingId } from '../../zoom/uuid-path'
import type { InstanceAttendance } from '../engine'
import { toAppError } from './fetch-errors'
import type { InstanceArchive } from './instance-archive'

type Fetched = Parameters<InstanceArchive['keep']>[0]

export async function keepIfEnded(
  archive: InstanceArchive | undefined,
  fetched: Fetched,
  attendance: InstanceAttendance,
  fetchedAtMs: number,
  what: 'meeting' | 'webinar'
): Promise<string[]> {
  const uuid = fetched.detail.uuid
  const end = attendance.meeting.endMs
  const ended = end !== null && end <= fetchedAtMs && fetched.participants.length > 0
  if (!archive || uuid === '' || isNumericMeetingId(uuid) || !ended) return []
  try {
    await archive.keep(fetched)
    return []
  } catch (error) {
    return [`This ${what} could not be archived on this computer: ${errorSentence(error)}`]
  }
}

/** An error as one sentence with its fix, for notes. */
export function errorSentence(error: unknown): string {
  const { message, remedy } = toAppError(error)
  return remedy ? `${message} ${remedy}` : message
}
