import { AppFailure } from '../../shared/app-error'
import type { ComputeInstanceInput } from '../attendance'
import type { ZoomClient } from '../zoom'
import { isRegistrationOff } from '../zoom'
import type { RegistrantStatus } from '../zoom'

export interface FetchedInputs {
  input: Omit<ComputeInstanceInput, 'thresholdPercent'>
  notes: string[]
}

const statuses: RegistrantStatus[] = ['approved', 'pending', 'denied']

function lacksReportAccess(error: unknown): boolean {
  return (
    error instanceof AppFailure &&
    ['missing-scopes', 'paid-plan-required'].includes(error.appError.code)
  )
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * A recurring meeting whose people register for each occurrence (registration_type 2 or 3)
 * lists everyone who ever registered unless asked for one occurrence; this finds the
 * occurrence this instance ran for, by start time.
 */
async function occurrenceOf(
  client: ZoomClient,
  meetingId: string,
  startTime: string | undefined,
  signal?: AbortSignal
): Promise<string | undefined> {
  const started = startTime ? Date.parse(startTime) : NaN
  if (Number.isNaN(started)) return undefined
  let meeting: Awaited<ReturnType<ZoomClient['getMeeting']>>
  try {
    meeting = await client.getMeeting(meetingId, { showPreviousOccurrences: true, signal })
  } catch (error) {
    // A meeting deleted since it ran has no occurrences to ask about.
    if (error instanceof AppFailure && error.appError.code === 'not-found') return undefined
    throw error
  }
  const perOccurrence = [2, 3].includes(meeting.settings?.registration_type ?? 1)
  if (!perOccurrence) return undefined
  let best: { id: string; gap: number } | undefined
  for (const occurrence of meeting.occurrences ?? []) {
    const gap = Math.abs(Date.parse(occurrence.start_time ?? '') - started)
    if (occurrence.occurrence_id && gap < dayMs && (!best || gap < best.gap)) {
      best = { id: occurrence.occurrence_id, gap }
    }
  }
  return best?.id
}

async function registrantsOf(
  client: ZoomClient,
  meetingId: string,
  startTime: string | undefined,
  signal?: AbortSignal
): Promise<ComputeInstanceInput['registrants']> {
  try {
    const occurrenceId = await occurrenceOf(client, meetingId, startTime, signal)
    const lists = await Promise.all(
      statuses.map((status) =>
        client.listRegistrants(meetingId, status, { signal, occurrenceId }).toArray()
      )
    )
    return lists.flat()
  } catch (error) {
    if (isRegistrationOff(error)) return []
    throw error
  }
}

/**
 * Everything the engine needs for one meeting instance: report detail and every participant
 * page (with registrant ids), plus registrants of all three statuses. Without report access
 * it falls back to past-meeting participants and says so.
 */
export async function fetchInstanceInputs(
  client: ZoomClient,
  ref: string,
  signal?: AbortSignal
): Promise<FetchedInputs> {
  try {
    const meeting = await client.getReportMeeting(ref, { signal })
    const [participants, registrants] = await Promise.all([
      client
        .listReportParticipants(meeting.uuid ?? ref, { includeRegistrantId: true, signal })
        .toArray(),
      registrantsOf(client, String(meeting.id ?? ref), meeting.start_time, signal)
    ])
    return { input: { meeting, participants, registrants, source: 'report' }, notes: [] }
  } catch (error) {
    if (!lacksReportAccess(error)) throw error
    const meeting = await client.getPastMeeting(ref, { signal })
    const [participants, registrants] = await Promise.all([
      client.listPastParticipants(meeting.uuid ?? ref, { signal }).toArray(),
      registrantsOf(client, String(meeting.id ?? ref), meeting.start_time, signal)
    ])
    return {
      input: { meeting, participants, registrants, source: 'past-participants' },
      notes: [
        'Your Zoom app cannot read attendance reports, so Headcount used the basic participant list. Minutes and attendance percentages may be blank. Add the report scopes shown on the Accounts screen to see them.'
      ]
    }
  }
}
