import type { MeetingRef, ZoomClient } from '../../zoom'
import { parseInstant, text } from '../engine/field-values'
import { archiveInputOf, type ArchiveInput, type ListedFacts } from './archive-input'
import { fetchInstanceRegistrants, type ScheduleMemo } from './instance-registrants'
import { fetchInstanceRows } from './instance-rows'

export interface InstanceProgress {
  step: 'meeting' | 'participants' | 'registrants' | 'done'
  /** Participant rows read so far. */
  rows: number
}

export interface WholeInstanceOptions {
  signal?: AbortSignal
  /** Shared by the instances of a roll-up or a sync: GET /meetings/{id} once per meeting. */
  schedules?: ScheduleMemo
  /** What a listing already said (sync), where the detail leaves a field out. */
  listed?: ListedFacts
  now?: () => Date
  onProgress?: (progress: InstanceProgress) => void
}

/**
 * One instance whole, as Zoom has it: the detail, every participant page (report, or the
 * past-meeting fallback) and the registrants of every status, in the shape the archive keeps.
 * Live reads and the sync both fetch through here. A numeric id means the latest instance.
 */
export async function fetchWholeInstance(
  client: ZoomClient,
  ref: MeetingRef,
  options: WholeInstanceOptions = {}
): Promise<ArchiveInput> {
  const { signal, onProgress } = options
  onProgress?.({ step: 'meeting', rows: 0 })
  const rows = await fetchInstanceRows(client, ref, {
    signal,
    onRows: (count) => onProgress?.({ step: 'participants', rows: count })
  })
  onProgress?.({ step: 'registrants', rows: rows.participants.length })
  const registration = await fetchInstanceRegistrants(
    client,
    text(rows.detail.id) || options.listed?.meetingId || '',
    parseInstant(rows.detail.start_time),
    { signal, schedules: options.schedules }
  )
  return archiveInputOf(rows, registration, {
    fetchedAt: options.now?.() ?? new Date(),
    listed: options.listed
  })
}
