/**
 * One person's history across the archive: every session they registered for or attended, as
 * the engine computes it from that session's raw rows that belong to them (found by email,
 * then by the registrant ids those rows carry, or by the exact name for someone without one).
 */
import type { AccountId, Archive, HistoryEntry, InstanceSummary } from '../archive'
import {
  computeInstanceAttendance,
  type ParticipantRow,
  type Registrant
} from '../attendance/engine'
import { displayOf, personNameKey } from './person-identity'
import { outcomeOf, sessionRef, type SessionOutcome } from './session-outcome'

/** Who to look up: an email, or an exact name (for someone whose email Zoom never showed). */
export type PersonRef = { email: string } | { name: string }

export interface PersonHistory {
  name: string
  email: string
  /** Oldest first. */
  sessions: SessionOutcome[]
  firstAttendedMs: number | null
  lastAttendedMs: number | null
  sessionsAttended: number
  sessionsRegistered: number
  /** Registered, never in the meeting. */
  registeredAbsent: number
  minutes: number
}

const entryKey = (e: HistoryEntry): string => `${e.uuid}\n${e.list}\n${e.position}`

async function personEntries(
  archive: Archive,
  account: AccountId,
  ref: PersonRef
): Promise<HistoryEntry[]> {
  const first = await archive.history(account, 'email' in ref ? { email: ref.email } : ref)
  const entries = new Map(first.map((e) => [entryKey(e), e]))
  // Rows that carry the person's registrant id but no email (a hidden guest email).
  const registrantIds = new Set<string>()
  for (const e of first) {
    const raw = e.raw as { registrant_id?: unknown; id?: unknown }
    const id = e.list === 'registrant' ? raw.id : raw.registrant_id
    if (typeof id === 'string' && id !== '') registrantIds.add(id)
  }
  for (const registrantId of registrantIds) {
    for (const e of await archive.history(account, { registrantId })) entries.set(entryKey(e), e)
  }
  return [...entries.values()]
}

function detailOf(summary: InstanceSummary): Record<string, unknown> {
  return {
    id: summary.meetingId,
    uuid: summary.uuid,
    topic: summary.topic,
    start_time: summary.startMs === null ? null : new Date(summary.startMs).toISOString(),
    end_time: summary.endMs === null ? null : new Date(summary.endMs).toISOString(),
    duration: summary.durationMinutes
  }
}

export async function personHistory(
  archive: Archive,
  account: AccountId,
  ref: PersonRef,
  thresholdPercent: number
): Promise<PersonHistory | null> {
  const entries = await personEntries(archive, account, ref)
  if (entries.length === 0) return null
  const byInstance = new Map<string, HistoryEntry[]>()
  for (const e of entries) {
    const list = byInstance.get(e.uuid)
    if (list) list.push(e)
    else byInstance.set(e.uuid, [e])
  }
  const summaries = new Map(
    (await archive.listInstances({ account, limit: 1_000_000 }))
      .filter((s) => byInstance.has(s.uuid))
      .map((s) => [s.uuid, s])
  )
  const wantedName = 'name' in ref ? personNameKey(ref.name) : null
  const sessions: SessionOutcome[] = []
  for (const [uuid, rows] of byInstance) {
    const summary = summaries.get(uuid)
    if (!summary) continue
    const ordered = [...rows].sort((a, b) => a.position - b.position)
    const attendance = computeInstanceAttendance({
      meeting: detailOf(summary),
      participants: ordered
        .filter((e) => e.list === 'participant')
        .map((e) => e.raw as ParticipantRow),
      registrants: ordered.filter((e) => e.list === 'registrant').map((e) => e.raw as Registrant),
      source: summary.source,
      thresholdPercent
    })
    // Usually one person; a name-only row the engine kept apart is still theirs by the lookup.
    const people =
      wantedName === null
        ? attendance.people
        : attendance.people.filter((p) => personNameKey(p.name) === wantedName)
    const session = sessionRef(summary)
    for (const person of people) sessions.push(outcomeOf(session, person))
  }
  if (sessions.length === 0) return null
  sessions.sort((a, b) => (a.session.startMs ?? Infinity) - (b.session.startMs ?? Infinity))
  return summarise(sessions)
}

function summarise(sessions: SessionOutcome[]): PersonHistory {
  const attended = sessions.filter((s) => s.present)
  const starts = attended.map((s) => s.session.startMs).filter((ms): ms is number => ms !== null)
  const registeredUuids = new Set(sessions.filter((s) => s.registered).map((s) => s.session.uuid))
  const presentUuids = new Set(attended.map((s) => s.session.uuid))
  let absent = 0
  for (const uuid of registeredUuids) if (!presentUuids.has(uuid)) absent++
  return {
    ...displayOf(sessions),
    sessions,
    firstAttendedMs: starts.length ? Math.min(...starts) : null,
    lastAttendedMs: starts.length ? Math.max(...starts) : null,
    sessionsAttended: presentUuids.size,
    sessionsRegistered: registeredUuids.size,
    registeredAbsent: absent,
    minutes: Math.round(attended.reduce((n, s) => n + (s.minutes ?? 0), 0) * 10) / 10
  }
}
