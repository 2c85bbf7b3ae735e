import { AppFailure } from '../../../shared/app-error'
import type { MeetingDetail, ParticipantRow, ParticipantSource } from '../engine'
import type { MeetingRef, ZoomClient } from '../../zoom'
import { hasCode } from './fetch-errors'

/** One instance's meeting detail, and which endpoint has its participants. */
export interface InstanceDetail {
  /** What was asked for: a UUID, or a numeric id meaning the latest instance. */
  ref: MeetingRef
  detail: MeetingDetail
  source: ParticipantSource
  notes: string[]
}

/** One instance's meeting detail and every participant row, with where they came from. */
export interface InstanceRows extends InstanceDetail {
  participants: ParticipantRow[]
}

export interface InstanceRowsOptions {
  signal?: AbortSignal
  /** Called as participant rows arrive (page by page). */
  onRows?: (rows: number) => void
}

const noReportAccess =
  'This Zoom account or app cannot read meeting reports, so attendance comes from the ' +
  'past-meeting participant list, which may lack join and leave times (minutes then stay blank).'
const notInReport =
  "Zoom's report does not include this meeting (Zoom leaves out meetings where fewer than two " +
  'people joined), so attendance comes from the past-meeting participant list.'

/** The detail, then every participant row: one instance as Zoom has it. */
export async function fetchInstanceRows(
  client: ZoomClient,
  ref: MeetingRef,
  options: InstanceRowsOptions = {}
): Promise<InstanceRows> {
  return fetchParticipantRows(client, await fetchInstanceDetail(client, ref, options), options)
}

/**
 * Reads the report's detail (GET /report/meetings/{id}). Without report access, or when the
 * report leaves the meeting out, falls back to GET /past_meetings/{id} and says so in `notes`.
 * A numeric id means the latest instance; the detail's UUID names it.
 */
export async function fetchInstanceDetail(
  client: ZoomClient,
  ref: MeetingRef,
  options: { signal?: AbortSignal } = {}
): Promise<InstanceDetail> {
  const { signal } = options
  try {
    const detail = await client.getReportMeeting(ref, { signal })
    return { ref, detail, source: 'report', notes: [] }
  } catch (error) {
    if (hasCode(error, 'missing-scopes', 'paid-plan-required')) {
      const detail = await client.getPastMeeting(ref, { signal })
      return { ref, detail, source: 'past-participants', notes: [withFix(noReportAccess, error)] }
    }
    if (!hasCode(error, 'not-found')) throw error
    // A meeting the report skips still has past-meeting data; if not, the first error stands.
    const detail = await client
      .getPastMeeting(ref, { signal })
      .catch((second: unknown) => Promise.reject(hasCode(second, 'not-found') ? error : second))
    return { ref, detail, source: 'past-participants', notes: [notInReport] }
  }
}

/** Every participant row of the instance (report pages with registrant ids, or past-meeting). */
export async function fetchParticipantRows(
  client: ZoomClient,
  found: InstanceDetail,
  options: InstanceRowsOptions = {}
): Promise<InstanceRows> {
  const { signal } = options
  const { detail } = found
  const notes = [...found.notes]
  let source = found.source
  const uuid = instanceUuid(detail) ?? found.ref
  let participants: ParticipantRow[]
  if (source === 'report') {
    try {
      participants = await collect(
        client.listReportParticipants(uuid, { signal, includeRegistrantId: true }),
        options.onRows
      )
    } catch (error) {
      if (!hasCode(error, 'missing-scopes', 'paid-plan-required')) throw error
      notes.push(withFix(noReportAccess, error))
      source = 'past-participants'
      participants = await collect(client.listPastParticipants(uuid, { signal }), options.onRows)
    }
  } else {
    participants = await collect(client.listPastParticipants(uuid, { signal }), options.onRows)
  }
  return { ref: found.ref, detail, participants, source, notes }
}

/** The detail's UUID, when Zoom gave one. */
export function instanceUuid(detail: MeetingDetail): string | null {
  return typeof detail.uuid === 'string' && detail.uuid !== '' ? detail.uuid : null
}

function withFix(note: string, error: unknown): string {
  const remedy = error instanceof AppFailure ? error.appError.remedy : undefined
  return remedy ? `${note} For the full report: ${remedy}` : note
}

async function collect<T>(list: AsyncIterable<T>, onRows?: (rows: number) => void): Promise<T[]> {
  const items: T[] = []
  for await (const item of list) {
    items.push(item)
    // Zoom pages hold up to 300 rows; report once per page's worth.
    if (onRows && items.length % 300 === 0) onRows(items.length)
  }
  onRows?.(items.length)
  return items
}
