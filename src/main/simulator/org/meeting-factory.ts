import { mixSeed, randomMeetingId, randomUuid, type Rng } from './random'
import type { MeetingKind, MeetingSettings, SimInstance, SimMeeting, SimOccurrence } from './types'
import { isoSeconds, minuteMs } from './time'

export function defaultSettings(overrides: Partial<MeetingSettings> = {}): MeetingSettings {
  return {
    approval_type: 2,
    waiting_room: false,
    join_before_host: false,
    mute_upon_entry: false,
    host_video: false,
    participant_video: false,
    audio: 'both',
    auto_recording: 'none',
    alternative_hosts: '',
    meeting_authentication: false,
    use_pmi: false,
    registrants_email_notification: true,
    registrants_confirmation_email: true,
    close_registration: false,
    ...overrides
  }
}

export interface MeetingDraft {
  hostId: string
  topic: string
  type: 2 | 3 | 8
  kind: MeetingKind
  duration: number
  timezone: string
  agenda?: string
  settings?: Partial<MeetingSettings>
  /** Every scheduled start (past and future); past ones with attendees > 0 become instances. */
  starts: number[]
  attendees: (index: number, rng: Rng) => number
  recurrence?: SimMeeting['recurrence']
}

/** Turns a schedule into a meeting with occurrences and the instances that already ran. */
export function buildMeeting(rng: Rng, draft: MeetingDraft, now: number): SimMeeting {
  const id = randomMeetingId(rng)
  const seed = rng.int(0, 0x7fffffff)
  const occurrences: SimOccurrence[] =
    draft.type === 8
      ? draft.starts.map((start) => ({
          occurrenceId: String(start),
          startTime: start,
          duration: draft.duration
        }))
      : []
  const instances: SimInstance[] = []
  draft.starts.forEach((start, index) => {
    const end = start + draft.duration * minuteMs + rng.int(-8, 12) * minuteMs
    const attendees = draft.attendees(index, rng)
    if (end > now || attendees <= 0) return
    instances.push({
      uuid: randomUuid(rng),
      meetingId: id,
      startTime: start + rng.int(-3, 4) * minuteMs,
      endTime: end,
      ...(draft.type === 8 ? { occurrenceId: String(start) } : {}),
      attendees,
      seed: mixSeed(seed, index),
      showcase: false
    })
  })
  const createdAt = (draft.starts[0] ?? now) - rng.int(2, 20) * 86_400_000
  return {
    id,
    hostId: draft.hostId,
    topic: draft.topic,
    type: draft.type,
    kind: draft.kind,
    ...(draft.type === 3 ? {} : { startTime: draft.starts[0] ?? now }),
    duration: draft.duration,
    timezone: draft.timezone,
    agenda: draft.agenda ?? '',
    createdAt: isoSeconds(Math.min(createdAt, now)),
    password: String(rng.int(100000, 999999)),
    settings: defaultSettings(draft.settings),
    ...(draft.recurrence ? { recurrence: draft.recurrence } : {}),
    occurrences,
    instances,
    uuid: instances.at(-1)?.uuid ?? randomUuid(rng),
    seed
  }
}
