import type {
  MeetingDetail,
  Registrant,
  ReportParticipantRow
} from '../../src/main/attendance/engine'

/** Small seeded PRNG (mulberry32) so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const firstNames = ['Ana', 'Bo', 'Chen', 'Dana', 'Émile', 'Femi', 'Gita', 'Hiro', 'Ines', 'Jonas']
const lastNames = ['Okafor', 'Lee', 'García', 'Novak', 'Singh', 'Dubois', '山田', 'Smith', 'Rossi']

export interface GeneratedInstance {
  meeting: MeetingDetail
  participants: ReportParticipantRow[]
  registrants: Registrant[]
}

/**
 * A large two-hour meeting: signed-in staff, registered guests (registrant id, sometimes the
 * email hidden), unregistered guests known only by name, rejoins, two devices at once,
 * waiting-room rows and registrants who never came.
 */
export function generateInstance(rowCount: number, seed: number): GeneratedInstance {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const startMs = Date.UTC(2026, 9, 5, 17, 0, 0)
  const meetingMs = 2 * 3600_000
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z'
  const participants: ReportParticipantRow[] = []
  const registrants: Registrant[] = []
  let person = 0
  while (participants.length < rowCount) {
    person++
    const first = pick(firstNames)
    const last = pick(lastNames)
    const email = `${first.toLowerCase()}.${person}@example.org`
    const kind = random()
    const registrantId = kind < 0.45 ? `reg${person}` : ''
    if (registrantId) {
      const status = random() < 0.9 ? 'approved' : random() < 0.5 ? 'pending' : 'denied'
      registrants.push({ id: registrantId, email, first_name: first, last_name: last, status })
      if (random() < 0.15) continue // registered, never came
    }
    const base = {
      id: kind >= 0.45 && kind < 0.7 ? `user${person}` : '',
      user_id: String(16_000_000 + person),
      registrant_id: registrantId,
      name: `${first} ${last}${kind >= 0.7 ? ` (guest ${person})` : ''}`,
      user_email: kind < 0.7 && random() < 0.8 ? email : ''
    }
    if (random() < 0.05) {
      participants.push({
        ...base,
        join_time: iso(startMs - 60_000),
        leave_time: iso(startMs),
        duration: 60,
        status: 'in_waiting_room'
      })
    }
    const sessions = 1 + Math.floor(random() * random() * 4)
    let cursor = startMs + Math.floor(random() * meetingMs * 0.3)
    for (let s = 0; s < sessions && participants.length < rowCount; s++) {
      const length = Math.floor(random() * meetingMs * 0.6)
      const leave = Math.min(cursor + length, startMs + meetingMs + 300_000)
      participants.push({
        ...base,
        join_time: iso(cursor),
        leave_time: iso(leave),
        duration: Math.round((leave - cursor) / 1000),
        status: 'in_meeting'
      })
      // A second device overlaps sometimes; otherwise a gap before rejoining.
      cursor =
        random() < 0.2 ? cursor + Math.floor(length / 2) : leave + Math.floor(random() * 600_000)
    }
  }
  const meeting: MeetingDetail = {
    id: 85_746_065_432,
    uuid: `uuid-${seed}==`,
    topic: 'Annual volunteer briefing',
    start_time: iso(startMs),
    end_time: iso(startMs + meetingMs),
    duration: 120
  }
  // Through JSON, as the app receives it: spread-built objects have slower shapes than parsed ones.
  return JSON.parse(JSON.stringify({ meeting, participants, registrants })) as GeneratedInstance
}
