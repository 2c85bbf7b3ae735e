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

async function registrantsOf(
  client: ZoomClient,
  meetingId: string,
  signal?: AbortSignal
): Promise<ComputeInstanceInput['registrants']> {
  try {
    const lists = await Promise.all(
      statuses.map((status) => client.listRegistrants(meetingId, status, { signal }).toArray())
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
      registrantsOf(client, String(meeting.id ?? ref), signal)
    ])
    return { input: { meeting, participants, registrants, source: 'report' }, notes: [] }
  } catch (error) {
    if (!lacksReportAccess(error)) throw error
    const meeting = await client.getPastMeeting(ref, { signal })
    const [participants, registrants] = await Promise.all([
      client.listPastParticipants(meeting.uuid ?? ref, { signal }).toArray(),
      registrantsOf(client, String(meeting.id ?? ref), signal)
    ])
    return {
      input: { meeting, participants, registrants, source: 'past-participants' },
      notes: [
        'Your Zoom app cannot read attendance reports, so Headcount used the basic participant list. Minutes and attendance percentages may be blank. Add the report scopes shown on the Accounts screen to see them.'
      ]
    }
  }
}
