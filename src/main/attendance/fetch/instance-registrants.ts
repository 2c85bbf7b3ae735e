import type { Registrant } from '../engine'
import { isRegistrationOff, type ZoomClient, type ZoomMeeting } from '../../zoom'
import { hasCode } from './fetch-errors'

/** What registrant fetching needs from GET /meetings/{id}; null when the meeting is gone. */
export interface MeetingSchedule {
  registrationOn: boolean
  /** True when people register for each occurrence rather than once for the series. */
  perOccurrence: boolean
  occurrences: { id: string; startMs: number }[]
  /** What the archive keeps of the series: its host, type and recurrence (never its links). */
  series: SeriesFacts
}

export interface SeriesFacts {
  hostId: string | null
  hostEmail: string | null
  type: number | null
  recurrence: unknown
}

/** Shares GET /meetings/{id} between the instances of one roll-up. */
export type ScheduleMemo = Map<string, Promise<MeetingSchedule | null>>

export interface InstanceRegistrants {
  registrants: Registrant[]
  notes: string[]
  /** From GET /meetings/{id}; null when the meeting is gone or was not asked for. */
  series: SeriesFacts | null
}

const statuses = ['approved', 'pending', 'denied'] as const
// Occurrences run at least a day apart; an instance can start a few minutes early or late.
const maxOccurrenceDriftMs = 12 * 3_600_000

const noRegistration =
  'This meeting did not ask people to register, so nobody can be marked absent and everyone who joined counts as a walk-in.'

/**
 * Registrants of all three statuses for the occurrence that ran at `startMs` (or the whole
 * meeting when people register once). Registration turned off means nobody registered.
 */
export async function fetchInstanceRegistrants(
  client: ZoomClient,
  meetingId: string,
  startMs: number | null,
  options: { signal?: AbortSignal; schedules?: ScheduleMemo } = {}
): Promise<InstanceRegistrants> {
  const { signal } = options
  if (!/^\d+$/.test(meetingId)) return { registrants: [], notes: [], series: null }
  const schedule = await scheduleOf(client, meetingId, options.schedules, signal)
  if (schedule === null) {
    return {
      registrants: [],
      notes: [
        'This meeting no longer exists in Zoom, so its registrations could not be read; ' +
          'everyone is listed as not registered.'
      ],
      series: null
    }
  }
  const { series } = schedule
  if (!schedule.registrationOn) return { registrants: [], notes: [noRegistration], series }
  const notes: string[] = []
  let occurrenceId: string | undefined
  if (schedule.perOccurrence) {
    occurrenceId = nearestOccurrence(schedule, startMs)
    if (occurrenceId === undefined) {
      notes.push(
        'People register for each session of this meeting, but Zoom no longer lists this ' +
          'session among them, so registrations for all sessions are shown.'
      )
    }
  }
  try {
    const lists = await Promise.all(
      statuses.map((status) =>
        client.listRegistrants(meetingId, status, { signal, occurrenceId }).toArray()
      )
    )
    return { registrants: lists.flat(), notes, series }
  } catch (error) {
    if (isRegistrationOff(error)) {
      return { registrants: [], notes: [...notes, noRegistration], series }
    }
    throw error
  }
}

function scheduleOf(
  client: ZoomClient,
  meetingId: string,
  memo: ScheduleMemo | undefined,
  signal: AbortSignal | undefined
): Promise<MeetingSchedule | null> {
  const known = memo?.get(meetingId)
  if (known) return known
  const loading = client
    .getMeeting(meetingId, { signal, showPreviousOccurrences: true })
    .then(readSchedule, (error: unknown) => {
      if (hasCode(error, 'not-found')) return null
      throw error
    })
  if (memo) {
    memo.set(meetingId, loading)
    // A failure (e.g. a cancelled call) must not stick for later instances.
    loading.catch(() => memo.delete(meetingId))
  }
  return loading
}

function readSchedule(meeting: ZoomMeeting): MeetingSchedule {
  const approval = meeting.settings?.approval_type
  const registrationType = meeting.settings?.registration_type ?? 1
  const occurrences = (meeting.occurrences ?? []).flatMap((o) => {
    const startMs = Date.parse(o.start_time ?? '')
    return o.occurrence_id && Number.isFinite(startMs) ? [{ id: o.occurrence_id, startMs }] : []
  })
  return {
    // Unknown counts as on: asking costs one call, and Zoom answers code 300 if it is off.
    registrationOn: approval !== 2,
    perOccurrence: meeting.type === 8 && registrationType !== 1,
    occurrences,
    series: {
      hostId: meeting.host_id ?? null,
      hostEmail: meeting.host_email ?? null,
      type: typeof meeting.type === 'number' ? meeting.type : null,
      recurrence: meeting.recurrence ?? null
    }
  }
}

function nearestOccurrence(schedule: MeetingSchedule, startMs: number | null): string | undefined {
  if (startMs === null) return undefined
  let best: { id: string; drift: number } | undefined
  for (const occurrence of schedule.occurrences) {
    const drift = Math.abs(occurrence.startMs - startMs)
    if (drift <= maxOccurrenceDriftMs && (!best || drift < best.drift)) {
      best = { id: occurrence.id, drift }
    }
  }
  return best?.id
}
